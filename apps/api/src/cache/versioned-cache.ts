/**
 * A bounded in-memory map that empties itself when the data version changes, so nothing computed from old data
 * survives a run or upload. Past `maxEntries` the oldest entry goes (insertion order).
 */
export class VersionedCache<V> {
  private version: string | undefined;
  private readonly entries = new Map<string, V>();
  private readonly pending = new Map<string, Promise<V>>();

  constructor(private readonly maxEntries: number) {}

  get(version: string, key: string): V | undefined {
    if (version !== this.version) return undefined;
    return this.entries.get(key);
  }

  set(version: string, key: string, value: V): V {
    if (version !== this.version) {
      this.entries.clear();
      this.version = version;
    }
    if (this.entries.size >= this.maxEntries && !this.entries.has(key)) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(key, value);
    return value;
  }

  /** The cached value, or the computed one (concurrent callers for one key share one computation). */
  async getOrCompute(version: string, key: string, compute: () => Promise<V>): Promise<V> {
    const hit = this.get(version, key);
    if (hit !== undefined) return hit;
    const pendingKey = `${version}\u0000${key}`;
    let promise = this.pending.get(pendingKey);
    if (!promise) {
      promise = compute()
        .then((value) => this.set(version, key, value))
        .finally(() => this.pending.delete(pendingKey));
      this.pending.set(pendingKey, promise);
    }
    return promise;
  }

  get size(): number {
    return this.entries.size;
  }
}
