import type { IncomingMessage, ServerResponse } from "node:http";
import { HTTPModuleFunctions as http, HTTPResponseAck, type App, type Logger as BoltLogger, type Receiver } from "@slack/bolt";
import type { AckGate } from "./ack-gate.ts";
import { parseSlackPayload } from "./parse-slack-payload.ts";
import { isListenedFor, isMalformed } from "./slack-registrations.ts";
import { withPayload } from "./slack-listeners.ts";

/**
 * Bolt's HTTP receiving, mounted on our own server: Bolt's HTTPReceiver wants to own a port, but
 * DESIGN.md §3 puts every route on one. This receiver uses Bolt's own request functions (signature and
 * timestamp verification, body parsing, url_verification and ssl_check answers, the 3-second ack), parses
 * the payload once, and hands it to Bolt with the body, so that the listener need not parse it again.
 */
export class SlackHttpReceiver implements Receiver {
  private app: App | undefined;

  constructor(
    private readonly signingSecret: string,
    private readonly logger: BoltLogger,
    private readonly gate: AckGate,
  ) {}

  init(app: App): void {
    this.app = app;
  }

  // The shared HTTP server is started and stopped by the composition root.
  async start(): Promise<void> {}
  async stop(): Promise<void> {}

  async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    response.once("close", this.gate.open());
    let buffered: Awaited<ReturnType<typeof http.parseAndVerifyHTTPRequest>>;
    try {
      buffered = await http.parseAndVerifyHTTPRequest({ signingSecret: this.signingSecret, logger: this.logger, bodyLimit: http.defaultBodyLimit }, request);
    } catch (error) {
      const tooLarge = http.isRawBodyError(error) && (error.type === "entity.too.large" || error.statusCode === 413);
      this.logger.warn(tooLarge ? "slack request too large" : `slack request refused: ${(error as Error).message}`);
      // The rest of a refused large body is never read; a kept-alive connection would choke on it.
      if (tooLarge) response.setHeader("connection", "close");
      return http.buildNoBodyResponse(response, tooLarge ? 413 : 401);
    }
    let body: Record<string, unknown>;
    try {
      body = http.parseHTTPRequestBody(buffered);
    } catch {
      return http.buildNoBodyResponse(response, 400);
    }
    if (typeof body !== "object" || body === null || Array.isArray(body)) return http.buildNoBodyResponse(response, 400);
    if (body.ssl_check === "1") return http.buildSSLCheckResponse(response);
    if (body.type === "url_verification") return http.buildUrlVerificationResponse(response, body);
    // Bolt trips over fields it expects (a 500), or finds no listener and answers 404 after 3 s.
    const payload = parseSlackPayload(body);
    if (!isListenedFor(payload)) return http.buildNoBodyResponse(response, isMalformed(payload) ? 400 : 200);
    const ack = new HTTPResponseAck({
      logger: this.logger,
      processBeforeResponse: false,
      httpRequest: buffered,
      httpRequestBody: body,
      httpResponse: response,
    });
    try {
      await this.app?.processEvent({
        body,
        ack: ack.bind(),
        retryNum: http.extractRetryNumFromHTTPRequest(request),
        retryReason: http.extractRetryReasonFromHTTPRequest(request),
        customProperties: withPayload(payload),
      });
    } catch (error) {
      // Errors of listeners go to app.error; processEvent itself only throws when Bolt cannot read the
      // payload, and sending it again will not help: 400, not Bolt's 500.
      this.logger.warn(`slack payload Bolt could not read: ${(error as Error).message}`);
      ack.ack();
      if (!response.headersSent) http.buildNoBodyResponse(response, 400);
    }
  }
}
