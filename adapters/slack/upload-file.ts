import type { FileBlock, ImageBlock } from "./to-block-kit.ts";
import type { SlackApi } from "./slack-api.ts";
import { SlackError } from "./slack-errors.ts";

interface UploadTarget {
  upload_url?: string;
  file_id?: string;
}

/** Slack refuses a longer alt_txt (alt_txt_too_large). */
const ALT_TEXT_LIMIT = 1000;
const UNREACHABLE = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH"]);

interface Upload {
  bytes: Buffer;
  filename: string;
  title: string;
  alt?: string;
}

/**
 * Shares pictures (and other files, such as the poster) in a thread the way Slack wants files now
 * (https://docs.slack.dev/messaging/working-with-files#uploading_files): per file a URL from
 * files.getUploadURLExternal, the bytes POSTed to it, then one files.completeUploadExternal that shares
 * them all in the channel's thread, each with its text alternative for screen readers.
 */
export class FileUploader {
  constructor(
    private readonly api: SlackApi,
    private readonly timeoutMs = 30_000,
  ) {}

  async shareImages(channel: string, threadTs: string, images: ImageBlock[], others: FileBlock[] = []): Promise<void> {
    const uploads: Upload[] = [
      ...images.map((image) => ({ bytes: Buffer.from(image.png, "base64"), filename: `${toFileName(image.title)}.png`, title: image.title, alt: image.alt })),
      ...others.map((file) => ({ bytes: Buffer.from(file.content, "base64"), filename: file.filename, title: file.title })),
    ];
    if (uploads.length === 0) return;
    const files: { id: string; title: string }[] = [];
    for (const { bytes, filename, title, alt } of uploads) {
      // alt_txt is for pictures; a document (the poster) goes without.
      const args = { filename, length: bytes.length, ...(alt ? { alt_txt: alt.slice(0, ALT_TEXT_LIMIT) } : {}) };
      // A new upload URL for each attempt is harmless: a URL nobody uploads to is forgotten by Slack.
      const target = await this.api.call<UploadTarget>("files.getUploadURLExternal", args, { isIdempotent: true });
      if (!target.upload_url || !target.file_id) throw new SlackError("slack_unexpected", "files.getUploadURLExternal", "no upload URL in answer");
      await this.upload(target.upload_url, bytes);
      files.push({ id: target.file_id, title });
    }
    await this.api.call("files.completeUploadExternal", { files, channel_id: channel, thread_ts: threadTs });
  }

  /** The upload itself is a plain POST of the bytes to Slack's file service, not a Web API method. */
  private async upload(url: string, bytes: Buffer): Promise<void> {
    const method = "files.upload-url";
    let response: Response;
    try {
      response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/octet-stream" },
        body: new Uint8Array(bytes),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      const code = (error as { cause?: { code?: string } }).cause?.code ?? "";
      throw new SlackError(UNREACHABLE.has(code) ? "slack_unreachable" : "slack_timeout", method, code || "no answer", { cause: error });
    }
    await response.arrayBuffer();
    if (response.status >= 500) throw new SlackError("slack_server_error", method, `HTTP ${response.status}`, { status: response.status });
    if (response.status !== 200) throw new SlackError("slack_api_error", method, `HTTP ${response.status}`, { status: response.status });
  }
}

/** "Deelname per week" → "deelname-per-week". */
function toFileName(title: string): string {
  const name = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return name || "grafiek";
}
