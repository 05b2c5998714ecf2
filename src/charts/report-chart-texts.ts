import type { Language } from "../chat/vocabulary.ts";

// Words of the poster's own charts (time to decision, proposals by state); the digest's are in chart-texts.ts.

const nl = {
  decisionTitle: "Van inbreng tot besluit",
  decisionAxis: "werkdagen van inbreng tot besluit",
  decisionMedian: (median: string, count: number) => `mediaan ${median} werkdagen, over ${count} ${count === 1 ? "besluit" : "besluiten"}`,
  decisionSpread: (median: string, low: string, high: string, count: number) =>
    `mediaan ${median} werkdagen; de middelste helft van de ${count} besluiten tussen ${low} en ${high}`,
  decisionAlt: (count: number, spread: string, values: string) =>
    `Staafdiagram van de tijd van inbreng tot besluit voor ${count} ${count === 1 ? "casus" : "casussen"}: ${spread}. Aantal casussen per duur: ${values}.`,
  buckets: ["0–2", "3–5", "6–10", "11–20", "21–40", "meer dan 40"],
  proposalsTitle: "Voorstellen en wat ervan werd",
  proposalsAxis: "aantal voorstellen, naar hoe het er nu voor staat",
  proposalsAlt: (count: number, values: string) =>
    `Staafdiagram van ${count} ${count === 1 ? "voorstel" : "voorstellen"} buiten het team, naar hoe het er nu voor staat: ${values}.`,
};

export type ReportChartTexts = typeof nl;

const en: ReportChartTexts = {
  decisionTitle: "From submission to decision",
  decisionAxis: "working days from submission to decision",
  decisionMedian: (median, count) => `median ${median} working days, over ${count} ${count === 1 ? "decision" : "decisions"}`,
  decisionSpread: (median, low, high, count) => `median ${median} working days; the middle half of the ${count} decisions between ${low} and ${high}`,
  decisionAlt: (count, spread, values) =>
    `Bar chart of the time from submission to decision for ${count} ${count === 1 ? "case" : "cases"}: ${spread}. Cases per duration: ${values}.`,
  buckets: ["0–2", "3–5", "6–10", "11–20", "21–40", "more than 40"],
  proposalsTitle: "Proposals and what became of them",
  proposalsAxis: "number of proposals, by where they stand now",
  proposalsAlt: (count, values) => `Bar chart of ${count} ${count === 1 ? "proposal" : "proposals"} beyond the team, by where they stand now: ${values}.`,
};

export const reportChartTexts: Record<Language, ReportChartTexts> = { nl, en };
