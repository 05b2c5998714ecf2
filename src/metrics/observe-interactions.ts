import type { Bot } from "../chat/adapter.ts";
import { PLATFORMS, type Interaction, type Platform, type Reply } from "../chat/vocabulary.ts";
import { dispatchTexts } from "../dispatch/dispatch-texts.ts";
import type { BotMetrics } from "./bot-metrics.ts";

// The core answers its own failures with this notice (and logs the error), so it marks a failed interaction.
const FAILED_TEXTS = new Set(Object.values(dispatchTexts).map((texts) => texts.failed));
// Labels come from fixed sets: what an adapter passes on unchecked cannot make up new series.
const KINDS = new Set<string>(["command", "button", "form-submit", "home-opened"] satisfies Interaction["kind"][]);

/** The bot with each interaction counted by platform, kind and outcome (the kind of reply, or "failed"). */
export function observeInteractions<B extends Bot>(bot: B, metrics: BotMetrics): B {
  return {
    ...bot,
    handle: async (interaction) => {
      const labels = labelsOf(interaction);
      const reply = await bot.handle(interaction).catch((error: unknown) => {
        metrics.countInteraction({ ...labels, outcome: "failed" });
        throw error;
      });
      metrics.countInteraction({ ...labels, outcome: outcomeOf(reply) });
      return reply;
    },
  };
}

function labelsOf(interaction: Interaction): { platform: Platform | "other"; kind: string } {
  const platform = interaction.user?.platform;
  return { platform: platform && PLATFORMS.includes(platform) ? platform : "other", kind: KINDS.has(interaction.kind) ? interaction.kind : "other" };
}

function outcomeOf(reply: Reply): string {
  return reply.kind === "notice" && FAILED_TEXTS.has(reply.message.text) ? "failed" : reply.kind;
}
