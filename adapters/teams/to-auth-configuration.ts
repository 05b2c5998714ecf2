import { AuthType, type AuthConfiguration } from "@microsoft/agents-hosting";
import type { TeamsSettings } from "../../src/config/environment.ts";
import { TeamsError } from "./teams-error.ts";

/** Where incoming tokens are checked: Microsoft Entra ID, unless a test brings its own signer. */
export interface TokenAuthority {
  /** Its `<tenant>/discovery/v2.0/keys` holds the signing keys of `issuers`. */
  authorityEndpoint: string;
  /** Accepted besides the Bot Framework's and Microsoft's own first-party issuers. */
  issuers: string[];
}

const CONNECTION = "serviceConnection";

/**
 * Our settings as the Agents SDK's AuthConfiguration. Keys left out are filled by the SDK from
 * environment variables of its own naming (`clientId`, `Connections__…`, read at load time), so one
 * explicit connection is always given: our settings stay the only source. Without an app id that
 * connection is anonymous: requests need no token, outgoing calls carry none (local testing only).
 * Issuers are always checked: Teams' tokens come from the Bot Framework's issuer, or the tenant's.
 */
export function toAuthConfiguration(settings: TeamsSettings, authority?: TokenAuthority): AuthConfiguration {
  const connection: AuthConfiguration = settings.isUnauthenticated ? {} : { ...credentialsOf(settings), validateIssuer: true, ...authority };
  return { ...connection, connections: new Map([[CONNECTION, connection]]), connectionsMap: [{ serviceUrl: "*", connection: CONNECTION }] };
}

/** MICROSOFT_APP_TYPE as the SDK names it; the SDK itself does not assert the combinations. */
function credentialsOf(settings: TeamsSettings): AuthConfiguration {
  const { appId: clientId, appPassword: clientSecret, tenantId } = settings;
  const appType = settings.appType ?? "SingleTenant";
  if (!clientId) throw invalid("an app id is needed");
  if (appType !== "MultiTenant" && !tenantId) throw invalid(`${appType} needs a tenant id`);
  switch (appType) {
    case "SingleTenant":
    case "MultiTenant":
      if (!clientSecret) throw invalid(`${appType} needs a password`);
      // No tenant: the SDK takes the Bot Framework's own tenant, as MultiTenant registrations need.
      return { clientId, clientSecret, authType: AuthType.ClientSecret, ...(appType === "SingleTenant" ? { tenantId } : {}) };
    case "UserAssignedMSI":
      return { clientId, tenantId, authType: AuthType.UserManagedIdentity };
    default:
      throw invalid(`unknown app type ${appType}`);
  }
}

function invalid(reason: string): TeamsError {
  return new TeamsError("teams_settings_invalid", `Teams settings rejected: ${reason}`);
}
