// What an activity must be before the SDK or the core sees it: from Teams, from a tenant we serve,
// and, in the unauthenticated local mode, pointing at this machine only, so that a crafted activity
// cannot make the bot call out to an address of the sender's choosing.

export interface AdmissionRules {
  /** Tenant ids the bot serves (config `msteams.allowedTenants`); unset or empty: any tenant. */
  allowedTenants?: readonly string[];
  /** Unauthenticated local mode: only loopback service URLs. */
  isLoopbackOnly: boolean;
}

export type Admission = { ok: true } | { ok: false; status: 400 | 403; error: string };

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

/** Checks one parsed activity body; a refusal carries the HTTP status and a code, never content. */
export function admitActivity(body: Record<string, unknown>, rules: AdmissionRules): Admission {
  if (body.channelId !== "msteams") return { ok: false, status: 400, error: "not_msteams" };
  if (rules.isLoopbackOnly && !isLoopbackUrl(body.serviceUrl)) return { ok: false, status: 403, error: "service_url_not_loopback" };
  if (rules.allowedTenants?.length && !isAllowedTenant(body, rules.allowedTenants)) return { ok: false, status: 403, error: "tenant_not_allowed" };
  return { ok: true };
}

/** http(s) on 127.0.0.1, localhost or [::1]; anything else (also "localhost.example.org") is not. */
export function isLoopbackUrl(value: unknown): boolean {
  if (typeof value !== "string") return false;
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && LOOPBACK_HOSTS.has(url.hostname);
  } catch {
    return false;
  }
}

/** Teams names the tenant on the conversation and in channelData; each one given must be allowed. */
function isAllowedTenant(body: Record<string, unknown>, allowed: readonly string[]): boolean {
  const conversation = body.conversation as { tenantId?: unknown } | undefined;
  const channelData = (typeof body.channelData === "object" && body.channelData !== null ? body.channelData : {}) as { tenant?: { id?: unknown } | null };
  const given = [conversation?.tenantId, channelData.tenant?.id].filter((tenant) => tenant !== undefined);
  return given.length > 0 && given.every((tenant) => typeof tenant === "string" && allowed.includes(tenant));
}
