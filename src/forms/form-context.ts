/** Reads a form's opaque context back; a tampered or broken context reads as empty, never throws. */
export function readContext(context: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(context);
    return parsed && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

export function numberIn(context: string, key: string): number | undefined {
  const value = readContext(context)[key];
  return typeof value === "number" && Number.isInteger(value) ? value : undefined;
}

export function stringIn(context: string, key: string): string | undefined {
  const value = readContext(context)[key];
  return typeof value === "string" ? value : undefined;
}
