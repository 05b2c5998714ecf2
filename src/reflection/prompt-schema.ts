import { z } from "zod";

/** Longest prompt text per language: a prompt is one or two sentences, readable in a chat preview. */
export const MAX_PROMPT_LENGTH = 280;
const MAX_LABEL_LENGTH = 60;
const KEBAB_CASE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Stands for the team's current change (config `reflection.change`), a noun phrase filled in when posted. */
export const CHANGE_PLACEHOLDER = "{change}";
/** Its prompts are drawn only when the team named its change, so each must name it. */
export const CHANGE_THEME = "veranderbereidheid";
const PLACEHOLDER = /\{[^{}\s]*\}/g;

function localText(maxLength: number) {
  const text = z.string().trim().min(1).max(maxLength);
  return z.strictObject({ nl: text, en: text });
}

export const ScaleSchema = z.strictObject({
  low: localText(MAX_LABEL_LENGTH),
  high: localText(MAX_LABEL_LENGTH),
});

export const PromptSchema = z.strictObject({
  id: z.string().regex(KEBAB_CASE, { error: 'must be kebab-case, like "klantfocus-01"' }),
  dimension: z
    .string()
    .regex(KEBAB_CASE, { error: 'must be kebab-case, like "lef-tonen", or null' })
    .nullable()
    .default(null),
  audience: z.enum(["everyone", "employee", "lead", "mt"]),
  mode: z.enum(["open", "pulse"]),
  mayBecomeCase: z.boolean(),
  /** "private": answers stay with their author whatever the team's setting; left out: the team decides. */
  visibility: z.literal("private").optional(),
  /** The prompt touches on safety or wellbeing: the vertrouwenspersoon is pointed out with it. */
  care: z.boolean().optional(),
  text: localText(MAX_PROMPT_LENGTH),
  scale: ScaleSchema.optional(),
});

/** The file around the prompts; each prompt is checked on its own so one bad prompt hides no other. */
export const ThemeFileSchema = z.strictObject({
  theme: z.string().regex(KEBAB_CASE, { error: "must be kebab-case, like the file name" }),
  title: localText(MAX_LABEL_LENGTH),
  sources: z.array(z.string().regex(/^S\d+$/, { error: 'must name a seed, like "S0"' })).min(1),
  prompts: z.array(z.unknown()).min(1),
});

export type ParsedPrompt = z.infer<typeof PromptSchema>;

/** Rules across fields, checked on the raw prompt so they are reported even when its shape is broken. */
export function checkPromptRules(raw: Record<string, unknown>, theme: string): string[] {
  const problems: string[] = [];
  if (typeof raw.id === "string" && !(raw.id.startsWith(`${theme}-`) && /^\d{2,}$/.test(raw.id.slice(theme.length + 1)))) {
    problems.push(`id must be "${theme}-" followed by a number, like "${theme}-01"`);
  }
  if (raw.mode === "pulse" && raw.scale === undefined) {
    problems.push("scale is required for a pulse prompt (labels for 1 and 5)");
  }
  if (raw.mode === "open" && raw.scale !== undefined) {
    problems.push("scale is only for pulse prompts: remove it or set mode to pulse");
  }
  const text = raw.text as Record<string, unknown> | undefined;
  if (typeof text?.nl === "string" && text.nl.trim() !== "" && text.nl.trim() === (text.en as string | undefined)?.trim()) {
    problems.push("text.en is the same as text.nl: write the English translation");
  }
  return [...problems, ...checkPlaceholders(text, theme)];
}

/** {change} is the only placeholder; a prompt that names the change does so in both languages. */
function checkPlaceholders(text: Record<string, unknown> | undefined, theme: string): string[] {
  const problems: string[] = [];
  const local = { nl: text?.nl, en: text?.en };
  for (const [language, value] of Object.entries(local)) {
    if (typeof value !== "string") continue;
    for (const token of new Set(value.match(PLACEHOLDER) ?? [])) {
      if (token !== CHANGE_PLACEHOLDER) problems.push(`text.${language} has an unknown placeholder ${token}: the only one is ${CHANGE_PLACEHOLDER}`);
    }
  }
  if (typeof local.nl !== "string" || typeof local.en !== "string") return problems;
  const inNl = local.nl.includes(CHANGE_PLACEHOLDER);
  const inEn = local.en.includes(CHANGE_PLACEHOLDER);
  if (inNl && !inEn) problems.push(`text.en must contain ${CHANGE_PLACEHOLDER} too, because text.nl names the change with it`);
  if (inEn && !inNl) problems.push(`text.nl must contain ${CHANGE_PLACEHOLDER} too, because text.en names the change with it`);
  if (theme === CHANGE_THEME && !inNl && !inEn) {
    problems.push(`text must name the team's change with ${CHANGE_PLACEHOLDER} in nl and en: every ${CHANGE_THEME} prompt does`);
  }
  return problems;
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === "number" ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), "");
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value as Record<PropertyKey, unknown> | undefined)?.[key], input);
}

/** What leaving an optional single-value field out means, told with the error. */
const OPTIONAL_HINT: Record<string, string> = { visibility: "or left out to follow the team's setting" };

const EXPECTED: Record<string, string> = { string: "text", boolean: "true or false", array: "a list", object: "a mapping" };

/** Turns one zod issue into a human sentence that starts with the path, e.g. "text.en is required". */
export function describeIssue(issue: z.core.$ZodIssue, input: unknown): string {
  const path = formatPath(issue.path);
  const subject = path || "the file";
  const isMissing = valueAt(input, issue.path) === undefined;
  switch (issue.code) {
    case "invalid_type":
      return isMissing ? `${subject} is required` : `${subject} must be ${EXPECTED[issue.expected] ?? issue.expected}`;
    case "invalid_value":
      if (isMissing) return `${subject} is required`;
      return issue.values.length === 1
        ? `${subject} must be "${String(issue.values[0])}"${OPTIONAL_HINT[path] ? `, ${OPTIONAL_HINT[path]}` : ""}`
        : `${subject} must be one of: ${issue.values.map(String).join(", ")}`;
    case "too_small":
      return issue.origin === "string" ? `${subject} must not be empty` : `${subject} needs at least ${issue.minimum} item(s)`;
    case "too_big":
      return `${subject} is longer than ${issue.maximum} characters`;
    case "unrecognized_keys":
      return `${path ? `${path}: ` : ""}unknown field(s) ${issue.keys.map((key) => `"${key}"`).join(", ")}`;
    default:
      return `${subject} ${issue.message}`;
  }
}
