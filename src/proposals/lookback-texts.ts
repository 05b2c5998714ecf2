import type { Language } from "../chat/vocabulary.ts";
import type { LookbackAnswer, LookbackTally } from "./lookback-store.ts";

/** A look-back as its person answered it (AVG inzage). */
export interface LookbackLine {
  reference: string;
  helped: LookbackAnswer;
  ruleChanged: LookbackAnswer;
  note: string | null;
}

const nl = {
  question: (reference: string, title: string, weeks: number, outcome: string) =>
    `*Terugblik op ${reference}* (“${title}”)\nZo'n ${weeks} weken geleden is besloten: ${outcome}. Hielp dat besluit de persoon om wie het ging? En is de regel of de werkwijze veranderd? Je antwoord blijft bij de casus; in de overzichten staan alleen totalen.`,
  button: "Terugblikken",
  form: {
    title: "Terugblik",
    submit: "Opslaan",
    helped: "Hielp het besluit de persoon om wie het ging?",
    ruleChanged: "Is de regel of de werkwijze veranderd?",
    note: "Eén regel toelichting (zonder gegevens van inwoners)",
  },
  answers: { ja: "ja", deels: "deels", nee: "nee" } satisfies Record<LookbackAnswer, string>,
  thanks: (reference: string) => `Dank je. Je terugblik op ${reference} is bewaard bij de casus.`,
  notYours: "Deze terugblik is aan iemand anders gevraagd.",
  mine: (lines: LookbackLine[]) =>
    `*Je terugblikken*\n${lines.map((line) => `- ${line.reference}: hielp ${line.helped}, regel of werkwijze veranderd ${line.ruleChanged}${line.note ? ` — ${line.note}` : ""}`).join("\n")}`,
  tally: (tally: LookbackTally) =>
    `Terugblikken: ${tally.answered} · hielp het: ja ${tally.helped.ja}, deels ${tally.helped.deels}, nee ${tally.helped.nee} · regel of werkwijze veranderd: ja ${tally.ruleChanged.ja}, deels ${tally.ruleChanged.deels}, nee ${tally.ruleChanged.nee}`,
};

export type LookbackTexts = typeof nl;

const en: LookbackTexts = {
  question: (reference, title, weeks, outcome) =>
    `*Looking back on ${reference}* (“${title}”)\nAbout ${weeks} weeks ago it was decided: ${outcome}. Did that decision help the person it was about? And did the rule or the way of working change? Your answer stays with the case; digests show totals only.`,
  button: "Look back",
  form: {
    title: "Looking back",
    submit: "Save",
    helped: "Did the decision help the person it was about?",
    ruleChanged: "Did the rule or the way of working change?",
    note: "One line of explanation (without residents' details)",
  },
  answers: { ja: "yes", deels: "partly", nee: "no" },
  thanks: (reference) => `Thank you. Your look-back on ${reference} is kept with the case.`,
  notYours: "This look-back was asked of someone else.",
  mine: (lines) =>
    `*Your look-backs*\n${lines.map((line) => `- ${line.reference}: helped ${en.answers[line.helped]}, rule or way of working changed ${en.answers[line.ruleChanged]}${line.note ? ` — ${line.note}` : ""}`).join("\n")}`,
  tally: (tally) =>
    `Look-backs: ${tally.answered} · it helped: yes ${tally.helped.ja}, partly ${tally.helped.deels}, no ${tally.helped.nee} · rule or way of working changed: yes ${tally.ruleChanged.ja}, partly ${tally.ruleChanged.deels}, no ${tally.ruleChanged.nee}`,
};

export const lookbackTexts: Record<Language, LookbackTexts> = { nl, en };
