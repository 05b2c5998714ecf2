// Reads Adaptive Cards back the way a person sees them: their text, their buttons, their form.

type Json = Record<string, unknown>;

export interface CardButton {
  label: string;
  action: string;
  value?: string;
  data: Json;
}

export interface CardForm {
  formId: string;
  fields: { id: string; type: string; value?: string }[];
  submitData: Json;
  errors: Record<string, string>;
}

/** The card of a message activity (the first Adaptive Card attachment). */
export function cardOf(activity: unknown): Json | undefined {
  const attachments = (activity as { attachments?: { contentType?: string; content?: Json }[] } | undefined)?.attachments ?? [];
  return attachments.find((attachment) => attachment.contentType === "application/vnd.microsoft.card.adaptive")?.content;
}

/** The card inside a dialog answer ({task: {type: "continue", value: {card}}}). */
export function dialogCardOf(body: unknown): Json | undefined {
  const task = (body as { task?: { type?: string; value?: { card?: { content?: Json } } } } | undefined)?.task;
  return task?.type === "continue" ? task.value?.card?.content : undefined;
}

export function dialogMessageOf(body: unknown): string | undefined {
  const task = (body as { task?: { type?: string; value?: unknown } } | undefined)?.task;
  return task?.type === "message" && typeof task.value === "string" ? task.value : undefined;
}

function elements(card: Json): Json[] {
  const result: Json[] = [];
  const visit = (items: unknown) => {
    for (const item of (items as Json[] | undefined) ?? []) {
      result.push(item);
      visit(item.items);
      for (const column of (item.columns as Json[] | undefined) ?? []) visit(column.items);
    }
  };
  visit(card.body);
  return result;
}

/** All visible text, Markdown markers removed, one element per line. */
export function cardText(card: unknown): string {
  if (!card) return "";
  return elements(card as Json)
    .flatMap((element) => {
      if (element.type === "TextBlock") return [String(element.text)];
      if (element.type === "FactSet") return (element.facts as { title: string; value: string }[]).map((fact) => `${fact.title}: ${fact.value}`);
      return [];
    })
    .join("\n")
    .replace(/\*\*/g, "");
}

export function cardButtons(input: unknown): CardButton[] {
  if (!input) return [];
  const card = input as Json;
  const actions = [...elements(card).flatMap((element) => (element.type === "ActionSet" ? (element.actions as Json[]) : [])), ...((card.actions as Json[] | undefined) ?? [])];
  return actions
    .filter((action) => action.type === "Action.Submit" && (action.data as Json | undefined)?.action)
    .map((action) => {
      const data = action.data as Json;
      return { label: String(action.title), action: String(data.action), ...(typeof data.value === "string" ? { value: data.value } : {}), data };
    });
}

/** The form in a dialog card: its inputs, what its submit button sends, and errors shown under fields. */
export function readForm(input: unknown): CardForm | undefined {
  if (!input) return undefined;
  const card = input as Json;
  const submit = ((card.actions as Json[] | undefined) ?? []).find((action) => (action.data as Json | undefined)?.form);
  if (!submit) return undefined;
  // Cards from before signing carried the state as an object; reading it keeps old-code runs meaningful.
  const carried = (submit.data as { form: unknown }).form;
  const state = typeof carried === "string" ? signedStateOf(submit.data) : (carried as { form: { id: string } });
  const all = elements(card);
  const errors: Record<string, string> = {};
  for (const element of all) {
    if (element.type === "TextBlock" && typeof element.id === "string" && element.id.endsWith("-error")) {
      errors[element.id.slice(0, -"-error".length)] = String(element.text);
    }
  }
  const fields = all
    .filter((element) => String(element.type).startsWith("Input."))
    .map((element) => ({ id: String(element.id), type: String(element.type), ...(element.value !== undefined ? { value: String(element.value) } : {}) }));
  return { formId: state.form.id, fields, submitData: submit.data as Json, errors };
}

/** What a form's signed state says, read the way anyone with the card can: "form:<json>.<signature>". */
export function signedStateOf(submitData: unknown): { form: { id: string; context: string }; launcher?: string; openedFor: string } {
  const signed = String((submitData as { form?: unknown }).form);
  return JSON.parse(signed.slice("form:".length, signed.lastIndexOf("."))) as ReturnType<typeof signedStateOf>;
}
