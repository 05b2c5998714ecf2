import type { Language } from "../../src/chat/vocabulary.ts";

// The few words only the Teams adapter says; everything else comes from the core.
const nl = {
  appName: "bedoeling-bot",
  openForm: "Formulier openen",
  formSent: "Verstuurd. Dit formulier is afgehandeld.",
  done: "Gedaan.",
  choose: "Kies…",
  required: "Dit veld is verplicht.",
  failed: "Er ging iets mis aan onze kant. Probeer het zo nog eens.",
  yourId: (id: string) => `Je Teams-id is \`${id}\`. Een beheerder zet je als teamleider in de configuratie met \`msteams:${id}\`.`,
};

export type TeamsTexts = typeof nl;

const en: TeamsTexts = {
  appName: "bedoeling-bot",
  openForm: "Open the form",
  formSent: "Sent. This form has been handled.",
  done: "Done.",
  choose: "Choose…",
  required: "This field is required.",
  failed: "Something went wrong on our side. Please try again in a moment.",
  yourId: (id) => `Your Teams id is \`${id}\`. An operator makes you a team lead in the configuration with \`msteams:${id}\`.`,
};

export const teamsTexts: Record<Language, TeamsTexts> = { nl, en };
