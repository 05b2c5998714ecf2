import type { RunningBot } from "../composition/create-bot.ts";
import type { FakeClock } from "../time/clock.ts";
import { demoScript } from "./demo-script.ts";
import { firstCaseIdOf, latestCaseId, latestProposalId, submitterLookbackId } from "./demo-queries.ts";

/**
 * The second week, and six weeks on: the same protocol chafes at the Wmo-team too, the rode draad
 * across both teams becomes a proposal to the MT, the MT decides after a reminder, the answer reaches
 * both teams' threads and both submitters, and a look-back asks whether it helped.
 */
export async function playSecondWeek(bot: RunningBot, clock: FakeClock, write: (text: string) => void): Promise<void> {
  const { at, act, pressAndFill, note } = demoScript(bot, clock, write);
  const db = bot.core.db;
  const kccCase = firstCaseIdOf(db, "kcc");

  await at("2026-03-30T09:40:00Z", "maandag, week 2: bij het Wmo-team schuurt hetzelfde protocol");
  await act("omar", {
    kind: "form-submit",
    place: {},
    formId: "case.submit",
    context: "{}",
    values: {
      title: "Klantdossier: volledige registratie bij een eenvoudige Wmo-vraag",
      situation: "Een inwoner vraagt alleen of een traplift onder de Wmo valt; het protocol vraagt alle klantvragen vast te leggen.",
      rule: "Protocol klantdossier KCC",
      ruleLevel: "internal-guideline",
      bedoeling: "Vastleggen wat een collega later helpt de inwoner verder te helpen.",
      unwantedEffect: "Een kort gesprek wordt een registratieklus; de inwoner wacht langer.",
      urgency: "normal",
      team: "wmo",
      isAnonymous: "false",
    },
  });
  const wmoCase = latestCaseId(db);
  await at("2026-03-30T10:00:00Z", "lisa, ook teamleider van het Wmo-team, besluit");
  await act("lisa", { kind: "button", place: {}, action: "case.take", value: String(wmoCase) });
  await pressAndFill("lisa", "case.decide", wmoCase, {
    outcome: "rule-change-proposed",
    reasons: "Zelfde protocol, zelfde effect als bij het KCC: samen voorleggen aan het MT. Tot dan leggen we alleen de hoofdvraag vast.",
  });

  await at("2026-03-31T07:30:00Z", "dinsdag: de rode draad over twee teams wordt een voorstel aan het MT");
  await pressAndFill("lisa", "proposal.new", kccCase, {
    addressee: "mt",
    scope: "thread",
    proposedText: "Alleen vastleggen wat opvolging nodig heeft; bij eenvoudige vragen (paspoort, een Wmo-vraag) de hoofdvraag.",
    reviewOn: "2026-04-02",
  });
  const proposal = latestProposalId(db);
  await act("lisa", { kind: "command", place: {}, name: "casus", text: "register" });

  await at("2026-04-01T09:00:00Z", "woensdag: het MT neemt het voorstel in behandeling");
  await act("marieke", { kind: "button", place: {}, action: "proposal.take", value: String(proposal) });
  await at("2026-04-02T07:00:30Z", "donderdag 09:00: vandaag was het besluit gevraagd");
  note("(bedoeling-bot herinnert het MT: op de gevraagde dag, daarna eens per week, nooit vaker)");
  await at("2026-04-02T12:00:00Z", "donderdag 14:00: het MT besluit, met onderbouwing");
  await act("lisa", { kind: "button", place: {}, action: "proposal.accept", value: String(proposal) });
  await pressAndFill("marieke", "proposal.amend", proposal, {
    amendment: "Bij eenvoudige vragen alleen de hoofdvraag vastleggen; het KCC en het Wmo-team stellen samen de lijst van eenvoudige vragen op.",
    reasons: "Het protocol moet collega's helpen de inwoner verder te helpen; registreren om het registreren dient niemand.",
  });
  await act("omar", { kind: "command", place: {}, name: "casus", text: "status G-2026-0002" });

  await at("2026-04-03T14:00:00Z", "vrijdag 16:00: de weekoverzichten, met wat ermee gebeurd is");
  await at("2026-04-03T14:30:00Z", "en het overzicht voor het MT, dat ermee opent");

  await at("2026-05-07T08:00:30Z", "zes weken na het besluit: de terugblik");
  const lookback = submitterLookbackId(db, kccCase);
  await pressAndFill("anna", "lookback.open", lookback, { helped: "ja", ruleChanged: "ja", note: "Gesprekken over een paspoort zijn weer kort; de werkinstructie is aangepast." });
}
