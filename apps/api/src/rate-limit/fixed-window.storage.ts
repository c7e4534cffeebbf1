import type { OnApplicationShutdown } from '@nestjs/common';
import type { ThrottlerStorage } from '@nestjs/throttler';

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

interface Window {
  count: number;
  /** When this window ends (ms since the epoch). */
  endsAt: number;
}

/**
 * The rate limit's counts: per bucket, how many requests in the current fixed window — a number and a time, O(1)
 * per request. (@nestjs/throttler's own storage keeps a list of every hit's expiry per bucket and copies it on each
 * request: at a thousand requests a second from one client that was a thousand-entry array built and thrown away
 * per request, most of what the API's garbage collector had to do.) A fixed window lets a client make up to twice
 * the limit around a window's end; the limit is a guard against floods, not a quota. Ended windows are swept once
 * a window, so memory follows the clients of one window.
 */
export class FixedWindowStorage implements ThrottlerStorage, OnApplicationShutdown {
  private readonly windows = new Map<string, Window>();
  private sweeper: NodeJS.Timeout | undefined;

  async increment(
    key: string,
    ttl: number,
    limit: number,
    _blockDuration: number,
    _throttlerName: string,
  ): Promise<ThrottlerStorageRecord> {
    const now = Date.now();
    let window = this.windows.get(key);
    if (window === undefined || window.endsAt <= now) {
      window = { count: 0, endsAt: now + ttl };
      this.windows.set(key, window);
      this.sweepEvery(ttl);
    }
    window.count++;
    const timeToExpire = Math.ceil((window.endsAt - now) / 1000);
    const isBlocked = window.count > limit;
    return { totalHits: window.count, timeToExpire, isBlocked, timeToBlockExpire: isBlocked ? timeToExpire : 0 };
  }

  onApplicationShutdown(): void {
    clearInterval(this.sweeper);
  }

  private sweepEvery(ttl: number): void {
    if (this.sweeper !== undefined) return;
    this.sweeper = setInterval(() => {
      const now = Date.now();
      for (const [key, window] of this.windows) if (window.endsAt <= now) this.windows.delete(key);
    }, ttl);
    this.sweeper.unref();
  }
}
