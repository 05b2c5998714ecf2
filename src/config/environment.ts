import { z } from "zod";
import { describeIssues } from "./load-config.ts";

export interface SlackSettings {
  botToken: string;
  signingSecret: string;
  /** Set: Socket Mode. Unset: HTTP events at /slack/events. */
  appToken?: string;
  /** Another Web API base (a proxy or a test server); ends with "/". */
  apiUrl?: string;
}

export interface TeamsSettings {
  appId?: string;
  appPassword?: string;
  tenantId?: string;
  /** SingleTenant (the default), MultiTenant or UserAssignedMSI, as the Azure Bot was registered. */
  appType?: string;
  /** No app id: requests are not authenticated. Only for local testing. */
  isUnauthenticated: boolean;
}

/**
 * The outbound proxy for every call to Slack and Microsoft (HTTPS_PROXY, HTTP_PROXY, NO_PROXY). Empty:
 * calls go direct. The lower-case spellings many Linux hosts set are read too; the upper-case ones win.
 */
export interface ProxySettings {
  /** For https:// addresses; when empty, `httpProxy` serves them too, as undici (fetch) does. */
  httpsProxy?: string;
  /** For http:// addresses. */
  httpProxy?: string;
  /** Hosts reached directly: names, `.suffix` or `*.suffix`, `host:port`, IP addresses, or `*` for all. */
  noProxy?: string;
}

export interface Settings {
  port: number;
  databasePath: string;
  configPath: string;
  logLevel: string;
  isProduction: boolean;
  slack?: SlackSettings;
  teams?: TeamsSettings;
  proxy: ProxySettings;
}

const proxyUrl = z
  .url({ protocol: /^https?$/, error: "moet een http://- of https://-adres zijn, bijvoorbeeld http://proxy.gemeente.example:8080" })
  .optional();

const environmentSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  DATABASE_PATH: z.string().min(1).default("./data/bedoeling.db"),
  BEDOELING_CONFIG: z.string().min(1).default("./bedoeling.config.yaml"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  NODE_ENV: z.string().optional(),
  SLACK_BOT_TOKEN: z.string().min(1).optional(),
  SLACK_SIGNING_SECRET: z.string().min(1).optional(),
  SLACK_APP_TOKEN: z.string().min(1).optional(),
  SLACK_API_URL: z.url().refine((url) => url.endsWith("/"), "moet eindigen op /").optional(),
  MICROSOFT_APP_ID: z.string().min(1).optional(),
  MICROSOFT_APP_PASSWORD: z.string().min(1).optional(),
  MICROSOFT_APP_TENANT_ID: z.string().min(1).optional(),
  MICROSOFT_APP_TYPE: z.enum(["MultiTenant", "SingleTenant", "UserAssignedMSI"]).optional(),
  TEAMS_ENABLED: z.enum(["true", "false"]).optional(),
  HTTPS_PROXY: proxyUrl,
  HTTP_PROXY: proxyUrl,
  NO_PROXY: z.string().optional(),
});

export type SettingsResult = { ok: true; settings: Settings } | { ok: false; problems: string[] };

/** The only place that reads the environment. */
export function readSettings(environment: NodeJS.ProcessEnv = process.env): SettingsResult {
  const parsed = environmentSchema.safeParse(withUpperCaseProxy(blankToUndefined(environment)));
  if (!parsed.success) return { ok: false, problems: describeIssues(parsed.error.issues, "omgeving") };
  const env = parsed.data;
  const problems: string[] = [];
  const isProduction = env.NODE_ENV === "production";

  let slack: SlackSettings | undefined;
  if (env.SLACK_BOT_TOKEN || env.SLACK_SIGNING_SECRET || env.SLACK_APP_TOKEN) {
    if (!env.SLACK_BOT_TOKEN) problems.push("omgeving: SLACK_BOT_TOKEN ontbreekt (nodig voor Slack)");
    if (!env.SLACK_SIGNING_SECRET) problems.push("omgeving: SLACK_SIGNING_SECRET ontbreekt (nodig voor Slack)");
    if (env.SLACK_BOT_TOKEN && env.SLACK_SIGNING_SECRET) {
      slack = {
        botToken: env.SLACK_BOT_TOKEN,
        signingSecret: env.SLACK_SIGNING_SECRET,
        appToken: env.SLACK_APP_TOKEN,
        apiUrl: env.SLACK_API_URL,
      };
    }
  }

  let teams: TeamsSettings | undefined;
  if (env.MICROSOFT_APP_ID) {
    // One organisation's own bot is the common case, so SingleTenant is the default (DESIGN.md §3).
    const appType = env.MICROSOFT_APP_TYPE ?? "SingleTenant";
    if (!env.MICROSOFT_APP_PASSWORD && appType !== "UserAssignedMSI") {
      problems.push("omgeving: MICROSOFT_APP_PASSWORD ontbreekt bij MICROSOFT_APP_ID");
    }
    if (!env.MICROSOFT_APP_TENANT_ID && appType !== "MultiTenant") {
      problems.push(`omgeving: MICROSOFT_APP_TENANT_ID ontbreekt (nodig voor MICROSOFT_APP_TYPE=${appType}; zet MultiTenant voor een app voor meerdere tenants)`);
    }
    teams = {
      appId: env.MICROSOFT_APP_ID,
      appPassword: env.MICROSOFT_APP_PASSWORD,
      tenantId: env.MICROSOFT_APP_TENANT_ID,
      appType,
      isUnauthenticated: false,
    };
  } else if (env.TEAMS_ENABLED === "true") {
    if (isProduction) {
      problems.push("omgeving: TEAMS_ENABLED=true zonder MICROSOFT_APP_ID is niet toegestaan als NODE_ENV=production");
    } else {
      teams = { isUnauthenticated: true };
    }
  }

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    settings: {
      port: env.PORT,
      databasePath: env.DATABASE_PATH,
      configPath: env.BEDOELING_CONFIG,
      logLevel: env.LOG_LEVEL,
      isProduction,
      slack,
      teams,
      proxy: { httpsProxy: env.HTTPS_PROXY, httpProxy: env.HTTP_PROXY, noProxy: env.NO_PROXY },
    },
  };
}

/** https_proxy, http_proxy and no_proxy stand in for their upper-case names when those are not set. */
function withUpperCaseProxy(environment: Record<string, string | undefined>): Record<string, string | undefined> {
  const result = { ...environment };
  for (const name of ["HTTPS_PROXY", "HTTP_PROXY", "NO_PROXY"]) result[name] ??= environment[name.toLowerCase()];
  return result;
}

function blankToUndefined(environment: NodeJS.ProcessEnv): Record<string, string | undefined> {
  const result: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(environment)) result[key] = value === "" ? undefined : value;
  return result;
}
