/**
 * The addressee beyond the teams in every scenario: "Beleid Werk en Inkomen", answered for by Bram.
 * Each driver gives it a channel on its platform (the console needs none: "#beleid").
 */
export function scenarioAddressee(bram: string, channels: Record<string, { channel: string }> = {}): Record<string, unknown> {
  return { addressees: [{ key: "beleid", name: "Beleid Werk en Inkomen", people: [bram], ...channels }] };
}
