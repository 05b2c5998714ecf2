import type { IncomingMessage, ServerResponse } from "node:http";
import { HTTPModuleFunctions as http, HTTPResponseAck, type App, type Logger as BoltLogger, type Receiver } from "@slack/bolt";

/**
 * Bolt's HTTP receiving, mounted on our own server: Bolt's HTTPReceiver wants to own a port, but
 * DESIGN.md §3 puts every route on one. This receiver uses Bolt's own request functions (signature and
 * timestamp verification, body parsing, url_verification and ssl_check answers, the 3-second ack), and
 * unlike HTTPReceiver's listener it returns a promise that settles when the event is fully handled.
 */
export class SlackHttpReceiver implements Receiver {
  private app: App | undefined;

  constructor(
    private readonly signingSecret: string,
    private readonly logger: BoltLogger,
  ) {}

  init(app: App): void {
    this.app = app;
  }

  // The shared HTTP server is started and stopped by the composition root.
  async start(): Promise<void> {}
  async stop(): Promise<void> {}

  async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    let buffered: Awaited<ReturnType<typeof http.parseAndVerifyHTTPRequest>>;
    try {
      buffered = await http.parseAndVerifyHTTPRequest({ signingSecret: this.signingSecret, logger: this.logger }, request);
    } catch (error) {
      const tooLarge = http.isRawBodyError(error) && (error.type === "entity.too.large" || error.statusCode === 413);
      this.logger.warn(tooLarge ? "slack request too large" : `slack request refused: ${(error as Error).message}`);
      return http.buildNoBodyResponse(response, tooLarge ? 413 : 401);
    }
    let body: Record<string, unknown>;
    try {
      body = http.parseHTTPRequestBody(buffered);
    } catch {
      return http.buildNoBodyResponse(response, 400);
    }
    if (body.ssl_check === "1") return http.buildSSLCheckResponse(response);
    if (body.type === "url_verification") return http.buildUrlVerificationResponse(response, body);
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
      });
    } catch (error) {
      // Bolt's own default: an error before the ack answers 500 so that Slack may retry.
      if (await http.defaultProcessEventErrorHandler({ error: error as Error, logger: this.logger, request, response, storedResponse: undefined })) {
        ack.ack();
      }
    }
  }
}
