/**
 * Keeps acknowledgements ahead of follow-up work. Slack waits 3 s for an ack and retries what it does
 * not get; the modal, post or update that follows an ack can wait a moment. When a burst arrives (a
 * prompt lands and a team answers at once), follow-up work waits until every request that came in has
 * been answered and none has arrived for `quietMs` — at most `maxWaitMs`, so that under lasting load
 * the follow-up work still moves, well within a modal's 3-second trigger.
 *
 * Waiting work is let go a little at a time, with a turn of the event loop in between: one piece, plus
 * one for each request answered since the last turn, so that under lasting load follow-up work keeps
 * pace with the acks (a modal's trigger expires after 3 s) without running fifty pieces back to back
 * while new requests wait (that was the acks' p99 under lasting load; see the README's results).
 */
export class AckGate {
  private pending = 0;
  private lastArrival = 0;
  private waiters: { until: number; release: () => void }[] = [];
  private timer: NodeJS.Timeout | undefined;
  private isReleasing = false;
  private answeredSinceRelease = 0;

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
      this.answeredSinceRelease += 1;
    };
  }

  /** Resolves when it is this follow-up's turn: after the acks, and after the follow-ups before it. */
  whenAnswered(): Promise<void> {
    if (this.waiters.length === 0 && this.isQuiet()) return Promise.resolve();
    return new Promise((release) => {
      this.waiters.push({ until: this.now() + this.maxWaitMs, release });
      this.schedule();
    });
  }

  private isQuiet(): boolean {
    return this.pending === 0 && this.now() - this.lastArrival >= this.quietMs;
  }

  private schedule(): void {
    if (this.timer || this.isReleasing || this.waiters.length === 0) return;
    this.timer = setTimeout(() => this.releaseNext(), this.quietMs);
  }

  /** Lets the oldest waiters go when their turn has come, then looks again after I/O has had its turn. */
  private releaseNext(): void {
    this.timer = undefined;
    const now = this.now();
    const isQuiet = this.isQuiet();
    const budget = 1 + this.answeredSinceRelease;
    let released = 0;
    while (released < budget && this.waiters.length > 0 && (isQuiet || this.waiters[0]!.until <= now)) {
      this.waiters.shift()!.release();
      released += 1;
    }
    if (released === 0) return this.schedule();
    this.answeredSinceRelease = 0;
    this.isReleasing = true;
    setImmediate(() => {
      this.isReleasing = false;
      if (this.waiters.length > 0) this.releaseNext();
    });
  }
}
