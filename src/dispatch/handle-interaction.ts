import type { Interaction, Reply } from "../chat/vocabulary.ts";
import { textMessage } from "../chat/vocabulary.ts";
import type { Core } from "./core.ts";
import { dispatchTexts } from "./dispatch-texts.ts";
import { interactionSchema } from "./interaction-schema.ts";
import { routeOnce } from "./route-once.ts";
import { route } from "./routes.ts";

/** The core's one entry point: checks an adapter's interaction, routes it, and never throws. */
export async function handleInteraction(core: Core, interaction: Interaction): Promise<Reply> {
  const parsed = interactionSchema.safeParse(interaction);
  const failed: Reply = { kind: "notice", message: textMessage(dispatchTexts[core.config.language].failed) };
  if (!parsed.success) {
    core.logger.warn({ issues: parsed.error.issues.length }, "malformed interaction refused");
    return failed;
  }
  try {
    return await routeOnce(core, parsed.data as Interaction, route);
  } catch (error) {
    core.logger.error({ err: error, kind: interaction.kind }, "interaction failed");
    return failed;
  }
}
