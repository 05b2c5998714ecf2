import { ConfigurationBotFrameworkAuthentication } from "botbuilder";
import type { TeamsSettings } from "../../src/config/environment.ts";
import type { HttpClient } from "./paced-http-client.ts";
import { TeamsError } from "./teams-error.ts";

/**
 * The Bot Framework authentication from our settings, under the names the SDK reads. Without an app id
 * the SDK disables authentication both ways: incoming requests need no JWT (it hands out an anonymous
 * identity) and outgoing calls carry no token (MicrosoftAppCredentials.Empty); the SDK allows plain
 * http:// service URLs, so the tests can talk to a fake Bot Connector on 127.0.0.1 with no token
 * endpoint at all. With an app id, MSAL fetches tokens from Entra ID; that cannot be exercised offline.
 * Our paced transport carries every outgoing Bot Connector call.
 */
export function createAuthentication(settings: TeamsSettings, httpClient: HttpClient): ConfigurationBotFrameworkAuthentication {
  const configuration = settings.isUnauthenticated
    ? {}
    : {
        MicrosoftAppId: settings.appId,
        MicrosoftAppPassword: settings.appPassword,
        MicrosoftAppTenantId: settings.tenantId,
        MicrosoftAppType: settings.appType,
      };
  try {
    return new ConfigurationBotFrameworkAuthentication(configuration, undefined, undefined, undefined, { httpClient });
  } catch (error) {
    // The SDK asserts combinations (SingleTenant needs a tenant id, UserAssignedMSI no password).
    throw new TeamsError("teams_settings_invalid", `Teams settings rejected: ${(error as Error).message}`, undefined, { cause: error });
  }
}
