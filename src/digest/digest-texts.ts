import type { Language } from "../chat/vocabulary.ts";

const nl = {
  heading: (team: string, period: string) => `Weekoverzicht · ${team} · ${period}`,
  organisationHeading: (name: string, period: string) => `Weekoverzicht van alle teams · ${name} · ${period}`,
  reflection: "Even stilstaan",
  prompts: (count: number) => (count === 1 ? "1 vraag gesteld" : `${count} vragen gesteld`),
  answers: (count: number) => (count === 1 ? "1 antwoord" : `${count} antwoorden`),
  rate: (percent: number, members: number) => `${percent}% van ${members} kanaalleden`,
  trend: (line: string, people: number) => `Deelname afgelopen 8 weken: ${line} (${people} ${people === 1 ? "persoon" : "mensen"} deze week)`,
  noPrompts: "Deze week geen vraag gesteld.",
  pausedPeriod: (from: string, to: string) => `Pauze (zomerstop) van ${from} tot en met ${to}: geen vragen.`,
  trendPausedLegend: "(· = pauze)",
  purposeLine: (text: string) => `Onze bedoeling: ${text}`,
  highlightsHeading: "Uitgelicht (met toestemming, zonder naam)",
  cases: "Garage de Bedoeling",
  caseCounts: (opened: number, decided: number, waiting: number) => `${opened} nieuw · ${decided} besloten · ${waiting} wachtend`,
  decidedHeading: "Besloten, met onderbouwing",
  waitingHeading: "Wacht op een volgende stap",
  waitingLine: (reference: string, title: string, status: string, days: number) =>
    `${reference} ${title} (${status}, ${days} ${days === 1 ? "werkdag" : "werkdagen"})`,
  overdue: "staat te lang stil",
  threadsHeading: "Rode draden (alle teams)",
  threadLine: (rule: string, cases: number, teams: number) => `“${rule}”: ${cases} casussen in ${teams} ${teams === 1 ? "team" : "teams"}`,
  fromReflection: (count: number) => `${count} ${count === 1 ? "reflectie leidde" : "reflecties leidden"} tot een casus.`,
  footer: "Cijfers zijn om van te leren, niet om op af te rekenen.",
  forMtHeading: "Wacht op het MT en anderen buiten de teams",
  nothingForMt: "Er wacht niets op een besluit buiten de teams.",
  escalationLine: (reference: string, title: string, team: string, to: string, days: number) =>
    `*${reference}* ${title} (${team}) wacht bij ${to}, ${days} ${days === 1 ? "werkdag" : "werkdagen"}`,
  organisationFooter:
    "Dit overzicht telt geen deelname per team en vergelijkt geen teams: elk team ziet zijn eigen deelname, om van te leren.",
};

export type DigestTexts = typeof nl;

const en: DigestTexts = {
  heading: (team, period) => `Weekly digest · ${team} · ${period}`,
  organisationHeading: (name, period) => `Weekly digest of all teams · ${name} · ${period}`,
  reflection: "A moment to reflect",
  prompts: (count) => (count === 1 ? "1 prompt posted" : `${count} prompts posted`),
  answers: (count) => (count === 1 ? "1 answer" : `${count} answers`),
  rate: (percent, members) => `${percent}% of ${members} channel members`,
  trend: (line, people) => `Participation over 8 weeks: ${line} (${people} ${people === 1 ? "person" : "people"} this week)`,
  noPrompts: "No prompt this week.",
  pausedPeriod: (from, to) => `Paused (summer break) from ${from} to ${to} inclusive: no prompts.`,
  trendPausedLegend: "(· = paused)",
  purposeLine: (text) => `Our purpose: ${text}`,
  highlightsHeading: "Highlights (with consent, without names)",
  cases: "Garage de Bedoeling",
  caseCounts: (opened, decided, waiting) => `${opened} new · ${decided} decided · ${waiting} waiting`,
  decidedHeading: "Decided, with reasons",
  waitingHeading: "Waiting for a next step",
  waitingLine: (reference, title, status, days) => `${reference} ${title} (${status}, ${days} working ${days === 1 ? "day" : "days"})`,
  overdue: "has been still too long",
  threadsHeading: "Recurring threads (all teams)",
  threadLine: (rule, cases, teams) => `“${rule}”: ${cases} cases in ${teams} ${teams === 1 ? "team" : "teams"}`,
  fromReflection: (count) => `${count} ${count === 1 ? "reflection" : "reflections"} led to a case.`,
  footer: "Figures are for learning, not for judging.",
  forMtHeading: "Waiting for the MT and others beyond the teams",
  nothingForMt: "Nothing waits for a decision beyond the teams.",
  escalationLine: (reference, title, team, to, days) => `*${reference}* ${title} (${team}) waits with ${to}, ${days} working ${days === 1 ? "day" : "days"}`,
  organisationFooter: "This digest counts no participation per team and compares no teams: each team sees its own participation, to learn from.",
};

export const digestTexts: Record<Language, DigestTexts> = { nl, en };
