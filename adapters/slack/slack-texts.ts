import type { Language } from "../../src/chat/vocabulary.ts";

// The few words only the Slack adapter shows; everything else comes from the core.
export const slackTexts: Record<Language, SlackTexts> = {
  nl: {
    cancel: "Annuleren",
    yes: "Ja",
    continued: "(vervolg)",
    failed: "Er ging iets mis aan onze kant; er is niets half opgeslagen. Probeer het zo nog eens.",
    formNotSaved: "Je formulier is niet opgeslagen. Verbeter dit en probeer het opnieuw:",
    formTooLarge: "Dit formulier past niet in Slack. Meld dit aan de beheerder.",
    sent: "Verstuurd",
    close: "Sluiten",
  },
  en: {
    cancel: "Cancel",
    yes: "Yes",
    continued: "(continued)",
    failed: "Something went wrong on our side; nothing was half saved. Please try again shortly.",
    formNotSaved: "Your form was not saved. Please fix this and try again:",
    formTooLarge: "This form does not fit in Slack. Please tell the administrator.",
    sent: "Sent",
    close: "Close",
  },
};

export interface SlackTexts {
  cancel: string;
  yes: string;
  continued: string;
  failed: string;
  formNotSaved: string;
  formTooLarge: string;
  sent: string;
  close: string;
}
