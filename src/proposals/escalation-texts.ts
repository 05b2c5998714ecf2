import type { Language } from "../chat/vocabulary.ts";
import type { EscalationStatus } from "./escalation-store.ts";

const nl = {
  form: {
    to: "Aan wie?",
    interim: "Tussentijdse maatregel: wat doen we intussen?",
    interimHint: "Bijvoorbeeld: tot het besluit vragen we bij paspoorten niet door. Leeg: er verandert intussen niets.",
    dueOn: "Antwoord gevraagd vóór (JJJJ-MM-DD)",
    dueOnHint: "Op die dag, en daarna eens per week, krijgt de ontvanger een herinnering zolang er geen antwoord is.",
  },
  status: { waiting: "wacht op antwoord", answered: "beantwoord", withdrawn: "ingetrokken" } satisfies Record<EscalationStatus, string>,
  labels: {
    status: "Status",
    from: "Van team",
    to: "Aan",
    dueOn: "Antwoord gevraagd vóór",
    question: "Vraag",
    interim: "Tussentijdse maatregel",
    situation: "Situatie",
    rule: "Regel",
    bedoeling: "Bedoeling",
    answer: "Antwoord",
    reasons: "Onderbouwing",
  },
  heading: (reference: string, title: string) => `Escalatie · ${reference} · ${title}`,
  answerButton: "Beantwoorden",
  answerForm: { title: "Escalatie beantwoorden", answer: "Antwoord of besluit", reasons: "Onderbouwing (waarom?)", submit: "Vastleggen" },
  answeredNotice: (reference: string) => `Je antwoord op de escalatie van ${reference} is vastgelegd en gaat terug naar het team.`,
  refusedAnswer: (addressee: string) => `Alleen ${addressee} en beheerders kunnen deze escalatie beantwoorden.`,
  refusedTeamAnswer: "Alleen de teamleiders van dit team (en beheerders) kunnen het antwoord vastleggen.",
  notWaiting: "Deze escalatie wacht niet (meer) op een antwoord.",
  noEscalation: (reference: string) => `${reference} heeft geen escalatie die op antwoord wacht.`,
  dueInPast: "Kies een datum in de toekomst.",
  unknownAddressee: "Kies een ontvanger uit de lijst.",
  caseAnswer: (addressee: string) => `*Antwoord van ${addressee}* op de escalatie:`,
  submitterAnswer: (reference: string, title: string, addressee: string) =>
    `Op de escalatie van je casus ${reference} (“${title}”) kwam antwoord van ${addressee}:`,
  answeredBy: (actor: string) => `${actor} legde het antwoord vast.`,
  waiting: (addressee: string, days: number, dueOn: string) => `Escalatie aan ${addressee}: wacht ${days} ${days === 1 ? "dag" : "dagen"} (antwoord gevraagd vóór ${dueOn})`,
  overdue: (days: number) => `${days} ${days === 1 ? "dag" : "dagen"} over tijd`,
  answered: (addressee: string) => `Escalatie aan ${addressee}: beantwoord`,
  reminder: (reference: string, title: string, team: string, days: number, dueOn: string) =>
    `Herinnering: de vraag over *${reference}* (“${title}”, ${team}) wacht sinds ${days} dagen op antwoord; gevraagd vóór ${dueOn}.`,
  teamReminder: (addressee: string, days: number, dueOn: string, reference: string) =>
    `De escalatie aan ${addressee} wacht sinds ${days} dagen (antwoord gevraagd vóór ${dueOn}). Vraag het na, of leg het antwoord vast met \`/casus antwoord ${reference}\`.`,
};

export type EscalationTexts = typeof nl;

const en: EscalationTexts = {
  form: {
    to: "To whom?",
    interim: "Interim measure: what do we do meanwhile?",
    interimHint: "For example: until the decision we stop asking further for passports. Empty: nothing changes meanwhile.",
    dueOn: "Answer asked by (YYYY-MM-DD)",
    dueOnHint: "On that day, and then once a week, the addressee gets a reminder while there is no answer.",
  },
  status: { waiting: "waiting for an answer", answered: "answered", withdrawn: "withdrawn" },
  labels: {
    status: "Status",
    from: "From team",
    to: "To",
    dueOn: "Answer asked by",
    question: "Question",
    interim: "Interim measure",
    situation: "Situation",
    rule: "Rule",
    bedoeling: "Intent",
    answer: "Answer",
    reasons: "Reasons",
  },
  heading: (reference, title) => `Escalation · ${reference} · ${title}`,
  answerButton: "Answer",
  answerForm: { title: "Answer the escalation", answer: "Answer or decision", reasons: "Reasons (why?)", submit: "Record" },
  answeredNotice: (reference) => `Your answer to the escalation of ${reference} is recorded and goes back to the team.`,
  refusedAnswer: (addressee) => `Only ${addressee} and operators can answer this escalation.`,
  refusedTeamAnswer: "Only this team's leads (and operators) can record the answer.",
  notWaiting: "This escalation is not waiting for an answer (any more).",
  noEscalation: (reference) => `${reference} has no escalation waiting for an answer.`,
  dueInPast: "Choose a date in the future.",
  unknownAddressee: "Choose an addressee from the list.",
  caseAnswer: (addressee) => `*Answer from ${addressee}* to the escalation:`,
  submitterAnswer: (reference, title, addressee) => `The escalation of your case ${reference} (“${title}”) was answered by ${addressee}:`,
  answeredBy: (actor) => `${actor} recorded the answer.`,
  waiting: (addressee, days, dueOn) => `Escalation to ${addressee}: waiting ${days} ${days === 1 ? "day" : "days"} (answer asked by ${dueOn})`,
  overdue: (days) => `${days} ${days === 1 ? "day" : "days"} overdue`,
  answered: (addressee) => `Escalation to ${addressee}: answered`,
  reminder: (reference, title, team, days, dueOn) =>
    `Reminder: the question about *${reference}* (“${title}”, ${team}) has been waiting ${days} days for an answer; asked by ${dueOn}.`,
  teamReminder: (addressee, days, dueOn, reference) =>
    `The escalation to ${addressee} has been waiting ${days} days (answer asked by ${dueOn}). Follow it up, or record the answer with \`/casus answer ${reference}\`.`,
};

export const escalationTexts: Record<Language, EscalationTexts> = { nl, en };
