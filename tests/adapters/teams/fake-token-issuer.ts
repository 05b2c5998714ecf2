import { generateKeyPairSync, sign, type KeyObject } from "node:crypto";
import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** What a token says; `exp` defaults to ten minutes from now. */
export type TokenClaims = Record<string, unknown>;

/**
 * A stand-in for a Microsoft Entra ID tenant on 127.0.0.1: its OpenID configuration and signing keys
 * (JWKS) over HTTP, and RS256 tokens signed with that key, as the Bot Connector would present them.
 */
export class FakeTokenIssuer {
  readonly calls: string[] = [];
  private readonly keyId = "test-key-1";
  private readonly keys = generateKeyPairSync("rsa", { modulusLength: 2048 });

  private constructor(
    private readonly server: Server,
    readonly url: string,
    readonly tenantId: string,
  ) {}

  static async start(tenantId: string): Promise<FakeTokenIssuer> {
    let issuer: FakeTokenIssuer | undefined;
    const server = createServer((request, response) => issuer!.answer(request.url ?? "/", response));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    issuer = new FakeTokenIssuer(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`, tenantId);
    return issuer;
  }

  /** The `iss` of this tenant's tokens. */
  get issuer(): string {
    return `${this.url}/${this.tenantId}/v2.0`;
  }

  /** A token for `audience` (the app id), signed with this tenant's key unless another is given. */
  token(audience: string, claims: TokenClaims = {}, key: KeyObject = this.keys.privateKey): string {
    const now = Math.floor(Date.now() / 1000);
    const header = { alg: "RS256", typ: "JWT", kid: this.keyId };
    const payload = { aud: audience, iss: this.issuer, tid: this.tenantId, iat: now, nbf: now, exp: now + 600, ...claims };
    const unsigned = `${encode(header)}.${encode(payload)}`;
    return `${unsigned}.${sign("sha256", Buffer.from(unsigned), key).toString("base64url")}`;
  }

  /** A key nobody published. */
  static strangerKey(): KeyObject {
    return generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey;
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private answer(path: string, response: ServerResponse): void {
    this.calls.push(path);
    const jwk = { ...this.keys.publicKey.export({ format: "jwk" }), kid: this.keyId, use: "sig", alg: "RS256" };
    const routes: Record<string, unknown> = {
      [`/${this.tenantId}/v2.0/.well-known/openid-configuration`]: { issuer: this.issuer, jwks_uri: `${this.url}/${this.tenantId}/discovery/v2.0/keys` },
      [`/${this.tenantId}/discovery/v2.0/keys`]: { keys: [jwk] },
    };
    const body = routes[path];
    response.writeHead(body ? 200 : 404, { "content-type": "application/json" });
    response.end(JSON.stringify(body ?? { error: "not_found" }));
  }
}

function encode(part: object): string {
  return Buffer.from(JSON.stringify(part)).toString("base64url");
}
