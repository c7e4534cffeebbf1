import { ChildProcess, spawn } from 'node:child_process';

/** A child process of `npm start`, in its own process group so stopping it stops everything it started. */
export class ManagedProcess {
  private child: ChildProcess | undefined;
  private stopping = false;

  constructor(
    readonly name: string,
    private readonly command: string,
    private readonly args: readonly string[],
    private readonly env: NodeJS.ProcessEnv,
    private readonly cwd: string,
  ) {}

  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** Starts the process; `onUnexpectedExit` is called when it ends without being asked to. */
  start(onUnexpectedExit: (code: number | null) => void): void {
    // detached: its own process group, so Ctrl-C reaches only us and we stop the children in order.
    this.child = spawn(this.command, this.args, { cwd: this.cwd, env: this.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const prefix = `[${this.name}] `;
    const relay = (target: NodeJS.WriteStream) => (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) if (line.trim()) target.write(prefix + line + '\n');
    };
    this.child.stdout?.on('data', relay(process.stdout));
    this.child.stderr?.on('data', relay(process.stderr));
    this.child.on('exit', (code) => {
      if (!this.stopping) onUnexpectedExit(code);
    });
  }

  /** SIGTERM to the whole group, then SIGKILL if it has not ended within `graceMs`. */
  async stop(graceMs = 10_000): Promise<void> {
    const child = this.child;
    if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
    this.stopping = true;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    signalGroup(child.pid, 'SIGTERM');
    const timer = setTimeout(() => signalGroup(child.pid ?? 0, 'SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
    // Whatever the process itself left in its group (next start's server, say) goes too.
    signalGroup(child.pid, 'SIGKILL');
  }
}

export function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is already gone.
  }
}
