import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { z } from "zod";
import { readSettings } from "../../../src/config/environment.ts";
import { drawColorIcon, drawOutlineIcon } from "./draw-icons.ts";
import { applyBranding, brandingSchema, iconProblem, placeholderPages, type Branding, type Manifest } from "./operator-branding.ts";
import { writeZip, type ZipEntry } from "./write-zip.ts";

// `npm run teams:package [-- --domain bot.gemeente.nl]` writes build/bedoeling-bot-teams.zip, the app
// package to upload in the Teams admin center or via "Upload a custom app". The app id comes from
// MICROSOFT_APP_ID, read by the same parser the bot starts with (`--app-id` overrides it, e.g. in a
// build job that has no secrets). The operator's name, pages and icons: --name, --full-name,
// --developer, --website, --privacy-url, --terms-url, --color-icon FILE.png, --outline-icon FILE.png.

const HERE = import.meta.dirname;
export const PLACEHOLDER_APP_ID = "00000000-0000-0000-0000-000000000000";
export const PACKAGE_PATH = resolve(HERE, "../../../build/bedoeling-bot-teams.zip");

export interface PackageOptions extends Branding {
  /** The Azure Bot's Microsoft App ID; it is the Teams app id and the bot id. */
  appId?: string;
  /** The public host of POST /api/messages, listed as a valid domain. */
  domain?: string;
  version?: string;
}

export interface AppPackage {
  manifest: Record<string, unknown>;
  entries: ZipEntry[];
  warnings: string[];
}

/** The manifest from the template with our ids, plus the localisation and the two icons. */
export function assemblePackage(options: PackageOptions): AppPackage {
  const warnings: string[] = [];
  const appId = options.appId ?? PLACEHOLDER_APP_ID;
  if (!options.appId) warnings.push(`MICROSOFT_APP_ID is niet gezet: het pakket krijgt de plaatshouder ${PLACEHOLDER_APP_ID} en bereikt geen echte bot.`);
  const manifest = JSON.parse(readFileSync(join(HERE, "manifest.json"), "utf8")) as Record<string, unknown> & { bots: { botId: string }[] } & Manifest;
  manifest.id = appId;
  for (const bot of manifest.bots) bot.botId = appId;
  if (options.version) manifest.version = options.version;
  if (options.domain) manifest.validDomains = [options.domain];
  const english = JSON.parse(readFileSync(join(HERE, "en-us.json"), "utf8")) as Record<string, string>;
  applyBranding(manifest, english, options);
  const placeholders = placeholderPages(manifest);
  if (placeholders.length) warnings.push(`${placeholders.join(", ")} wijzen nog naar example.org: geef de pagina's van je organisatie met --website, --privacy-url en --terms-url.`);
  const entries: ZipEntry[] = [
    { name: "manifest.json", data: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`) },
    { name: "en-us.json", data: Buffer.from(`${JSON.stringify(english, null, 2)}\n`) },
    { name: "color.png", data: options.colorIcon ?? drawColorIcon() },
    { name: "outline.png", data: options.outlineIcon ?? drawOutlineIcon() },
  ];
  return { manifest, entries, warnings };
}

export function writePackage(path: string, appPackage: AppPackage): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, writeZip(appPackage.entries));
}

const guid = z.string().regex(/^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/, "must be a GUID");
const inputSchema = brandingSchema.extend({
  appId: guid.optional(),
  domain: z.string().regex(/^[a-z0-9.-]+(:\d+)?$/i, "a host name, without https://").optional(),
  version: z.string().regex(/^\d+\.\d+\.\d+/, "semver, e.g. 1.2.0").optional(),
});

function main(): void {
  const text = { type: "string" } as const;
  const { values } = parseArgs({
    options: {
      "app-id": text, domain: text, version: text, name: text, "full-name": text, developer: text,
      website: text, "privacy-url": text, "terms-url": text, "color-icon": text, "outline-icon": text,
    },
  });
  let appId = values["app-id"];
  if (!appId) {
    const environment = readSettings();
    if (!environment.ok) fail(environment.problems);
    appId = environment.settings.teams?.appId;
  }
  const packageVersion = (JSON.parse(readFileSync(resolve(HERE, "../../../package.json"), "utf8")) as { version?: string }).version;
  const parsed = inputSchema.safeParse({
    appId, domain: values.domain, version: values.version ?? packageVersion, name: values.name, fullName: values["full-name"],
    developer: values.developer, websiteUrl: values.website, privacyUrl: values["privacy-url"], termsOfUseUrl: values["terms-url"],
  });
  if (!parsed.success) fail(parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`));
  const icons = { color: readIcon(values["color-icon"]), outline: readIcon(values["outline-icon"]) };
  const iconProblems = (["color", "outline"] as const).flatMap((kind) => (icons[kind] ? [iconProblem(kind, icons[kind])] : [])).filter((problem) => problem !== undefined);
  if (iconProblems.length) fail(iconProblems);
  const appPackage = assemblePackage({ ...parsed.data, colorIcon: icons.color, outlineIcon: icons.outline });
  for (const warning of appPackage.warnings) process.stderr.write(`waarschuwing: ${warning}\n`);
  writePackage(PACKAGE_PATH, appPackage);
  process.stdout.write(`${PACKAGE_PATH}\n`);
}

function readIcon(path: string | undefined): Buffer | undefined {
  if (!path) return undefined;
  try {
    return readFileSync(path);
  } catch {
    fail([`icon ${path}: file not found or not readable`]);
  }
}

function fail(problems: string[]): never {
  process.stderr.write(`Teams-pakket niet gemaakt:\n${problems.map((problem) => `- ${problem}`).join("\n")}\n`);
  process.exit(1);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
