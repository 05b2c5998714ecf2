import type { Language } from "../chat/vocabulary.ts";
import type { CustomerRole } from "./case-model.ts";

// The texts of the case intake and of the forms a lead fills in to move a case.

const nl = {
  form: {
    title: "Casus inbrengen",
    submit: "Indienen",
    intro:
      "Loopt een regel in tegen de bedoeling ervan? Beschrijf de situatie zonder namen, BSN, adres, telefoonnummer of geboortedatum.",
    fields: {
      title: "Titel (één regel)",
      situation: "Situatie",
      situationHint: "Wat gebeurde er, bij wie (in algemene termen: huishouden, soort inkomen, gebeurtenis)?",
      citizenNeed: "Wat heeft de inwoner echt nodig?",
      citizenNeedHint: "De vraag, wens of het probleem achter de aanvraag, ook als het niet uitgesproken is. Wie heb je voor je, wat is hier nodig, speelt er nog meer?",
      customerRole: "Is die persoon de klant of de eindklant?",
      customerRoleHint:
        "De klant neemt de dienst direct bij ons af (soms een collega, een afdeling of het bestuur); de eindklant is voor wie het uiteindelijk bedoeld is: de inwoner of ondernemer.",
      rule: "Welke regel, procedure of welk systeem schuurt?",
      ruleLevel: "Niveau van die regel",
      unwantedEffect: "Ongewenst effect als je de regel gewoon volgt",
      bedoeling: "De bedoeling: waar is de regel voor, en wat wil onze organisatie hier bereiken?",
      bedoelingHint:
        "Het gaat om de bedoeling van de organisatie achter de regel, niet je eigen mening over wat goed zou zijn. Bijvoorbeeld: “bestaanszekerheid en eigen regie”.",
      roomWithinRule: "Welke ruimte geeft de regel zoals hij er staat al?",
      roomWithinRuleHint:
        "Kijk eerst binnen de regel: een uitzondering, een hardheidsclausule, ruimte voor maatwerk of een termijn. Zie je geen ruimte, schrijf dat dan op.",
      proposal: "Je voorstel",
      proposalHint: "Wat wil je doen, voor wie en hoe lang? Het mag tijdelijk zijn.",
      ifNothingIsDone: "Wat gebeurt er als we niets doen?",
      ifNothingIsDoneHint: "Voor de inwoner en voor de organisatie, ook op langere termijn.",
      urgency: "Urgentie",
      team: "Team",
      anonymous: "Anoniem indienen (er wordt dan niets over jou bewaard; je volgt de casus met een code die je één keer krijgt)",
    },
    customerRole: {
      customer: "klant: neemt de dienst direct bij ons af",
      "end-customer": "eindklant: voor wie het uiteindelijk bedoeld is",
      both: "allebei: de inwoner staat zelf voor ons",
    } satisfies Record<CustomerRole, string>,
  },
  decideForm: {
    title: "Besluiten",
    submit: "Besluit vastleggen",
    intro: "Leg vast wat er besloten is, op welk niveau en wat er is afgewogen, zodat het besluit ook naar boven uit te leggen is.",
    outcome: "Uitkomst",
    level: "Wie besluit (niveau)?",
    reasons: "Onderbouwing (waarom dit besluit?)",
    weighed: (value: string) => `Afgewogen: ${value}`,
    otherValues: "Andere publieke waarden die je afwoog (bijvoorbeeld transparantie)",
    owner: "Eigenaar voor de uitvoering (een teamlid)",
    ownerHint:
      "Als platform:id, bijvoorbeeld slack:U0123ABCD, msteams:29:… of console:naam. Leeg laten: de eigenaar blijft wie het nu is.",
    ownerShape: "Schrijf de eigenaar als platform:id, bijvoorbeeld slack:U0123ABCD, msteams:29:… of console:naam.",
    ownerIsSubmitter:
      "Wie de casus inbracht, wordt niet zonder eigen instemming eigenaar: wat je aankaart, hoort niet vanzelf van jou te worden. Kies een ander teamlid of laat het veld leeg; alleen de indiener zelf kan zich als eigenaar opgeven.",
  },
  escalateForm: { title: "Escaleren", submit: "Escaleren", to: "Aan wie (rol of overleg)?", question: "Wat is de vraag?" },
  pauseForm: { title: "Laten bezinken", submit: "Opslaan", until: "Terugkomen op (JJJJ-MM-DD)", note: "Waarom nu even niet?" },
  closeForm: { title: "Sluiten", submit: "Sluiten", reason: "Reden van sluiten" },
};

export type CaseFormTexts = typeof nl;

const en: CaseFormTexts = {
  form: {
    title: "Bring in a case",
    submit: "Submit",
    intro: "Does a rule work against its own intent? Describe the situation without names, BSN, address, phone number or date of birth.",
    fields: {
      title: "Title (one line)",
      situation: "Situation",
      situationHint: "What happened, to whom (in general terms: household, kind of income, life event)?",
      citizenNeed: "What does the resident really need?",
      citizenNeedHint: "The question, wish or problem behind the request, also when it is not said out loud. Who is in front of you, what is needed here, is there more going on?",
      customerRole: "Is that person the customer or the end customer?",
      customerRoleHint:
        "The customer receives the service from us directly (sometimes a colleague, a department or the board); the end customer is the one it is ultimately meant for: the resident or entrepreneur.",
      rule: "Which rule, procedure or system chafes?",
      ruleLevel: "Level of that rule",
      unwantedEffect: "Unwanted effect if you simply follow the rule",
      bedoeling: "The intent: what is the rule for, and what does our organisation want to achieve here?",
      bedoelingHint:
        "The organisation's intent behind the rule, not your own opinion of what would be right. For example: “income security and control over one's own life”.",
      roomWithinRule: "What room does the rule as written already give?",
      roomWithinRuleHint:
        "Look within the rule first: an exception, a hardship clause, room for tailoring or a time limit. If you see no room, say so.",
      proposal: "Your proposal",
      proposalHint: "What do you want to do, for whom and for how long? It may be temporary.",
      ifNothingIsDone: "What happens if we do nothing?",
      ifNothingIsDoneHint: "For the resident and for the organisation, also in the longer run.",
      urgency: "Urgency",
      team: "Team",
      anonymous: "Submit anonymously (nothing about you is stored; you follow the case with a code shown to you once)",
    },
    customerRole: {
      customer: "customer: receives the service from us directly",
      "end-customer": "end customer: the one it is ultimately meant for",
      both: "both: the resident deals with us directly",
    },
  },
  decideForm: {
    title: "Decide",
    submit: "Record decision",
    intro: "Record what was decided, at which level and what was weighed, so that the decision can be explained upward too.",
    outcome: "Outcome",
    level: "Who decides (level)?",
    reasons: "Reasons (why this decision?)",
    weighed: (value) => `Weighed: ${value}`,
    otherValues: "Other public values you weighed (for example transparency)",
    owner: "Owner for carrying it out (a team member)",
    ownerHint: "As platform:id, for example slack:U0123ABCD, msteams:29:… or console:name. Leave empty to keep the current owner.",
    ownerShape: "Write the owner as platform:id, for example slack:U0123ABCD, msteams:29:… or console:name.",
    ownerIsSubmitter:
      "Whoever brought the case in does not become its owner without agreeing: what you raise should not simply become yours. Choose another team member or leave the field empty; only the submitter can name themselves as owner.",
  },
  escalateForm: { title: "Escalate", submit: "Escalate", to: "To whom (role or meeting)?", question: "What is the question?" },
  pauseForm: { title: "Let it settle", submit: "Save", until: "Come back to it on (YYYY-MM-DD)", note: "Why not now?" },
  closeForm: { title: "Close", submit: "Close", reason: "Reason for closing" },
};

export const caseFormTexts: Record<Language, CaseFormTexts> = { nl, en };
