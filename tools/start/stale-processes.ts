import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { signalGroup } from './managed-process';

interface Recorded {
  readonly starter: number;
  readonly children: readonly number[];
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * `npm start` records its children's process groups. If it was killed (SIGKILL) they outlive it and keep the
 * ports; the next `npm start` ends them first. A record whose starter still runs means a second `npm start`.
 */
export function clearStaleChildren(home: string): void {
  const path = join(home, 'processes.json');
  if (!existsSync(path)) return;
  const recorded = JSON.parse(readFileSync(path, 'utf8')) as Recorded;
  if (recorded.starter !== process.pid && isAlive(recorded.starter)) {
    throw new Error(`Koers is already running (npm start, pid ${recorded.starter}). Stop it first, or use other ports and KOERS_HOME.`);
  }
  for (const pid of recorded.children) if (isAlive(pid)) signalGroup(pid, 'SIGKILL');
  rmSync(path, { force: true });
}

export function recordChildren(home: string, children: readonly number[]): void {
  writeFileSync(join(home, 'processes.json'), JSON.stringify({ starter: process.pid, children } satisfies Recorded));
}

export function forgetChildren(home: string): void {
  rmSync(join(home, 'processes.json'), { force: true });
}
