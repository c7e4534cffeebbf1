import type { ServerResponse } from 'node:http';
import type { DataVersionResponse } from '@koers/api-contracts';

/**
 * The API's data version as the dashboard knows it: asked every `intervalMs` (GET /api/v1/data-version, never
 * rate limited). A new version is how the page cache learns that a run, an upload, a withdrawal or an adoption
 * committed; the API answers a render for that version from that version or newer. While the API cannot be
 * reached the last known version stays (the cached pages keep being served); before the first answer it is null.
 * While a write passes through the dashboard to the API (an upload, a withdrawal, an adoption from /beheer) no page
 * may be kept, and the version is asked again as soon as the write is answered: so the first page after it shows it.
 */
export class DataVersionWatch {
  private known: string | null = null;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  private writes = 0;

  constructor(
    private readonly apiUrl: string,
    private readonly intervalMs: number,
  ) {}

  /** The version pages are rendered for; null before the API first answered. */
  get version(): string | null {
    return this.known;
  }

  /** Whether a page rendered now may be kept: not while a write is under way. */
  get mayKeep(): boolean {
    return this.known !== null && this.writes === 0;
  }

  /** A write to the API is on its way through the dashboard: keep no page until it is answered and checked. */
  holdDuring(write: ServerResponse): void {
    this.writes++;
    write.once('close', () => void this.check().finally(() => this.writes--));
  }

  /** Asks once and then keeps asking; resolves after the first answer (or failure). */
  async start(): Promise<void> {
    await this.check();
    this.schedule();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  /** Asks the API now. */
  async check(): Promise<void> {
    try {
      const response = await fetch(`${this.apiUrl.replace(/\/$/, '')}/api/v1/data-version`, {
        signal: AbortSignal.timeout(Math.max(2_000, 5 * this.intervalMs)),
      });
      if (!response.ok) return;
      const body = (await response.json()) as DataVersionResponse;
      if (typeof body.dataVersion === 'string' && body.dataVersion.length > 0) this.known = body.dataVersion;
    } catch {
      // The API is away for now: keep the last known version and ask again on the next round.
    }
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => void this.check().finally(() => this.schedule()), this.intervalMs);
    this.timer.unref();
  }
}
