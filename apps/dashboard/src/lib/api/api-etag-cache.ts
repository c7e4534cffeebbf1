/** One answer of the API with the ETag it came with. */
export interface EtagAnswer {
  readonly etag: string;
  readonly body: unknown;
}

/**
 * The API's last answer per URL with its ETag, so the next request for it can say If-None-Match and a 304 costs
 * no body. Bounded: past `maxEntries` the least recently used URL goes.
 */
export class ApiEtagCache {
  private readonly entries = new Map<string, EtagAnswer>();

  constructor(private readonly maxEntries: number) {}

  get(url: string): EtagAnswer | undefined {
    const entry = this.entries.get(url);
    if (entry) {
      this.entries.delete(url);
      this.entries.set(url, entry);
    }
    return entry;
  }

  /** Keeps an answer that came with an ETag (a 200 of a cached endpoint); others are not kept. */
  remember(url: string, etag: string | null, body: unknown): void {
    this.entries.delete(url);
    if (etag === null) return;
    this.entries.set(url, { etag, body });
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }
}
