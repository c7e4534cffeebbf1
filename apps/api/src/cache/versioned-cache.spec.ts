import { VersionedCache } from './versioned-cache';

describe('VersionedCache', () => {
  it('should return a stored value when the version is unchanged', () => {
    const cache = new VersionedCache<number>(10);
    cache.set('v1', 'a', 1);
    expect(cache.get('v1', 'a')).toBe(1);
  });

  it('should forget every entry when the data version changes', () => {
    const cache = new VersionedCache<number>(10);
    cache.set('v1', 'a', 1);
    expect(cache.get('v2', 'a')).toBeUndefined();
    cache.set('v2', 'b', 2);
    expect(cache.get('v1', 'a')).toBeUndefined();
    expect(cache.size).toBe(1);
  });

  it('should drop the oldest entry when it is full', () => {
    const cache = new VersionedCache<number>(2);
    cache.set('v', 'a', 1);
    cache.set('v', 'b', 2);
    cache.set('v', 'c', 3);
    expect([cache.get('v', 'a'), cache.get('v', 'b'), cache.get('v', 'c')]).toEqual([undefined, 2, 3]);
  });

  it('should compute once and reuse the value when asked twice', async () => {
    const cache = new VersionedCache<number>(2);
    let calls = 0;
    const compute = async () => ++calls;
    expect(await cache.getOrCompute('v', 'k', compute)).toBe(1);
    expect(await cache.getOrCompute('v', 'k', compute)).toBe(1);
    expect(calls).toBe(1);
  });

  it('should share one computation when two callers ask at the same time', async () => {
    const cache = new VersionedCache<number>(2);
    let calls = 0;
    const compute = () => new Promise<number>((resolve) => setTimeout(() => resolve(++calls), 5));
    expect(await Promise.all([cache.getOrCompute('v', 'k', compute), cache.getOrCompute('v', 'k', compute)])).toEqual([1, 1]);
    expect(calls).toBe(1);
  });
});
