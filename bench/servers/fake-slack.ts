// A fake Slack Web API in its own process (Slack is another machine, not our event loop).
// Env: POST_INTERVAL_MS limits chat.postMessage per channel; SEEDED_DATABASE names the seeded database,
// whose open prompts' posts this workspace then holds (so that refreshing them works, as in a real one).
// Prints {"url": …}; answers "stats" on stdin.
import { createInterface } from "node:readline";
import Database from "better-sqlite3";
import { FakeSlackApi } from "../../tests/support/fake-slack-api.ts";
import { personId } from "../seed/bench-config.ts";

const fake = await FakeSlackApi.start();
if (process.env.POST_INTERVAL_MS) fake.limitPostsPerChannel(Number(process.env.POST_INTERVAL_MS));
fake.memberCount = 40;
// The benchmark organisation's people, so that names resolve as in a real workspace.
for (let team = 0; team < 500; team += 1) for (let member = 0; member < 40; member += 1) fake.people.set(personId(team, member), `Collega ${team}-${member}`);
if (process.env.SEEDED_DATABASE) {
  const seeded = new Database(process.env.SEEDED_DATABASE);
  // The prompts still open (the newest of each team): only those are answered, and so refreshed.
  const posts = seeded
    .prepare(
      `SELECT p.conversation_id AS channel, p.message_id AS ts FROM prompt_posts p JOIN prompt_runs r ON r.id = p.run_id
       WHERE p.platform = 'slack' AND r.closes_at > ?`,
    )
    .all(new Date().toISOString()) as { channel: string; ts: string }[];
  seeded.close();
  for (const post of posts) fake.messages.push({ ...post, text: "", blocks: [] });
}
console.log(JSON.stringify({ url: fake.url, token: fake.token }));
for await (const line of createInterface({ input: process.stdin })) {
  if (line === "stats") {
    const byMethod: Record<string, number> = {};
    for (const call of fake.calls) byMethod[call.method] = (byMethod[call.method] ?? 0) + 1;
    console.log(JSON.stringify({ stats: { byMethod, rateLimited: fake.rateLimited, messages: fake.messages.length } }));
  }
}
await fake.close();
