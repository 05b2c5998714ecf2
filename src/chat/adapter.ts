import type { IncomingMessage, ServerResponse } from "node:http";
import type { ChatPlatform } from "./chat-platform.ts";
import type { Interaction, Platform, Reply } from "./vocabulary.ts";

/** The core as adapters see it: one entry point for everything people do. */
export interface Bot {
  handle(interaction: Interaction): Promise<Reply>;
  /** Resolves when what earlier interactions started in the background (posts, DMs) has finished. */
  whenIdle?(): Promise<void>;
}

export interface HttpRoute {
  method: "GET" | "POST";
  path: string;
  handle(request: IncomingMessage, response: ServerResponse): void | Promise<void>;
}

export interface AdapterHealth {
  platform: Platform;
  isHealthy: boolean;
  detail?: string;
}

/** What the composition root gets back from each adapter factory. */
export interface Adapter {
  platform: ChatPlatform;
  routes: HttpRoute[];
  start(): Promise<void>;
  stop(): Promise<void>;
  health(): AdapterHealth;
  /** For GET /readyz, where health() cannot tell without asking the platform (a Teams token); else health() decides. */
  checkReadiness?(): Promise<AdapterHealth>;
}
