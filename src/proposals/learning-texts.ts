import type { Language } from "../chat/vocabulary.ts";

// The register (`/casus register`) and the digests' "wat is ermee gebeurd?". The organisation digest
// speaks of "besluit" and "reactie": it names no individual answers (see organisation-digest.ts).

const dagen = (count: number) => `${count} ${count === 1 ? "dag" : "dagen"}`;
const englishDays = (count: number) => `${count} ${count === 1 ? "day" : "days"}`;

const nl = {
  registerHeading: "Register: wat ligt er buiten de teams?",
  registerButton: "Register",
  openProposals: "Open voorstellen",
  openEscalations: "Open escalaties",
  nothingOpen: "Er ligt niets open buiten de teams.",
  proposalLine: (reference: string, rule: string, status: string, to: string, age: number, carries: string, reviewOn: string) =>
    `*${reference}* “${rule}” · ${status} bij ${to}, ${dagen(age)} (besluit gevraagd vóór ${reviewOn}) · ${carries}`,
  escalationLine: (what: string, team: string, to: string, age: number, dueOn: string) =>
    `${what} (${team}) · bij ${to}, ${dagen(age)} (reactie gevraagd vóór ${dueOn})`,
  otherCase: "een casus",
  overdue: "over tijd",
  heading: "Wat is ermee gebeurd?",
  proposalCounts: (opened: number, decided: number, waiting: number) => `Voorstellen: ${opened} nieuw · ${decided} besloten · ${waiting} wachtend`,
  escalationCounts: (opened: number, settled: number, waiting: number) => `Escalaties: ${opened} nieuw · ${settled} met reactie · ${waiting} wachtend`,
  decidedProposal: (reference: string, rule: string, to: string, status: string, reasons: string) => `*${reference}* “${rule}” (${to}): *${status}* — ${reasons}`,
  settledEscalation: (reference: string, title: string, to: string, reply: string) => `*${reference}* ${title} (${to}): ${reply}`,
  waitingProposal: (reference: string, rule: string, to: string, age: number) => `*${reference}* “${rule}” wacht bij ${to}, ${dagen(age)}`,
  terms: (dueOn: string, interim: string) => ` (reactie gevraagd vóór ${dueOn}${interim ? `; intussen: ${interim}` : ""})`,
};

export type LearningTexts = typeof nl;

const en: LearningTexts = {
  registerHeading: "Register: what lies beyond the teams?",
  registerButton: "Register",
  openProposals: "Open proposals",
  openEscalations: "Open escalations",
  nothingOpen: "Nothing lies open beyond the teams.",
  proposalLine: (reference, rule, status, to, age, carries, reviewOn) =>
    `*${reference}* “${rule}” · ${status} with ${to}, ${englishDays(age)} (decision asked by ${reviewOn}) · ${carries}`,
  escalationLine: (what, team, to, age, dueOn) => `${what} (${team}) · with ${to}, ${englishDays(age)} (response asked by ${dueOn})`,
  otherCase: "a case",
  overdue: "overdue",
  heading: "What became of it?",
  proposalCounts: (opened, decided, waiting) => `Proposals: ${opened} new · ${decided} decided · ${waiting} waiting`,
  escalationCounts: (opened, settled, waiting) => `Escalations: ${opened} new · ${settled} responded to · ${waiting} waiting`,
  decidedProposal: (reference, rule, to, status, reasons) => `*${reference}* “${rule}” (${to}): *${status}* — ${reasons}`,
  settledEscalation: (reference, title, to, reply) => `*${reference}* ${title} (${to}): ${reply}`,
  waitingProposal: (reference, rule, to, age) => `*${reference}* “${rule}” waits with ${to}, ${englishDays(age)}`,
  terms: (dueOn, interim) => ` (response asked by ${dueOn}${interim ? `; meanwhile: ${interim}` : ""})`,
};

export const learningTexts: Record<Language, LearningTexts> = { nl, en };
