import { VersionedCache } from './versioned-cache';

describe('VersionedCache', () => {
  it('should return a stored value when the version is unchanged', () => {
    const cache = new VersionedCache<number>({ maxEntries: 10 });
    cache.get('v1', 'a');
    cache.set('v1', 'a', 1);
    expect(cache.get('v1', 'a')).toBe(1);
  });

  it('should forget every entry when the data version changes', () => {
    const cache = new VersionedCache<number>({ maxEntries: 10 });
    cache.get('v1', 'a');
    cache.set('v1', 'a', 1);
    expect(cache.get('v2', 'a')).toBeUndefined();
    cache.set('v2', 'b', 2);
    expect(cache.size).toBe(1);
    expect(cache.get('v2', 'b')).toBe(2);
  });

  it('should not keep a value computed for a version the cache has moved on from', () => {
    const cache = new VersionedCache<number>({ maxEntries: 10 });
    cache.get('v1', 'a');
    cache.get('v2', 'b');
    expect(cache.set('v1', 'a', 1)).toBe(1);
    expect([cache.size, cache.get('v2', 'a')]).toEqual([0, undefined]);
  });

  it('should drop the least recently used entry when it is full', () => {
    const cache = new VersionedCache<number>({ maxEntries: 2 });
    cache.get('v', 'x');
    cache.set('v', 'a', 1);
    cache.set('v', 'b', 2);
    cache.get('v', 'a');
    cache.set('v', 'c', 3);
    expect([cache.get('v', 'a'), cache.get('v', 'b'), cache.get('v', 'c')]).toEqual([1, undefined, 3]);
  });

  it('should drop the least recently used entries when their weight is over the bound', () => {
    const cache = new VersionedCache<string>({ maxEntries: 10, maxWeight: 10, weigh: (value) => value.length });
    cache.get('v', 'x');
    cache.set('v', 'a', 'aaaa');
    cache.set('v', 'b', 'bbbb');
    cache.set('v', 'c', 'cccc');
    expect([cache.get('v', 'a'), cache.get('v', 'b'), cache.get('v', 'c')]).toEqual([undefined, 'bbbb', 'cccc']);
  });

  it('should compute once and reuse the value when asked twice', async () => {
    const cache = new VersionedCache<number>({ maxEntries: 2 });
    let calls = 0;
    const compute = async () => ++calls;
    expect(await cache.getOrCompute('v', 'k', compute)).toBe(1);
    expect(await cache.getOrCompute('v', 'k', compute)).toBe(1);
    expect(calls).toBe(1);
  });

  it('should share one computation when two callers ask at the same time', async () => {
    const cache = new VersionedCache<number>({ maxEntries: 2 });
    let calls = 0;
    const compute = () => new Promise<number>((resolve) => setTimeout(() => resolve(++calls), 5));
    expect(await Promise.all([cache.getOrCompute('v', 'k', compute), cache.getOrCompute('v', 'k', compute)])).toEqual([1, 1]);
    expect(calls).toBe(1);
  });

  it('should hand a computed value to its callers but not keep it when keep says no', async () => {
    const cache = new VersionedCache<number>({ maxEntries: 2 });
    let calls = 0;
    const compute = async () => ++calls;
    expect(await cache.getOrCompute('v', 'k', compute, () => false)).toBe(1);
    expect(await cache.getOrCompute('v', 'k', compute, () => false)).toBe(2);
  });
});
