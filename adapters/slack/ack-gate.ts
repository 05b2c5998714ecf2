/**
 * Keeps acknowledgements ahead of follow-up work. Slack waits 3 s for an ack and retries what it does
 * not get; the modal, post or update that follows an ack can wait a moment. When a burst arrives (a
 * prompt lands and a team answers at once), follow-up work waits until every request that came in has
 * been answered and none has arrived for `quietMs` — at most `maxWaitMs`, so that under lasting load
 * the follow-up work still moves, well within a modal's 3-second trigger.
 */
export class AckGate {
  private pending = 0;
  private lastArrival = 0;
  private waiters: { until: number; release: () => void }[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly quietMs = 2,
    private readonly maxWaitMs = 250,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** A request came in; call the returned function once it has been answered. */
  open(): () => void {
    this.pending += 1;
    this.lastArrival = this.now();
    let isClosed = false;
    return () => {
      if (isClosed) return;
      isClosed = true;
      this.pending -= 1;
    };
  }

  whenAnswered(): Promise<void> {
    if (this.isQuiet()) return Promise.resolve();
    return new Promise((release) => {
      this.waiters.push({ until: this.now() + this.maxWaitMs, release });
      this.timer ??= setTimeout(() => this.check(), this.quietMs);
    });
  }

  private isQuiet(): boolean {
    return this.pending === 0 && this.now() - this.lastArrival >= this.quietMs;
  }

  private check(): void {
    this.timer = undefined;
    const now = this.now();
    const isQuiet = this.isQuiet();
    const waiting = this.waiters;
    this.waiters = [];
    for (const waiter of waiting) {
      if (isQuiet || waiter.until <= now) waiter.release();
      else this.waiters.push(waiter);
    }
    if (this.waiters.length > 0) this.timer = setTimeout(() => this.check(), this.quietMs);
  }
}
