import type { Activity } from "@microsoft/agents-activity";
import {
  CloudAdapter,
  type AuthConfiguration,
  type AuthProvider,
  type ConnectorClient,
  type Connections,
  type HeaderPropagationCollection,
  type Request,
} from "@microsoft/agents-hosting";
import type { PacedHttpClient } from "./paced-http-client.ts";
import { TeamsError } from "./teams-error.ts";

type Identity = NonNullable<Request["user"]>;

export interface CloudAdapterParts {
  auth: AuthConfiguration;
  transport: PacedHttpClient;
  /** Service URLs the bot may call and accept activities for; any other is refused before a token is fetched. */
  isAllowedUrl(url: string): boolean;
  /** Outgoing tokens from elsewhere than MSAL (a test's); MSAL cannot be pointed at a plain-http fake. */
  accessToken?: (scope: string) => Promise<string>;
}

/**
 * The Agents SDK's CloudAdapter with three things changed: every Bot Connector call goes through our
 * paced transport; failures reach the caller (the SDK's default turn-error handler sends English
 * apologies to the user and loses the error); and the service URL policy is ours, so the SDK
 * reads no `OutboundHostValidator__*` variables. An enabled policy also makes the SDK refuse (400)
 * an activity whose service URL differs from the one its token was issued for.
 */
export class PacedCloudAdapter extends CloudAdapter {
  private tokenCheck: Promise<string | undefined> | undefined;

  constructor(private readonly parts: CloudAdapterParts) {
    const policy = { enabled: true, isAllowed: (url: string | URL | null | undefined) => !!url && parts.isAllowedUrl(String(url)) };
    super(parts.auth, undefined, undefined, { emitStackTrace: false, validateServiceUrl: false }, policy);
    this.onTurnError = async (_context, error) => {
      throw error;
    };
    if (parts.accessToken) this.connectionManager = withTokenSource(this.connectionManager, parts.accessToken);
  }

  protected override async createConnectorClient(serviceUrl: string, scope: string, identity: Identity, headers?: HeaderPropagationCollection): Promise<ConnectorClient> {
    this.refuseUnlessAllowed(serviceUrl);
    return this.carried(await super.createConnectorClient(serviceUrl, scope, identity, headers));
  }

  protected override async createConnectorClientWithIdentity(identity: Identity, activity: Activity, headers?: HeaderPropagationCollection): Promise<ConnectorClient> {
    this.refuseUnlessAllowed(activity.serviceUrl);
    return this.carried(await super.createConnectorClientWithIdentity(identity, activity, headers));
  }

  /**
   * Whether a token for the Bot Connector can be had now (for GET /readyz): undefined when it can, else
   * why not, as an error code. MSAL keeps the token, so a check costs a call to Microsoft Entra ID only
   * when the token is due; one check runs at a time, and waits at most `timeoutMs`.
   */
  checkToken(timeoutMs: number): Promise<string | undefined> {
    this.tokenCheck ??= this.connectionManager
      .getDefaultConnection()
      .getAccessToken(BOT_CONNECTOR_SCOPE)
      .then(
        () => undefined,
        (error: unknown) => codeOf(error),
      )
      .finally(() => (this.tokenCheck = undefined));
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<string>((resolve) => (timer = setTimeout(() => resolve("timeout"), timeoutMs)));
    return Promise.race([this.tokenCheck, timeout]).finally(() => clearTimeout(timer));
  }

  private refuseUnlessAllowed(serviceUrl: string | undefined): void {
    if (!serviceUrl || !this.parts.isAllowedUrl(serviceUrl)) {
      throw new TeamsError("teams_service_url_refused", "Teams service URL outside the allowed hosts refused; no call made");
    }
  }

  private carried(client: ConnectorClient): ConnectorClient {
    this.parts.transport.carry(client.httpClient);
    return client;
  }
}

/** The audience of Bot Connector tokens, as the SDK asks for them for proactive messages. */
const BOT_CONNECTOR_SCOPE = "https://api.botframework.com";

/** An MSAL or SDK error as a short code: never its message, which may name the app or the tenant. */
function codeOf(error: unknown): string {
  const fields = (error ?? {}) as { errorCode?: unknown; code?: unknown; name?: unknown };
  const code = String(fields.errorCode ?? fields.code ?? fields.name ?? "error");
  return /^[\w.-]{1,60}$/.test(code) ? code : "error";
}

/** Every connection hands out tokens from `accessToken`; the rest of the SDK's token flows is not ours to use. */
function withTokenSource(connections: Connections, accessToken: (scope: string) => Promise<string>): Connections {
  const unsupported = async (): Promise<string> => {
    throw new TeamsError("teams_request_failed", "this token source only gives access tokens");
  };
  const provider: AuthProvider = {
    getAccessToken: (configOrScope: AuthConfiguration | string, scope?: string) => accessToken(typeof configOrScope === "string" ? configOrScope : (scope ?? "")),
    getAgenticApplicationToken: unsupported,
    getAgenticInstanceToken: unsupported,
    getAgenticUserToken: unsupported,
    acquireTokenOnBehalfOf: unsupported,
  };
  return {
    getConnection: () => provider,
    getDefaultConnection: () => provider,
    getTokenProvider: () => provider,
    getTokenProviderFromActivity: () => provider,
    getDefaultConnectionConfiguration: () => connections.getDefaultConnectionConfiguration(),
  };
}
