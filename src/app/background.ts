import type { Logger } from "pino";

/**
 * Work that shows an already saved change on a platform, done after the person has had their answer:
 * Slack wants an answer within 3 s and posts to one channel are paced at one a second, so a burst of
 * answers to one prompt must not wait for each other's thread replies. whenIdle() lets a graceful stop
 * (and a test) wait for it.
 */
export class BackgroundWork {
  private readonly running = new Set<Promise<void>>();

  constructor(private readonly logger: Logger) {}

  /** Starts `work` now; a failure is logged for operators, since the change itself is already saved. */
  start(what: Record<string, unknown>, work: () => Promise<void>): void {
    const settled = work().catch((error: unknown) => this.logger.warn({ ...what, err: error }, "a saved change could not be shown on a platform"));
    this.running.add(settled);
    void settled.finally(() => this.running.delete(settled));
  }

  async whenIdle(): Promise<void> {
    while (this.running.size > 0) await Promise.all([...this.running]);
  }
}
