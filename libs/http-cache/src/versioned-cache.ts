/** How much a cache may hold: entries, and optionally their total weight (e.g. bytes). */
export interface CacheBounds<V> {
  readonly maxEntries: number;
  readonly maxWeight?: number;
  readonly weigh?: (value: V) => number;
}

/**
 * A bounded in-memory map that empties itself when the data version changes, so nothing computed from old data
 * survives a run or upload. The version is the one the latest lookup asked for; a value computed for an older one
 * is handed to its callers but not kept. Past its bounds the least recently used entry goes.
 */
export class VersionedCache<V> {
  private version: string | undefined;
  private readonly entries = new Map<string, V>();
  private readonly pending = new Map<string, Promise<V>>();
  private weight = 0;

  constructor(private readonly bounds: CacheBounds<V>) {}

  get(version: string, key: string): V | undefined {
    this.adopt(version);
    const value = this.entries.get(key);
    if (value !== undefined) {
      // Most recently used last: eviction takes the first.
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  /** Keeps a value computed for `version`, unless the cache has moved on to another version since. */
  set(version: string, key: string, value: V): V {
    if (version !== this.version) return value;
    this.remove(key);
    this.entries.set(key, value);
    this.weight += this.weigh(value);
    while (this.entries.size > 1 && (this.entries.size > this.bounds.maxEntries || this.weight > (this.bounds.maxWeight ?? Infinity))) {
      this.remove(this.entries.keys().next().value!);
    }
    return value;
  }

  /**
   * The cached value, or the computed one (concurrent callers for one key share one computation). `keep` decides
   * whether a computed value is kept (e.g. not a page rendered while the API failed); callers get it either way.
   */
  async getOrCompute(version: string, key: string, compute: () => Promise<V>, keep: (value: V) => boolean = () => true): Promise<V> {
    const hit = this.get(version, key);
    if (hit !== undefined) return hit;
    const pendingKey = `${version}\u0000${key}`;
    let promise = this.pending.get(pendingKey);
    if (!promise) {
      promise = compute()
        .then((value) => (keep(value) ? this.set(version, key, value) : value))
        .finally(() => this.pending.delete(pendingKey));
      this.pending.set(pendingKey, promise);
    }
    return promise;
  }

  get size(): number {
    return this.entries.size;
  }

  private adopt(version: string): void {
    if (version === this.version) return;
    this.version = version;
    this.entries.clear();
    this.weight = 0;
  }

  private remove(key: string): void {
    const value = this.entries.get(key);
    if (value === undefined) return;
    this.entries.delete(key);
    this.weight -= this.weigh(value);
  }

  private weigh(value: V): number {
    return this.bounds.weigh?.(value) ?? 0;
  }
}
