// The step executor's worker pool (pkg/resource/deploy/step_executor.go): at most `limit` step
// chains run at once; the rest wait in arrival order.

export class ParallelLimiter {
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  /** Highest number of chains seen running at the same time. */
  peak = 0;

  constructor(readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1) {
      throw new RangeError(`parallel limit must be a positive integer, got ${limit}`);
    }
  }

  async run<T>(fn: () => Promise<T>): Promise<T> {
    if (this.running >= this.limit) {
      // The finishing chain hands its slot over, so `running` stays counted.
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running++;
    }
    this.peak = Math.max(this.peak, this.running);
    try {
      return await fn();
    } finally {
      const next = this.waiting.shift();
      if (next !== undefined) {
        next();
      } else {
        this.running--;
      }
    }
  }
}

/** Runs `fn` strictly one call at a time (the deployment executor's single event loop). */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.tail.then(fn, fn);
    this.tail = next.catch(() => undefined);
    return next;
  }
}
