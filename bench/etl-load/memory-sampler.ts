/** Samples this process's memory every `intervalMs`, keeping the peak and a coarse timeline. */
export class MemorySampler {
  private timer: NodeJS.Timeout | undefined;
  readonly startRss = process.memoryUsage().rss;
  peakRss = this.startRss;
  peakHeap = process.memoryUsage().heapUsed;
  readonly timeline: number[] = [];

  start(intervalMs = 100): void {
    let tick = 0;
    this.timer = setInterval(() => {
      const { rss, heapUsed } = process.memoryUsage();
      this.peakRss = Math.max(this.peakRss, rss);
      this.peakHeap = Math.max(this.peakHeap, heapUsed);
      if (tick++ % 10 === 0) this.timeline.push(rss);
    }, intervalMs);
  }

  stop(): void {
    clearInterval(this.timer);
  }
}

export const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
