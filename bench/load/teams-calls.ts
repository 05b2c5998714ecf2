import type { HttpCall } from "./run-bursts.ts";

let sequence = 0;

/**
 * People asking the bot for help in their personal chat, each in their own conversation (Teams limits
 * are per conversation). Shaped like tests/fixtures/teams/personal-message.json; `serviceUrl` is where
 * the reply goes (the fake Bot Connector).
 */
export function teamsHelpRequests(serviceUrl: string, people: (index: number) => string, count: number): HttpCall[] {
  return Array.from({ length: count }, (_, index) => {
    const id = `29:${people(index)}`;
    sequence += 1;
    const activity = {
      type: "message",
      // Unique across rounds: one person asking again is a new message, not a redelivery.
      id: `1${String(sequence).padStart(12, "0")}`,
      channelId: "msteams",
      serviceUrl,
      from: { id, name: `Collega ${index}`, aadObjectId: `aad-${index}` },
      recipient: { id: "28:bedoeling-bot", name: "bedoeling-bot" },
      conversation: { id: `a:personal:${id}`, conversationType: "personal", tenantId: "tenant-bench" },
      channelData: { tenant: { id: "tenant-bench" } },
      locale: "nl-NL",
      text: "hulp",
      textFormat: "plain",
    };
    return { path: "/api/messages", headers: { "content-type": "application/json" }, body: JSON.stringify(activity) };
  });
}
