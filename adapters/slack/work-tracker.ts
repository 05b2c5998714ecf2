/** Keeps count of work still running after Slack got its answer, so stop() and tests can wait for it. */
export class WorkTracker {
  private readonly running = new Set<Promise<void>>();

  track<T>(work: Promise<T>): Promise<T> {
    const settled: Promise<void> = work.then(
      () => undefined,
      () => undefined,
    );
    this.running.add(settled);
    void settled.then(() => this.running.delete(settled));
    return work;
  }

  async whenIdle(): Promise<void> {
    while (this.running.size > 0) await Promise.all([...this.running]);
  }
}
