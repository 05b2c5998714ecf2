import type { RunningBot } from "../composition/create-bot.ts";
import type { Form, Interaction, Reply, UserRef } from "../chat/vocabulary.ts";
import type { FakeClock } from "../time/clock.ts";
import { localMinuteKey } from "../time/local-time.ts";

type WithoutUser<T> = T extends unknown ? Omit<T, "user"> : never;
/** An interaction without its person: the script says who acts. */
export type DemoAction = WithoutUser<Interaction>;

export interface DemoScript {
  /** Moves the clock, prints the moment and runs what the scheduler has due. */
  at(utc: string, label: string): Promise<void>;
  /** Does something as a person and prints what only they saw. */
  act(who: string, interaction: DemoAction): Promise<Reply>;
  /** Presses a button and, when it opens a form, fills it in: the form's own prefilled values, then these. */
  pressAndFill(who: string, action: string, value: string | number, values: Record<string, string>): Promise<Reply>;
  note(text: string): void;
}

export const demoPerson = (id: string): UserRef => ({ platform: "console", id });

/** The demo's way of acting: through the core as the console adapter would, printing as it goes. */
export function demoScript(bot: RunningBot, clock: FakeClock, write: (text: string) => void): DemoScript {
  const act = async (who: string, interaction: DemoAction): Promise<Reply> => {
    const reply = await bot.handle({ ...interaction, user: demoPerson(who) } as Interaction);
    await bot.whenIdle();
    if (reply.kind === "notice") write(`[alleen voor ${who}] ${reply.message.text}`);
    if (reply.kind === "form-errors") write(`[formulierfout voor ${who}] ${Object.values(reply.errors).join(" ")}`);
    if (reply.kind === "open-form") write(`[${who} opent het formulier “${reply.form.title}”]`);
    return reply;
  };
  return {
    at: async (utc, label) => {
      clock.set(utc);
      write(`\n######## ${localMinuteKey(clock.now(), bot.core.config.timezone).replace("T", " ")} · ${label}`);
      await bot.scheduler.tick();
      await bot.whenIdle();
    },
    act,
    pressAndFill: async (who, action, value, values) => {
      const opened = await act(who, { kind: "button", place: {}, action, value: String(value) });
      if (opened.kind !== "open-form") return opened;
      const form: Form = opened.form;
      const initial = Object.fromEntries(form.fields.flatMap((field) => (field.initial ? [[field.name, field.initial]] : [])));
      return act(who, { kind: "form-submit", place: {}, formId: form.id, context: form.context, values: { ...initial, ...values } });
    },
    note: (text) => write(text),
  };
}
