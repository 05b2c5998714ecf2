/** The start of the instant's UTC day, as stored where a finer time could identify a person. */
export function startOfUtcDay(instant: Date): string {
  return `${instant.toISOString().slice(0, 10)}T00:00:00.000Z`;
}
