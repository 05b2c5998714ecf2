import { describe, expect, it } from "vitest";
import { toAuthConfiguration } from "../../../adapters/teams/to-auth-configuration.ts";

const APP_ID = "3f2a9c1e-5b7d-4e8f-9a0b-1c2d3e4f5a6b";
const TENANT = "7d2b2f0c-0000-4000-8000-000000000042";
const connectionOf = (configuration: ReturnType<typeof toAuthConfiguration>) => [...configuration.connections!.values()];

describe("toAuthConfiguration", () => {
  it("names exactly one connection for every service URL, so the SDK takes nothing from its own environment variables", () => {
    const configuration = toAuthConfiguration({ appId: APP_ID, appPassword: "geheim", tenantId: TENANT, appType: "SingleTenant", isUnauthenticated: false });
    expect(configuration.connectionsMap).toEqual([{ serviceUrl: "*", connection: "serviceConnection" }]);
    expect(connectionOf(configuration)).toEqual([{ clientId: APP_ID, clientSecret: "geheim", tenantId: TENANT, authType: "ClientSecret", validateIssuer: true }]);
  });

  it("leaves the tenant to the Bot Framework for MultiTenant, and uses the managed identity for UserAssignedMSI", () => {
    const multi = toAuthConfiguration({ appId: APP_ID, appPassword: "geheim", tenantId: TENANT, appType: "MultiTenant", isUnauthenticated: false });
    expect(connectionOf(multi)).toEqual([{ clientId: APP_ID, clientSecret: "geheim", authType: "ClientSecret", validateIssuer: true }]);
    const managed = toAuthConfiguration({ appId: APP_ID, tenantId: TENANT, appType: "UserAssignedMSI", isUnauthenticated: false });
    expect(connectionOf(managed)).toEqual([{ clientId: APP_ID, tenantId: TENANT, authType: "UserManagedIdentity", validateIssuer: true }]);
  });

  it("takes SingleTenant when no app type is given, and then needs the tenant", () => {
    const settings = { appId: APP_ID, appPassword: "geheim", isUnauthenticated: false };
    expect(() => toAuthConfiguration(settings)).toThrow(expect.objectContaining({ code: "teams_settings_invalid", message: expect.stringMatching(/SingleTenant needs a tenant/) }));
    expect(connectionOf(toAuthConfiguration({ ...settings, tenantId: TENANT }))[0]).toMatchObject({ tenantId: TENANT });
  });

  it("is anonymous without an app id", () => {
    const configuration = toAuthConfiguration({ isUnauthenticated: true });
    expect(configuration.clientId).toBeUndefined();
    expect(connectionOf(configuration)).toEqual([{}]);
  });
});
