import type { Language } from "../chat/vocabulary.ts";
import type { LookbackTally } from "../proposals/lookback-store.ts";

const plural = (count: number, one: string, more: string) => `${count} ${count === 1 ? one : more}`;

const nl = {
  kicker: "Werken vanuit de bedoeling · kwartaalposter",
  allTeams: "Alle teams",
  documentTitle: (name: string, period: string) => `Kwartaalposter · ${name} · ${period}`,
  lead: "Wat we leerden: verhalen, besluiten met hun onderbouwing, rode draden, en wat er werd van wat we voorstelden.",
  learning: "Cijfers zijn om van te leren, niet om op af te rekenen.",
  storiesHeading: "Verhalen",
  storiesNote: "Antwoorden op de reflectievragen die de schrijver zonder naam wilde delen.",
  noStories: "In deze periode deelde niemand een verhaal.",
  decidedHeading: "Besloten, met onderbouwing",
  noDecided: "In deze periode is geen casus besloten.",
  moreDecided: (count: number) => `En ${plural(count, "besluit", "besluiten")} meer, te vinden in de draad van het team.`,
  after: (days: number) => `na ${plural(days, "werkdag", "werkdagen")}`,
  weighed: "afgewogen",
  level: "niveau",
  threadsHeading: "Rode draden",
  threadsNote: "Regels die in meer casussen schuren. Waar een regel vaker schuurt, valt er iets te leren over de regel.",
  threadLine: (inPeriod: number, cases: number, teams: number) =>
    `${plural(inPeriod, "casus", "casussen")} in deze periode; ${plural(cases, "casus", "casussen")} in ${plural(teams, "team", "teams")} tot nu toe`,
  noThreads: "Geen regel schuurde in deze periode in meer casussen.",
  proposalsHeading: "Voorstellen en wat ervan werd",
  proposalTo: (addressee: string, carries: string) => `aan ${addressee} · ${carries}`,
  carries: (cases: number, teams: number) => `${plural(cases, "casus", "casussen")} uit ${plural(teams, "team", "teams")}`,
  noProposals: "Er lag in deze periode geen voorstel buiten het team.",
  lookbackHeading: "Terugblik: hielp het?",
  lookbackNote: "Weken na een besluit vragen we de eigenaar en de indiener of het hielp. Alleen totalen, geen namen.",
  lookbackAnswered: (count: number) => `${plural(count, "terugblik", "terugblikken")} beantwoord`,
  helped: "Hielp het de persoon om wie het ging?",
  ruleChanged: "Is de regel of de werkwijze veranderd?",
  answers: { ja: "ja", deels: "deels", nee: "nee" },
  noLookbacks: "In deze periode is geen terugblik beantwoord.",
  chartsHeading: "In beeld",
  noDecisionsChart: "Zonder besluiten in deze periode is er geen doorlooptijd te tonen.",
  teamFooter: "Deze poster noemt geen namen: verhalen zijn gedeeld met toestemming, casussen staan er zoals het team ze al zag, zonder gegevens van inwoners.",
  organisationFooter:
    "Deze poster telt geen deelname per team en vergelijkt geen teams: elk team ziet zijn eigen deelname, om van te leren. Er staan geen namen op: verhalen zijn gedeeld met toestemming, casussen zonder gegevens van inwoners.",
  made: (date: string) => `Gemaakt op ${date} door bedoeling-bot.`,
  summary: (decided: number, threads: number, proposals: number, settled: number, lookbacks: number) =>
    `${plural(decided, "casus", "casussen")} besloten met onderbouwing · ${plural(threads, "rode draad", "rode draden")} · ` +
    `${plural(proposals, "voorstel", "voorstellen")} buiten het team, waarvan ${settled} beantwoord · ${plural(lookbacks, "terugblik", "terugblikken")}.`,
  fileNote: "De poster (HTML, om te openen in een browser of te printen op A3) hoort bij dit bericht.",
  fileElsewhere: (command: string) =>
    `Hier kan de bot geen bestand neerzetten. De beheerder maakt dezelfde poster met \`${command}\` en deelt hem zelf.`,
  fileName: (label: string) => `kwartaalposter-${label}.html`,
};

export type ReportTexts = typeof nl;

const en: ReportTexts = {
  kicker: "Working from the intent · quarterly poster",
  allTeams: "All teams",
  documentTitle: (name, period) => `Quarterly poster · ${name} · ${period}`,
  lead: "What we learned: stories, decisions with their reasons, recurring threads, and what became of what we proposed.",
  learning: "Figures are for learning, not for judging.",
  storiesHeading: "Stories",
  storiesNote: "Answers to the reflection prompts that their authors chose to share without their name.",
  noStories: "Nobody shared a story in this period.",
  decidedHeading: "Decided, with reasons",
  noDecided: "No case was decided in this period.",
  moreDecided: (count) => `And ${plural(count, "decision", "decisions")} more, in the team's thread.`,
  after: (days) => `after ${plural(days, "working day", "working days")}`,
  weighed: "weighed",
  level: "level",
  threadsHeading: "Recurring threads",
  threadsNote: "Rules that chafe in more than one case. Where a rule chafes again, there is something to learn about the rule.",
  threadLine: (inPeriod, cases, teams) => `${plural(inPeriod, "case", "cases")} in this period; ${plural(cases, "case", "cases")} in ${plural(teams, "team", "teams")} so far`,
  noThreads: "No rule chafed in more than one case in this period.",
  proposalsHeading: "Proposals and what became of them",
  proposalTo: (addressee, carries) => `to ${addressee} · ${carries}`,
  carries: (cases, teams) => `${plural(cases, "case", "cases")} from ${plural(teams, "team", "teams")}`,
  noProposals: "No proposal lay beyond the team in this period.",
  lookbackHeading: "Looking back: did it help?",
  lookbackNote: "Weeks after a decision, its owner and submitter are asked whether it helped. Totals only, no names.",
  lookbackAnswered: (count) => `${plural(count, "look-back", "look-backs")} answered`,
  helped: "Did it help the person it was about?",
  ruleChanged: "Did the rule or the way of working change?",
  answers: { ja: "yes", deels: "partly", nee: "no" },
  noLookbacks: "No look-back was answered in this period.",
  chartsHeading: "At a glance",
  noDecisionsChart: "Without decisions in this period there is no time to decision to show.",
  teamFooter: "This poster names no one: stories were shared with consent, cases appear as the team already saw them, without residents' details.",
  organisationFooter:
    "This poster counts no participation per team and compares no teams: each team sees its own participation, to learn from. It names no one: stories were shared with consent, cases appear without residents' details.",
  made: (date) => `Made on ${date} by bedoeling-bot.`,
  summary: (decided, threads, proposals, settled, lookbacks) =>
    `${plural(decided, "case", "cases")} decided with reasons · ${plural(threads, "recurring thread", "recurring threads")} · ` +
    `${plural(proposals, "proposal", "proposals")} beyond the team, ${settled} of them answered · ${plural(lookbacks, "look-back", "look-backs")}.`,
  fileNote: "The poster (HTML, to open in a browser or print on A3) comes with this message.",
  fileElsewhere: (command) => `The bot cannot place a file here. An operator makes the same poster with \`${command}\` and shares it.`,
  fileName: (label) => `quarterly-poster-${label}.html`,
};

export const reportTexts: Record<Language, ReportTexts> = { nl, en };

export function lookbackCounts(tally: LookbackTally, key: "helped" | "ruleChanged", language: Language): string {
  const words = reportTexts[language].answers;
  return (["ja", "deels", "nee"] as const).map((answer) => `${words[answer]} ${tally[key][answer]}`).join(" · ");
}
