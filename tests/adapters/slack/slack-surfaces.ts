// Reading back what the adapter sent to the (fake) Web API, as a person in Slack would see it, and
// filling in a modal as Slack would send it on submit. Used by the scenario driver.

export interface SentElement {
  type: string;
  action_id?: string;
  text?: string | { text: string };
  value?: string;
  initial_value?: string;
  initial_option?: { value: string };
  initial_options?: unknown[];
  initial_date?: string;
}

export interface SentBlock {
  type: string;
  block_id?: string;
  text?: { text: string };
  fields?: { text: string }[];
  elements?: SentElement[];
  element?: SentElement;
}

export interface SentModal {
  callback_id: string;
  private_metadata: string;
  blocks: SentBlock[];
  /** A form has a submit button; the answer to a form, shown in the modal, has none. */
  submit?: unknown;
}

export interface SentButton {
  label: string;
  actionId: string;
  value?: string;
  blockId?: string;
}

/** All text a person sees in a message, with Slack's escapes undone. */
export function visibleText(blocks: SentBlock[] | undefined, fallback: string): string {
  if (!blocks?.length) return unescape(fallback);
  const parts = blocks.flatMap((block) => [block.text?.text ?? "", ...(block.fields ?? []).map((field) => field.text), ...(block.elements ?? []).map(textOf)]);
  return unescape(parts.filter(Boolean).join("\n"));
}

export function buttonsIn(blocks: SentBlock[]): SentButton[] {
  return blocks
    .filter((block) => block.type === "actions")
    .flatMap((block) => (block.elements ?? []).map((element) => ({ label: textOf(element), actionId: element.action_id ?? "", value: element.value, blockId: block.block_id })));
}

/** The fields of a modal (input block ids) and their prefilled values. */
export function readModal(view: SentModal): { fieldNames: string[]; initial: Record<string, string> } {
  const inputs = view.blocks.filter((block) => block.type === "input" && block.element);
  const initial: Record<string, string> = {};
  for (const { block_id, element } of inputs) {
    const checked = element!.type === "checkboxes" ? String(Boolean(element!.initial_options?.length)) : undefined;
    const value = element!.initial_value ?? element!.initial_option?.value ?? element!.initial_date ?? checked;
    if (value !== undefined) initial[block_id!] = value;
  }
  return { fieldNames: inputs.map((block) => block.block_id!), initial };
}

/** view.state.values as Slack sends it on submit: per block, per action, in the element's own shape. */
export function stateOf(view: SentModal, values: Record<string, string>): Record<string, Record<string, unknown>> {
  const state: Record<string, Record<string, unknown>> = {};
  for (const block of view.blocks.filter((candidate) => candidate.type === "input" && candidate.element)) {
    const { type, action_id } = block.element!;
    const value = values[block.block_id!] ?? "";
    const plain = (text: string) => ({ type: "plain_text", text });
    const entry =
      type === "static_select"
        ? { type, selected_option: value ? { text: plain(value), value } : null }
        : type === "checkboxes"
          ? { type, selected_options: value === "true" ? [{ text: plain("Ja"), value: "true" }] : [] }
          : type === "datepicker"
            ? { type, selected_date: value || null }
            : { type, value: value || null };
    state[block.block_id!] = { [action_id!]: entry };
  }
  return state;
}

function textOf(element: SentElement): string {
  return typeof element.text === "string" ? element.text : (element.text?.text ?? "");
}

function unescape(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}
