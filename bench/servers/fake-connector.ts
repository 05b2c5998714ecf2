// A fake Bot Connector in its own process. Prints {"url": …}; answers "stats" on stdin.
import { createInterface } from "node:readline";
import { FakeBotConnector } from "../../tests/support/fake-bot-connector.ts";

const connector = await FakeBotConnector.start();
console.log(JSON.stringify({ url: connector.url }));
for await (const line of createInterface({ input: process.stdin })) {
  if (line === "stats") console.log(JSON.stringify({ stats: { calls: connector.calls.length, messages: connector.messages.size } }));
}
await connector.close();
