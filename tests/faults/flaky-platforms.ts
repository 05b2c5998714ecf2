import type { ScenarioDriver } from "../scenarios/scenario-driver.ts";
import { createSlackDriver } from "../scenarios/slack-driver.ts";
import { createTeamsDriver } from "../scenarios/teams-driver.ts";

/** A platform driven for real whose next posts fail in the ways that platform fails. */
export interface FlakyPlatform {
  driver: ScenarioDriver;
  /**
   * The next posts the bot sends are rate limited (429 with Retry-After), fail (500) and time out.
   * Returns how many attempts one post then takes.
   */
  failNextPosts(): number;
  /** How often the bot has tried to post so far, failed attempts included. */
  postAttempts(): number;
}

export interface FlakyPlatformKind {
  name: string;
  faults: string;
  start(): Promise<FlakyPlatform>;
}

export const FLAKY_PLATFORMS: FlakyPlatformKind[] = [
  {
    name: "Slack",
    faults: "429, 500, a timeout, and a timeout after the post went through",
    async start() {
      const driver = await createSlackDriver();
      const { fake } = driver;
      return {
        driver,
        failNextPosts() {
          fake.failNext("chat.postMessage", 1, { status: 429, retryAfter: 1 });
          fake.failNext("chat.postMessage", 1, { status: 500 });
          fake.failNext("chat.postMessage", 1, { hang: true });
          // Slack posted it, but the answer never came back: sending again would show it twice.
          fake.failNext("chat.postMessage", 1, { hang: true, isCarriedOut: true });
          return 4;
        },
        postAttempts: () => fake.callsOf("chat.postMessage").length,
      };
    },
  },
  {
    name: "Teams",
    faults: "429, 500 and a timeout",
    async start() {
      const driver = await createTeamsDriver();
      const { connector } = driver.harness;
      const posts = { method: "POST", pathIncludes: "/activities" };
      return {
        driver,
        failNextPosts() {
          connector.failNext(1, { status: 429, retryAfter: "1" }, posts);
          connector.failNext(1, { status: 500 }, posts);
          connector.failNext(1, { hang: true }, posts);
          return 4;
        },
        // A notice for the acting person goes to their own chat in Teams; like Slack's ephemerals, not counted.
        postAttempts: () => connector.callsTo("POST", "/activities").filter((call) => !driver.isActNotice(call)).length,
      };
    },
  },
];
