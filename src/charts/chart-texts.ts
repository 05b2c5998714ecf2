import type { Language } from "../chat/vocabulary.ts";

const nl = {
  participationTitle: "Deelname per week",
  participationAxisShare: (members: number) => `% van ${members} kanaalleden dat antwoordde`,
  participationAxisPeople: "mensen die antwoordden",
  participationAlt: (weeks: number, basis: string, values: string, summary: string) =>
    `Staafdiagram van de deelname aan de reflectievragen in de afgelopen ${weeks} weken, ${basis}. ${summary} Per week: ${values}.`,
  shareBasis: (members: number) => `als deel van de ${members} kanaalleden`,
  peopleBasis: "als aantal mensen dat antwoordde",
  participationSummary: (last: string, highest: string, highestWeek: string) => `Deze week ${last}; het hoogst was ${highest} in de week van ${highestWeek}.`,
  caseFlowTitle: "Casussen per week",
  opened: "nieuw",
  decided: "besloten",
  waiting: "wachtend (eind van de week)",
  caseFlowAlt: (weeks: number, opened: number, decided: number, waitingNow: number, waitingThen: number, values: string) =>
    `Lijndiagram van de casussen in de afgelopen ${weeks} weken: ${opened} nieuw en ${decided} besloten; ` +
    `aan het eind van deze week wachten er ${waitingNow}, ${weeks} weken geleden ${waitingThen}. Per week (nieuw, besloten, wachtend): ${values}.`,
  weekOf: "week van",
  paused: "pauze",
  pausedWeeks: (weeks: number) => `${weeks === 1 ? "Eén week was" : `${weeks} weken waren`} pauze (het team had geen vragen); die staan als gearceerde grijze staaf met “pauze”, niet als nul.`,
};

export type ChartTexts = typeof nl;

const en: ChartTexts = {
  participationTitle: "Participation per week",
  participationAxisShare: (members) => `% of ${members} channel members who answered`,
  participationAxisPeople: "people who answered",
  participationAlt: (weeks, basis, values, summary) => `Bar chart of participation in the reflection prompts over the past ${weeks} weeks, ${basis}. ${summary} Per week: ${values}.`,
  shareBasis: (members) => `as a share of the ${members} channel members`,
  peopleBasis: "as the number of people who answered",
  participationSummary: (last, highest, highestWeek) => `This week ${last}; the highest was ${highest} in the week of ${highestWeek}.`,
  caseFlowTitle: "Cases per week",
  opened: "new",
  decided: "decided",
  waiting: "waiting (end of week)",
  caseFlowAlt: (weeks, opened, decided, waitingNow, waitingThen, values) =>
    `Line chart of cases over the past ${weeks} weeks: ${opened} new and ${decided} decided; ` +
    `${waitingNow} waiting at the end of this week, ${waitingThen} ${weeks} weeks ago. Per week (new, decided, waiting): ${values}.`,
  weekOf: "week of",
  paused: "paused",
  pausedWeeks: (weeks) => `${weeks === 1 ? "One week was" : `${weeks} weeks were`} paused (the team had no prompts); they show as a hatched grey bar marked “paused”, not as zero.`,
};

export const chartTexts: Record<Language, ChartTexts> = { nl, en };
