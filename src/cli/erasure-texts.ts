import type { Platform } from "../chat/vocabulary.ts";
import type { UserIdCheck } from "../operations/check-user-id.ts";
import type { RemainingPost } from "../operations/delete-answer-posts.ts";
import type { ErasureReport } from "../operations/forget-user.ts";

// What `forget-user` tells the operator, in Dutch (the CLI's language).

const PLATFORM_NAMES: Record<Platform, string> = { slack: "Slack", msteams: "Teams", console: "de console" };

const SHAPES: Record<Platform, string> = {
  slack: "een Slack-gebruikers-id begint met U of W, gevolgd door hoofdletters en cijfers (bijvoorbeeld slack:U0123ABC)",
  msteams: "gebruik het Teams-id dat met 29: begint (bijvoorbeeld msteams:29:1AbCdEf) of een AAD-object-id",
  console: "een consolenaam is één woord (bijvoorbeeld console:anna)",
};

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Why an id is refused, with what a good one looks like. */
export function refusalText(who: string | undefined, check: Extract<UserIdCheck, { ok: false }>): string {
  if (check.problem === "platform") return `Onbekend platform in "${who}": kies slack, msteams of console, bijvoorbeeld slack:U0123ABC. Er is niets gewist.`;
  if (check.problem === "shape" && check.platform) return `"${who}" is geen geldige persoon: ${SHAPES[check.platform]}. Er is niets gewist.`;
  return "Geef de persoon als PLATFORM:ID, bijvoorbeeld slack:U0123ABC, msteams:29:1AbCdEf of console:anna. Er is niets gewist.";
}

/** The report: one line per kind of data, and every post of the bot that could not be deleted. */
export function erasureReportLines(who: string, report: ErasureReport, isAadObjectId: boolean): string[] {
  const lines = report.isFound ? [`Gewist voor ${who}:`, ...dataLines(report), ...postLines(report)] : notFoundLines(who, isAadObjectId);
  lines.push(`- ${count(report.deliveries, "ontvangstsleutel", "ontvangstsleutels")} (tegen dubbele verwerking, van iedereen) ouder dan 10 minuten gewist`);
  if (!report.isFound && report.deliveries === 0) return lines;
  lines.push(
    report.isWalCheckpointed
      ? "- WAL-bestand leeggemaakt: de gewiste gegevens staan niet meer in de databasebestanden."
      : "- Let op: het WAL-bestand kon niet worden leeggemaakt (een ander proces las de database); oude inhoud verdwijnt bij het volgende checkpoint. Draai forget-user later nog eens om het af te dwingen.",
  );
  return lines;
}

function dataLines(report: ErasureReport): string[] {
  const subscription = report.logbookSubscriptions > 0 ? " en het logboekabonnement" : "";
  return [
    `- ${count(report.answers, "antwoord", "antwoorden")} op reflectievragen`,
    `- ${count(report.logbookEntries, "logboekregel", "logboekregels")}${subscription}`,
    `- ${count(report.casesDeidentified, "casus", "casussen")} ontdaan van deze persoon (de casussen zelf blijven)`,
    `- ${count(report.auditEntries, "auditregel", "auditregels")} geanonimiseerd (tombstone: wat er gebeurde blijft, niet wie)`,
    `- ${count(report.conversations, "opgeslagen gespreksverwijzing", "opgeslagen gespreksverwijzingen")}`,
    ...(report.learningEntries > 0
      ? [`- ${count(report.learningEntries, "regel", "regels")} in voorstellen, escalaties en terugblikken ontdaan van deze persoon (wat er besloten is blijft)`]
      : []),
    ...(report.promptDeferrals > 0
      ? [`- ${count(report.promptDeferrals, "overgeslagen vraag of herinnering", "overgeslagen vragen en herinneringen")}`]
      : []),
    ...(report.teamEntries > 0
      ? [`- ${count(report.teamEntries, "pauze of teambedoeling", "pauzes en teambedoelingen")} ontdaan van deze persoon (ze blijven voor het team)`]
      : []),
  ];
}

function postLines(report: ErasureReport): string[] {
  const { deleted, remaining } = report.posts;
  const perPlatform = (refs: { platform: Platform }[]) =>
    [...new Set(refs.map((ref) => ref.platform))].map((platform) => `${PLATFORM_NAMES[platform]} ${refs.filter((ref) => ref.platform === platform).length}`).join(", ");
  const lines = [`- ${count(deleted.length, "bericht", "berichten")} van de bot met deze antwoorden verwijderd (of al weg)${deleted.length ? `: ${perPlatform(deleted)}` : ""}`];
  if (remaining.length === 0) return lines;
  lines.push(`- ${count(remaining.length, "bericht", "berichten")} van de bot NIET verwijderd; de gegevens zelf zijn wel gewist. Verwijder ${remaining.length === 1 ? "het" : "ze"} met de hand:`);
  for (const post of remaining) lines.push(`  - ${remainingText(post)}`);
  return lines;
}

function remainingText({ ref, reason, failure }: RemainingPost): string {
  const where = `${PLATFORM_NAMES[ref.platform]}, gesprek ${ref.conversationId}${ref.threadId ? `, draad ${ref.threadId}` : ""}, bericht ${ref.messageId}`;
  const why = reason === "not-connected" ? `${PLATFORM_NAMES[ref.platform]} is niet ingesteld in dit proces` : `fout: ${failure ?? "onbekend"}`;
  return `${where} (${why})`;
}

function notFoundLines(who: string, isAadObjectId: boolean): string[] {
  const lines = [
    `Niets gevonden voor ${who}: geen antwoorden, logboek, casussen, auditregels, berichten of gespreksverwijzingen. Er is niets over deze persoon gewist; controleer het id.`,
  ];
  if (isAadObjectId) lines.push("- De bot bewaart Teams-gebruikers onder hun 29:…-id, niet onder hun AAD-object-id; probeer msteams:29:….");
  return lines;
}
