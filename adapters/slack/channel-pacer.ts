/**
 * Slack allows about one message per second per channel (https://docs.slack.dev/apis/web-api/rate-limits).
 * The pacer hands out send slots per channel at that interval, so a burst (a digest with its thread
 * replies, a busy triage channel) is spread out instead of being answered with 429s.
 */
export class ChannelPacer {
  private readonly nextSlot = new Map<string, number>();

  constructor(
    private readonly intervalMs: number,
    private readonly now: () => number = Date.now,
    private readonly sleep: (ms: number) => Promise<void> = wait,
  ) {}

  /** Resolves when this channel may receive its next message. */
  async waitForTurn(channel: string): Promise<void> {
    const now = this.now();
    const slot = Math.max(now, this.nextSlot.get(channel) ?? 0);
    this.nextSlot.set(channel, slot + this.intervalMs);
    if (slot > now) await this.sleep(slot - now);
  }
}

export function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
