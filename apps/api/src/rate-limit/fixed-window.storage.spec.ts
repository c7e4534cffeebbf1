import { FixedWindowStorage } from './fixed-window.storage';

describe('FixedWindowStorage', () => {
  afterEach(() => jest.useRealTimers());

  it('should count a bucket up to its limit and then block it until its window ends', async () => {
    jest.useFakeTimers({ now: new Date('2026-12-07T12:00:00Z') });
    const storage = new FixedWindowStorage();
    const hit = () => storage.increment('route|203.0.113.5', 10_000, 2, 10_000, 'default');
    expect(await hit()).toEqual({ totalHits: 1, timeToExpire: 10, isBlocked: false, timeToBlockExpire: 0 });
    expect((await hit()).isBlocked).toBe(false);
    jest.advanceTimersByTime(4_000);
    expect(await hit()).toEqual({ totalHits: 3, timeToExpire: 6, isBlocked: true, timeToBlockExpire: 6 });
    jest.advanceTimersByTime(6_000);
    expect(await hit()).toEqual({ totalHits: 1, timeToExpire: 10, isBlocked: false, timeToBlockExpire: 0 });
    storage.onApplicationShutdown();
  });

  it('should count every bucket on its own when several clients or routes ask', async () => {
    const storage = new FixedWindowStorage();
    await storage.increment('a|1', 1_000, 1, 1_000, 'default');
    expect((await storage.increment('a|2', 1_000, 1, 1_000, 'default')).isBlocked).toBe(false);
    expect((await storage.increment('b|1', 1_000, 1, 1_000, 'default')).isBlocked).toBe(false);
    expect((await storage.increment('a|1', 1_000, 1, 1_000, 'default')).isBlocked).toBe(true);
    storage.onApplicationShutdown();
  });
});
