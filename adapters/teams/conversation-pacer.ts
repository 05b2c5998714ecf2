/** At most `limit` requests in any `windowMs`. */
export interface RateLimit {
  limit: number;
  windowMs: number;
}

/**
 * Teams' documented limits per bot per conversation (thread): 7 per second, 8 per 2 s, 60 per 30 s,
 * 1800 per hour. https://learn.microsoft.com/en-us/microsoftteams/platform/bots/how-to/rate-limit
 */
export const TEAMS_LIMITS: RateLimit[] = [
  { limit: 7, windowMs: 1_000 },
  { limit: 8, windowMs: 2_000 },
  { limit: 60, windowMs: 30_000 },
  { limit: 1_800, windowMs: 3_600_000 },
];

export interface PacerTime {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realTime: PacerTime = {
  now: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/**
 * Spaces requests per conversation so that we stay under Teams' limits instead of collecting 429s.
 * Callers for one conversation queue in order; other conversations are not held up.
 */
export class ConversationPacer {
  private readonly sent = new Map<string, number[]>();
  private readonly queues = new Map<string, Promise<void>>();
  private readonly longest: number;

  constructor(
    private readonly limits: RateLimit[] = TEAMS_LIMITS,
    private readonly time: PacerTime = realTime,
  ) {
    this.longest = Math.max(0, ...limits.map((limit) => limit.windowMs));
  }

  /** Whether a request to this conversation would go at once: nobody queued for it, and room in every window. */
  hasRoom(key: string): boolean {
    if (this.queues.has(key)) return false;
    const now = this.time.now();
    const times = (this.sent.get(key) ?? []).filter((at) => at > now - this.longest);
    return this.limits.every((limit) => waitFor(limit, times, now) <= 0);
  }

  /** Resolves when one more request to this conversation fits in every window; records it. */
  acquire(key: string): Promise<void> {
    const previous = this.queues.get(key) ?? Promise.resolve();
    // The queue entry goes before the caller resumes, so that hasRoom sees a free conversation at once.
    const turn: Promise<void> = previous
      .then(() => this.waitForRoom(key))
      .finally(() => {
        if (this.queues.get(key) === settled) this.queues.delete(key);
      });
    const settled = turn.catch(() => undefined);
    this.queues.set(key, settled);
    return turn;
  }

  private async waitForRoom(key: string): Promise<void> {
    for (;;) {
      const now = this.time.now();
      const times = (this.sent.get(key) ?? []).filter((at) => at > now - this.longest);
      const wait = Math.max(0, ...this.limits.map((limit) => waitFor(limit, times, now)));
      if (wait <= 0) {
        times.push(now);
        this.sent.set(key, times);
        return;
      }
      this.sent.set(key, times);
      await this.time.sleep(wait);
    }
  }
}

function waitFor(limit: RateLimit, times: number[], now: number): number {
  const inWindow = times.filter((at) => at > now - limit.windowMs);
  if (inWindow.length < limit.limit) return 0;
  const oldest = inWindow[inWindow.length - limit.limit]!;
  return oldest + limit.windowMs - now;
}
