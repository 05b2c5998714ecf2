import { cardText, dialogCardOf, dialogMessageOf } from "../adapters/teams/read-card.ts";
import { taskFetch } from "../adapters/teams/teams-activities.ts";
import type { ActResult, Person, ScenarioDriver, SeenMessage } from "../scenarios/scenario-driver.ts";
import { createSlackDriver } from "../scenarios/slack-driver.ts";
import { createTeamsDriver } from "../scenarios/teams-driver.ts";
import { buttonPress } from "./slack-bodies.ts";
import { buttonOn } from "./slack-workspace.ts";

/** A platform's triage channel, driven for real, where a button can also be pressed with a value of one's own. */
export interface TriageDesk {
  driver: ScenarioDriver;
  /** How the core knows this person: "slack:U0BRAM", "msteams:29:bram". */
  userKey(who: Person): string;
  /** Presses the button for `action` on a message, but sends `value` instead of the button's own. */
  pressForged(who: Person, message: SeenMessage, action: string, value: string): Promise<ActResult>;
}

const SLACK_IDS: Record<Person, string> = { anna: "U0ANNA", lisa: "U0LISA", bram: "U0BRAM" };

export const TRIAGE_DESKS: { name: string; start(): Promise<TriageDesk> }[] = [
  {
    name: "Slack",
    async start() {
      const driver = await createSlackDriver();
      let pressedAt = Math.floor(Date.now() / 1000) + 1000;
      return {
        driver,
        userKey: (who) => `slack:${SLACK_IDS[who]}`,
        pressForged(who, message, action, value) {
          const stored = driver.fake.messages.find((candidate) => candidate.ts === message.messageId && candidate.channel === message.conversationId)!;
          const { actionId } = buttonOn(stored, action);
          pressedAt += 10;
          return driver.act(who, buttonPress(SLACK_IDS[who], stored, { actionId, value }, pressedAt));
        },
      };
    },
  },
  {
    name: "Teams",
    async start() {
      const driver = await createTeamsDriver();
      return {
        driver,
        userKey: (who) => `msteams:29:${who}`,
        async pressForged(who, message, action, value) {
          const conversation = `${message.conversationId};messageid=${message.threadId ?? message.messageId}`;
          const answer = await driver.harness.send(taskFetch(who, conversation, message.messageId, { action, value }));
          return { notice: dialogMessageOf(answer.body) ?? cardText(dialogCardOf(answer.body)) };
        },
      };
    },
  },
];
