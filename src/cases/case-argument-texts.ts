import type { Language } from "../chat/vocabulary.ts";
import type { CustomerRole, DecisionLevel, PublicValue } from "./case-model.ts";

// The words for a case's argument (whose need, what room, what if nothing is done) and for its decision
// (level, public values), as the form offers them and the messages show them.

const nl = {
  labels: {
    citizenNeed: "Wat de inwoner echt nodig heeft",
    customerRole: "Klant of eindklant",
    roomWithinRule: "Ruimte binnen de regel",
    ifNothingIsDone: "Als we niets doen",
    decisionLevel: "Besloten op niveau",
    publicValues: "Afgewogen publieke waarden",
    ownerNamed: "eigenaar benoemd",
  },
  customerRole: {
    customer: "klant",
    "end-customer": "eindklant",
    both: "klant én eindklant",
  } satisfies Record<CustomerRole, string>,
  decisionLevel: {
    team: "team (teamleider of casusoverleg)",
    department: "afdeling (afdelingshoofd)",
    mt: "MT",
    college: "college (bestuur)",
    legislator: "wetgever of Rijk",
  } satisfies Record<DecisionLevel, string>,
  publicValue: {
    lawfulness: "rechtmatigheid",
    "equal-treatment": "gelijke behandeling",
    "human-scale": "menselijke maat",
    efficiency: "doelmatigheid",
    reliability: "betrouwbaarheid",
  } satisfies Record<PublicValue, string>,
  publicValueHint: {
    lawfulness: "Volgens recht en regels, zonder willekeur.",
    "equal-treatment": "Gelijke gevallen gelijk: zou een vergelijkbare inwoner bij een collega hetzelfde krijgen?",
    "human-scale": "Oog voor deze persoon in deze situatie.",
    efficiency: "Tijd en geld goed besteed.",
    reliability: "Een overheid die doet wat ze zegt, waar je op kunt rekenen.",
  } satisfies Record<PublicValue, string>,
};

export type CaseArgumentTexts = typeof nl;

const en: CaseArgumentTexts = {
  labels: {
    citizenNeed: "What the resident really needs",
    customerRole: "Customer or end customer",
    roomWithinRule: "Room within the rule",
    ifNothingIsDone: "If we do nothing",
    decisionLevel: "Decided at level",
    publicValues: "Public values weighed",
    ownerNamed: "owner named",
  },
  customerRole: { customer: "customer", "end-customer": "end customer", both: "customer and end customer" },
  decisionLevel: {
    team: "team (lead or case consultation)",
    department: "department (head of department)",
    mt: "MT (management team)",
    college: "college (municipal executive)",
    legislator: "legislator or national government",
  },
  publicValue: {
    lawfulness: "lawfulness",
    "equal-treatment": "equal treatment",
    "human-scale": "human scale",
    efficiency: "efficiency",
    reliability: "reliability",
  },
  publicValueHint: {
    lawfulness: "According to law and rules, without arbitrariness.",
    "equal-treatment": "Equal cases alike: would a similar resident get the same from a colleague?",
    "human-scale": "An eye for this person in this situation.",
    efficiency: "Time and money well spent.",
    reliability: "A government that does what it says, one you can count on.",
  },
};

export const caseArgumentTexts: Record<Language, CaseArgumentTexts> = { nl, en };
