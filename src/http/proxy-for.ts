import type { ProxySettings } from "../config/environment.ts";

const DEFAULT_PORTS: Record<string, number> = { "http:": 80, "https:": 443 };

/**
 * The proxy a call to `url` goes through, or undefined when it goes direct. The rules are undici's
 * (EnvHttpProxyAgent, which routes fetch), so that fetch and node:https decide alike: https:// uses
 * HTTPS_PROXY and else HTTP_PROXY, http:// uses HTTP_PROXY; NO_PROXY is `*` (nothing proxied) or a list,
 * split on commas and spaces, of host names (a leading `.` or `*.` is dropped; subdomains match too),
 * optionally with `:port`. Neither undici's matcher nor proxy-from-env's can be given the list: both
 * read the environment themselves (only src/config/environment.ts may).
 */
export function proxyFor(url: URL, proxy: ProxySettings): string | undefined {
  const chosen = url.protocol === "https:" ? proxy.httpsProxy || proxy.httpProxy : url.protocol === "http:" ? proxy.httpProxy : undefined;
  if (!chosen || isBypassed(url, proxy.noProxy ?? "")) return undefined;
  return chosen;
}

export function isBypassed(url: URL, noProxy: string): boolean {
  if (noProxy === "*") return true;
  // url.host keeps the brackets of an IPv6 address, as NO_PROXY writes it.
  const hostname = url.host.replace(/:\d*$/, "").toLowerCase();
  const port = Number.parseInt(url.port, 10) || DEFAULT_PORTS[url.protocol] || 0;
  return noProxyEntries(noProxy).some(
    (entry) => (!entry.port || entry.port === port) && (hostname === entry.hostname || hostname.endsWith(`.${entry.hostname}`)),
  );
}

function noProxyEntries(noProxy: string): { hostname: string; port: number }[] {
  return noProxy
    .split(/[,\s]/)
    .filter(Boolean)
    .map((entry) => {
      const withPort = /^(.+):(\d+)$/.exec(entry);
      return { hostname: (withPort ? withPort[1]! : entry).replace(/^\*?\./, "").toLowerCase(), port: withPort ? Number(withPort[2]) : 0 };
    });
}
