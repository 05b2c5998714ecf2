import type { Language } from "../../src/chat/vocabulary.ts";

// The few words only the Teams adapter says; everything else comes from the core.
const nl = {
  appName: "bedoeling-bot",
  openForm: "Formulier openen",
  formSent: "Formulier verstuurd.",
  formSentWithoutCopy: "Formulier verstuurd. Een persoonlijk bericht met de bevestiging kon ik je niet sturen.",
  formRefused:
    "Dit formulier kan ik niet aannemen: het is onderweg veranderd of het is voor iemand anders geopend. Er is niets opgeslagen. Open het formulier opnieuw.",
  sentPrivately: "Ik heb je een persoonlijk bericht gestuurd.",
  privateUnreachable:
    "Ik kon je geen persoonlijk bericht sturen. Open je chat met bedoeling-bot (Apps → bedoeling-bot) en vraag het daar opnieuw.",
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
  formSent: "Form sent.",
  formSentWithoutCopy: "Form sent. I couldn't send you a personal message with the confirmation.",
  formRefused: "I can't accept this form: it changed on the way or was opened for someone else. Nothing was saved. Please open the form again.",
  sentPrivately: "I've sent you a personal message.",
  privateUnreachable: "I couldn't send you a personal message. Open your chat with bedoeling-bot (Apps → bedoeling-bot) and ask there again.",
  done: "Done.",
  choose: "Choose…",
  required: "This field is required.",
  failed: "Something went wrong on our side. Please try again in a moment.",
  yourId: (id) => `Your Teams id is \`${id}\`. An operator makes you a team lead in the configuration with \`msteams:${id}\`.`,
};

export const teamsTexts: Record<Language, TeamsTexts> = { nl, en };
