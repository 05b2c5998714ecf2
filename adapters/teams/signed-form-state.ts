// A dialog's state (which form, its context, the launcher card to replace, whom it was opened for)
// travels through the Teams client in the submit button's data, and the client can edit that data. So
// it travels signed with the per-install secret and is only believed when it comes back unaltered and
// from the person it was opened for. The "Formulier openen" button carries its typist the same way.
import { z } from "zod";
import type { Form } from "../../src/chat/vocabulary.ts";
import type { Db } from "../../src/storage/database.ts";
import { sign, verify } from "../../src/storage/install-secret.ts";

export interface FormState {
  form: Form;
  /** Activity id of the "Formulier openen" card in the chat; Teams omits replyToId on task/submit. */
  launcher?: string;
  /** The Teams user id of the person the dialog was opened for. */
  openedFor: string;
}

export type FormStateRefusal = "unsigned" | "altered" | "malformed" | "not-yours";
export type OpenedFormState = { ok: true; state: FormState } | { ok: false; reason: FormStateRefusal };

/** What a "Formulier openen" button says: the command text, and whether the presser typed it. */
export interface OpenedLauncher {
  text: string;
  isOwn: boolean;
}

export interface FormSeals {
  sealFormState(state: FormState): string;
  openFormState(sealed: unknown, userId: string): OpenedFormState;
  sealLauncher(openedFor: string, text: string): string;
  openLauncher(value: string | undefined, userId: string): OpenedLauncher;
}

// Each kind of signed value has its own prefix, so one can never pass for the other.
const FORM = "form:";
const LAUNCHER = "launcher:";

const field = z.object({
  name: z.string().min(1).max(100),
  label: z.string(),
  kind: z.enum(["text", "textarea", "select", "checkbox", "date"]),
  isRequired: z.boolean(),
  hint: z.string().optional(),
  maxLength: z.number().optional(),
  choices: z.array(z.object({ value: z.string(), label: z.string() })).optional(),
});
const formState = z.object({
  form: z.object({
    id: z.string().min(1).max(100),
    title: z.string(),
    submitLabel: z.string(),
    intro: z.string().optional(),
    fields: z.array(field).max(50),
    context: z.string().max(3000),
  }),
  launcher: z.string().max(300).optional(),
  openedFor: z.string().min(1).max(300),
});
const launcher = z.object({ openedFor: z.string().min(1), text: z.string().max(2000) });

export function formSeals(db: Db): FormSeals {
  return {
    sealFormState: (state) => sign(db, FORM + JSON.stringify(state)),
    openFormState(sealed, userId) {
      if (typeof sealed !== "string") return { ok: false, reason: "unsigned" };
      const value = verify(db, sealed);
      if (value === undefined || !value.startsWith(FORM)) return { ok: false, reason: "altered" };
      const parsed = formState.safeParse(parseJson(value.slice(FORM.length)));
      if (!parsed.success) return { ok: false, reason: "malformed" };
      if (parsed.data.openedFor !== userId) return { ok: false, reason: "not-yours" };
      return { ok: true, state: parsed.data };
    },
    sealLauncher: (openedFor, text) => sign(db, LAUNCHER + JSON.stringify({ openedFor, text })),
    openLauncher(value, userId) {
      const verified = value === undefined ? undefined : verify(db, value);
      const parsed = verified?.startsWith(LAUNCHER) ? launcher.safeParse(parseJson(verified.slice(LAUNCHER.length))) : undefined;
      // An unsigned value (a card from before signing, or a forged one) is no more than typed text.
      if (!parsed?.success) return { text: value ?? "", isOwn: false };
      return { text: parsed.data.text, isOwn: parsed.data.openedFor === userId };
    },
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
