import type { Core } from "../dispatch/core.ts";
import type { Language, Reply, UserRef } from "../chat/vocabulary.ts";
import { formatUser, parseUser, textMessage } from "../chat/vocabulary.ts";
import { stringIn } from "../forms/form-context.ts";
import { validateForm } from "../forms/validate-form.ts";
import { findPrompt } from "../reflection/prompt-library.ts";
import type { Slot } from "../scheduling/cron-slots.ts";
import { teamsLedBy } from "../cases/permissions.ts";
import { nextPersonalPrompt, personalPromptMessage, sendPersonalPrompt } from "../reflection/personal-prompts.ts";
import { isWorkingDay } from "../time/holidays.ts";
import { localParts } from "../time/local-time.ts";
import { addEntry, findSubscription, listEntries, listSubscriptions, subscribe, unsubscribe } from "./logbook-store.ts";
import { logbookTexts } from "./logbook-texts.ts";

const WEEKDAY_WORDS: Record<string, number> = {
  werkdagen: 0, werkdag: 0, weekdays: 0, ma: 1, maandag: 1, monday: 1, di: 2, dinsdag: 2, tuesday: 2, wo: 3, woensdag: 3,
  wednesday: 3, do: 4, donderdag: 4, thursday: 4, vr: 5, vrijdag: 5, friday: 5, za: 6, zaterdag: 6, saturday: 6, zo: 7,
  zondag: 7, sunday: 7,
};

/** `/casus logboek aan [dag] [HH:MM] | uit | export`. */
export function logbookCommand(core: Core, user: UserRef, words: string[], language: Language): Reply {
  const t = logbookTexts[language];
  const [action = "", ...rest] = words.map((word) => word.toLowerCase());
  if (["aan", "on"].includes(action)) {
    const weekday = rest[0] === undefined ? DEFAULT_WEEKDAY : WEEKDAY_WORDS[rest[0]];
    if (weekday === undefined) return notice(t.badSchedule);
    return turnLogbookOn(core, user, language, weekday, rest[1]);
  }
  if (["uit", "off"].includes(action)) return turnLogbookOff(core, user, language);
  if (action === "export") return exportLogbook(core, user, language);
  const subscription = findSubscription(core.db, formatUser(user));
  return notice(subscription ? t.subscribed(t.weekdays[subscription.weekday]!, subscription.time) : t.notSubscribed);
}

/** Friday at four unless the person names another moment. */
const DEFAULT_WEEKDAY = 5;
const DEFAULT_TIME = "16:00";

/** A private logbook prompt on a weekday (0: every working day) at a local time. */
export function turnLogbookOn(core: Core, user: UserRef, language: Language, weekday = DEFAULT_WEEKDAY, time = DEFAULT_TIME): Reply {
  const t = logbookTexts[language];
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) return notice(t.badSchedule);
  subscribe(core.db, { userKey: formatUser(user), weekday, time, language }, core.clock.now());
  return notice(t.subscribed(t.weekdays[weekday]!, time));
}

export function turnLogbookOff(core: Core, user: UserRef, language: Language): Reply {
  unsubscribe(core.db, formatUser(user));
  return notice(logbookTexts[language].unsubscribed);
}

function exportLogbook(core: Core, user: UserRef, language: Language): Reply {
  const t = logbookTexts[language];
  const entries = listEntries(core.db, formatUser(user));
  if (entries.length === 0) return notice(t.exportEmpty);
  const lines = entries.map((entry) => `- ${entry.createdAt.slice(0, 10)}: ${entry.text}`);
  return notice(`${t.exportHeading(entries.length)}\n${lines.join("\n")}`);
}

/** The logbook job (every 15 minutes): a private prompt to everyone whose moment fell in this slot. */
export async function sendLogbookPrompts(core: Core, slot: Slot): Promise<number> {
  const now = localParts(slot.at, core.config.timezone);
  const slotMinutes = now.hour * 60 + now.minute;
  const weekday = new Date(Date.UTC(now.year, now.month - 1, now.day)).getUTCDay() || 7;
  let sent = 0;
  for (const subscription of listSubscriptions(core.db)) {
    const [hours, minutes] = subscription.time.split(":").map(Number) as [number, number];
    const wanted = hours * 60 + minutes;
    const isDay = subscription.weekday === 0 ? isWorkingDay(slot.at, core.config.timezone) : subscription.weekday === weekday;
    if (!isDay || wanted > slotMinutes || wanted <= slotMinutes - 15) continue;
    const user = parseUser(subscription.userKey);
    const audiences = teamsLedBy(core, user ?? { platform: "console", id: "" }).length > 0 ? LEAD_AUDIENCES : EMPLOYEE_AUDIENCES;
    const prompt = user && nextPersonalPrompt(core, subscription.userKey, "logbook", audiences);
    if (!user || !prompt) continue;
    const t = logbookTexts[subscription.language];
    const message = () => personalPromptMessage(core, prompt, subscription.language, t.heading, t.writeButton, undefined, { kind: "logbook" });
    if (sendPersonalPrompt(core, user, "logbook", slot.key, message, prompt)) sent += 1;
  }
  await core.outbox.whenIdle();
  return sent;
}

/** The logbook never draws a prompt meant for another role: teamleider prompts only for leads, MT prompts never. */
const EMPLOYEE_AUDIENCES = ["everyone", "employee"] as const;
const LEAD_AUDIENCES = ["everyone", "employee", "lead"] as const;

export function openLogbookForm(core: Core, user: UserRef, promptId: string): Reply {
  const language = findSubscription(core.db, formatUser(user))?.language ?? core.config.language;
  const t = logbookTexts[language];
  const prompt = findPrompt(core.library, promptId);
  if (!prompt) return notice(t.unknownPrompt);
  return {
    kind: "open-form",
    form: {
      id: "logbook.submit",
      title: t.formTitle,
      submitLabel: t.formSubmit,
      intro: prompt?.text[language],
      fields: [{ name: "text", label: t.entryLabel, kind: "textarea", isRequired: true, maxLength: 2000 }],
      context: JSON.stringify({ prompt: promptId }),
    },
  };
}

export function submitLogbookEntry(core: Core, user: UserRef, context: string, raw: Record<string, string>): Reply {
  const language = findSubscription(core.db, formatUser(user))?.language ?? core.config.language;
  const check = validateForm([{ name: "text", label: "", kind: "textarea", isRequired: true, maxLength: 2000 }], raw, language);
  if (!check.ok) return { kind: "form-errors", errors: check.errors };
  const promptId = stringIn(context, "prompt") ?? "";
  if (!findPrompt(core.library, promptId)) return notice(logbookTexts[language].unknownPrompt);
  addEntry(core.db, formatUser(user), promptId, check.values.text!, core.clock.now());
  return notice(logbookTexts[language].saved);
}

function notice(text: string): Reply {
  return { kind: "notice", message: textMessage(text) };
}
