import { z } from "zod";

// One entry of view.state.values[block_id][action_id], for the elements our modals use.
const elementState = z.object({
  type: z.string(),
  value: z.string().nullish(),
  selected_option: z.object({ value: z.string() }).nullish(),
  selected_options: z.array(z.object({ value: z.string() })).nullish(),
  selected_date: z.string().nullish(),
});

export const viewStateSchema = z.object({ values: z.record(z.string(), z.record(z.string(), elementState)) });

/** Field values by field name (our block_id), as the core expects them: strings, "" when empty. */
export function readViewValues(state: z.infer<typeof viewStateSchema>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [blockId, actions] of Object.entries(state.values)) {
    const element = Object.values(actions)[0];
    if (element) values[blockId] = valueOf(element);
  }
  return values;
}

function valueOf(element: z.infer<typeof elementState>): string {
  switch (element.type) {
    case "checkboxes":
      return (element.selected_options ?? []).length > 0 ? (element.selected_options ?? []).map((option) => option.value).join(",") : "false";
    case "static_select":
    case "radio_buttons":
      return element.selected_option?.value ?? "";
    case "datepicker":
      return element.selected_date ?? "";
    default:
      return element.value ?? "";
  }
}
