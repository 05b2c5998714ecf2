import { OPEN_FORM_ACTION } from "../../../adapters/teams/to-interaction.ts";
import { cardButtons, cardOf, type CardButton } from "./read-card.ts";
import { channelMention, teamInstall } from "./teams-activities.ts";
import type { StoredMessage } from "../../support/fake-bot-connector.ts";
import { CHANNELS, type TeamsHarness } from "./teams-harness.ts";

/**
 * A team installed by lisa, and anna typing "@bedoeling-bot casus" in its channel: the launcher card the
 * bot answers with in her thread, and that card's "Formulier openen" button.
 */
export async function caseLauncherInChannel(harness: TeamsHarness): Promise<{ thread: string; launcher: StoredMessage; opener: CardButton }> {
  for (const activity of teamInstall("lisa")) await harness.send(activity);
  const mention = channelMention("anna", CHANNELS.team, "casus");
  await harness.send(mention);
  const thread = `${CHANNELS.team};messageid=${mention.id}`;
  const [launcher] = harness.connector.repliesTo(CHANNELS.team, String(mention.id));
  const opener = cardButtons(cardOf(launcher!.activity)).find((button) => button.action === OPEN_FORM_ACTION)!;
  return { thread, launcher: launcher!, opener };
}
