/** Timings of the Slack adapter. The defaults suit production; tests shorten them. */
export interface SlackTuning {
  /** Minimum time between two messages to one channel. */
  paceMs: number;
  /** How many times one Web API call is tried in total. */
  attempts: number;
  /** First backoff after a 5xx or timeout; doubles per attempt. */
  backoffMs: number;
  /** How long one second of Slack's Retry-After is taken to be (1000; tests make it short). */
  retryAfterUnitMs: number;
  /**
   * A longer Retry-After (in seconds) is not waited for inside a call: the call fails with it, and the
   * outbox tries that one conversation again later while the others go on.
   */
  maxRetryAfterSeconds: number;
  /** How long to wait for an answer from the Web API. */
  requestTimeoutMs: number;
  /** How long a form submission may take before the modal is closed and the answer follows as a message. */
  submitDeadlineMs: number;
}

export const DEFAULT_TUNING: SlackTuning = {
  paceMs: 1000,
  attempts: 4,
  backoffMs: 500,
  retryAfterUnitMs: 1000,
  maxRetryAfterSeconds: 60,
  requestTimeoutMs: 10_000,
  // Slack closes the connection after 3 s; leave room for the network.
  submitDeadlineMs: 2500,
};
