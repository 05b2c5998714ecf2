// The same-job baseline for Teams: the plainest bot on the same Microsoft 365 Agents SDK that answers
// "hulp"/"help" with one Adaptive Card (sent within the turn, as the SDK's samples do), on plain
// node:http, anonymous like our local mode. Env: PORT. Prints {"port": …}.
import { Activity } from "@microsoft/agents-activity";
import { serveCloudAdapter } from "./serve-cloud-adapter.ts";

const line = (text: string) => ({ type: "TextBlock", text, wrap: true });
const helpCard = {
  type: "AdaptiveCard",
  $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
  version: "1.5",
  body: [
    { type: "TextBlock", text: "Wat kan bedoeling-bot?", weight: "Bolder", size: "Medium", wrap: true },
    line("**casus** — breng een casus in waarin een regel tegen zijn bedoeling in werkt"),
    line("**casus status G-2026-0042** — volg een casus"),
    line("**casus mijn** — je eigen casussen"),
    line("**logboek aan vrijdag 16:00** — een persoonlijk logboek"),
    line("**inzage** — wat we van je bewaren"),
    line("**bewaren** — hoe lang en wie het ziet"),
  ],
  actions: [
    { type: "Action.Submit", title: "Casus inbrengen", data: { action: "case.open" } },
    { type: "Action.Submit", title: "Mijn casussen", data: { action: "case.mine" } },
  ],
};

serveCloudAdapter(async (context) => {
  const asked = (context.activity.text ?? "").trim().toLowerCase();
  if (context.activity.type === "message" && (asked === "hulp" || asked === "help")) {
    await context.sendActivity(Activity.fromObject({ type: "message", attachments: [{ contentType: "application/vnd.microsoft.card.adaptive", content: helpCard }] }));
  }
});
