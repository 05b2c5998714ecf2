import { Agent as HttpAgent, type ClientRequest } from "node:http";
import https, { Agent as HttpsAgent } from "node:https";
import { createRequire } from "node:module";
import { Agent as AgentBase, type AgentConnectOpts } from "agent-base";
import { HttpProxyAgent } from "http-proxy-agent";
import { HttpsProxyAgent } from "https-proxy-agent";
import type { ProxySettings } from "../config/environment.ts";
import { proxyFor } from "./proxy-for.ts";

// Connections to Slack and the Bot Connector (or the tunnels to them) are kept open between calls.
const KEEP_ALIVE = { keepAlive: true, maxSockets: 64 };

export interface Egress {
  /** The node:http(s) agent for a call to `url`: through the proxy, unless NO_PROXY names its host. */
  agentFor(url: URL): HttpAgent;
}

/**
 * https:// through the proxy is tunnelled (CONNECT, https-proxy-agent); http:// is forwarded as a plain
 * proxy request with the whole URL (http-proxy-agent), as curl does and as proxies allow by default.
 */
export function createEgress(proxy: ProxySettings): Egress {
  const direct = { http: new HttpAgent(KEEP_ALIVE), https: new HttpsAgent(KEEP_ALIVE) };
  const proxied = new Map<string, HttpAgent>();
  return {
    agentFor(url) {
      const isHttps = url.protocol === "https:";
      const via = proxyFor(url, proxy);
      if (!via) return isHttps ? direct.https : direct.http;
      const key = `${url.protocol} ${via}`;
      let agent = proxied.get(key);
      if (!agent) {
        agent = isHttps ? new HttpsProxyAgent(via, KEEP_ALIVE) : new HttpProxyAgent(via, KEEP_ALIVE);
        proxied.set(key, agent);
      }
      return agent;
    },
  };
}

let current = createEgress({});
let undoGlobals: (() => void) | undefined;
const require = createRequire(import.meta.url);

/** The agent sendRequest uses for `url`, as the last routeEgress said. */
export function agentFor(url: URL): HttpAgent {
  return current.agentFor(url);
}

/**
 * Routes every outbound call of this process by the proxy settings: our own (sendRequest: Slack's Web
 * API, the Bot Connector), fetch (the Agents SDK's tokens from Microsoft Entra ID, Bolt's Socket Mode
 * handshake) through undici's EnvHttpProxyAgent, and node:https requests without an agent of their own
 * (the SDK's token signing keys, fetched by jwks-rsa). Without a proxy, nothing global is changed.
 */
export function routeEgress(proxy: ProxySettings): void {
  current = createEgress(proxy);
  undoGlobals?.();
  undoGlobals = undefined;
  if (!proxy.httpsProxy && !proxy.httpProxy) return;
  // Loaded only for a proxy: undici takes a tenth of a second to load, which the CLI need not pay.
  const undici = require("undici") as typeof import("undici");
  const before = { dispatcher: undici.getGlobalDispatcher(), httpsAgent: https.globalAgent };
  // An empty string keeps undici from reading the environment itself; proxyTunnel off forwards http:// plainly, like ours.
  const { httpProxy = "", httpsProxy = "", noProxy = "" } = proxy;
  undici.setGlobalDispatcher(new undici.EnvHttpProxyAgent({ httpProxy, httpsProxy, noProxy, proxyTunnel: false }));
  https.globalAgent = new ChoosingHttpsAgent((url) => current.agentFor(url));
  undoGlobals = () => {
    undici.setGlobalDispatcher(before.dispatcher);
    https.globalAgent = before.httpsAgent;
  };
}

/** Where calls go, for the log: the proxies' hosts (never their credentials), or "direct". */
export function describeProxy(proxy: ProxySettings): string {
  const hostOf = (url: string | undefined) => (url ? new URL(url).host : undefined);
  const secure = hostOf(proxy.httpsProxy) ?? hostOf(proxy.httpProxy);
  const plain = hostOf(proxy.httpProxy);
  if (!secure && !plain) return "direct";
  return `https via ${secure ?? "direct"}, http via ${plain ?? "direct"}${proxy.noProxy ? ", except NO_PROXY" : ""}`;
}

/** An https agent that hands each connection to the proxy's agent or the direct one (agent-base's delegation). */
class ChoosingHttpsAgent extends AgentBase {
  constructor(private readonly choose: (url: URL) => HttpAgent) {
    super(KEEP_ALIVE);
    this.protocol = "https:";
    this.defaultPort = 443;
  }

  override connect(_request: ClientRequest, options: AgentConnectOpts): HttpAgent {
    const host = options.host?.includes(":") ? `[${options.host}]` : options.host;
    return this.choose(new URL(`${options.secureEndpoint ? "https" : "http"}://${host}:${options.port}`));
  }
}
