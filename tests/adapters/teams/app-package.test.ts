import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { crc32 as nodeCrc32, inflateSync } from "node:zlib";
import { ManifestUtil } from "@microsoft/app-manifest";
import { describe, expect, it } from "vitest";
import { assemblePackage, PLACEHOLDER_APP_ID, writePackage } from "../../../adapters/teams/package/build-package.ts";
import { crc32 } from "../../../adapters/teams/package/crc32.ts";
import { iconProblem } from "../../../adapters/teams/package/operator-branding.ts";
import { writePng } from "../../../adapters/teams/package/write-png.ts";
import { writeZip } from "../../../adapters/teams/package/write-zip.ts";

const SCHEMAS = join(import.meta.dirname, "../../../node_modules/@microsoft/app-manifest/build/json-schemas/teams/v1.22");
const APP_ID = "3f2a9c1e-5b7d-4e8f-9a0b-1c2d3e4f5a6b";
const GEMEENTE_PAGES = {
  websiteUrl: "https://www.gouda.nl/bedoeling",
  privacyUrl: "https://www.gouda.nl/privacyverklaring",
  termsOfUseUrl: "https://www.gouda.nl/bedoeling/voorwaarden",
};

/** An icon as an organisation would bring it: one colour, the given size. */
function solidPng(width: number, height: number, rgba: number[]): Buffer {
  const pixels = new Uint8Array(width * height * 4);
  for (let at = 0; at < pixels.length; at += 4) pixels.set(rgba, at);
  return writePng(width, height, pixels);
}

/** The bundled schemas, offline. The localisation schema has a pattern ("\b]") that ajv's unicode mode rejects. */
function schema(name: string) {
  return JSON.parse(readFileSync(join(SCHEMAS, name), "utf8").replace(/\\\\b\]/g, "\\\\b\\\\]"));
}

/** Reads a zip's central directory independently of our writer, checking every entry's CRC. */
function readZip(zip: Buffer): Map<string, Buffer> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let index = 0; index < count; index++) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const [method, crc, size, nameLength, offset] = [zip.readUInt16LE(at + 10), zip.readUInt32LE(at + 16), zip.readUInt32LE(at + 20), zip.readUInt16LE(at + 28), zip.readUInt32LE(at + 42)];
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString("utf8");
    const start = offset + 30 + zip.readUInt16LE(offset + 26) + zip.readUInt16LE(offset + 28);
    const data = zip.subarray(start, start + size);
    expect(method).toBe(0);
    expect(nodeCrc32(data)).toBe(crc);
    files.set(name, data);
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return files;
}

function pngInfo(png: Buffer) {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const idatLength = png.readUInt32BE(33);
  const raw = inflateSync(png.subarray(41, 41 + idatLength));
  const pixel = (x: number, y: number) => [...raw.subarray(y * (width * 4 + 1) + 1 + x * 4, y * (width * 4 + 1) + 1 + x * 4 + 4)];
  return { width, height, colorType: png[25], pixel };
}

describe("the Teams app package", () => {
  it("has a manifest that the Teams schema accepts, with our app id as app and bot", async () => {
    const { manifest, warnings } = assemblePackage({ appId: APP_ID, domain: "bot.gemeente.nl", version: "1.2.3", ...GEMEENTE_PAGES });
    expect(await ManifestUtil.validateManifestAgainstSchema(manifest as never, schema("MicrosoftTeams.schema.json"))).toEqual([]);
    expect(manifest).toMatchObject({ id: APP_ID, version: "1.2.3", validDomains: ["bot.gemeente.nl"], bots: [{ botId: APP_ID, scopes: ["personal", "team", "groupChat"] }] });
    expect(warnings).toEqual([]);
  });

  it("carries the operator's name, organisation, pages and icons, in Dutch and English, and warns while a page is example.org's", async () => {
    const icons = { colorIcon: solidPng(192, 192, [0, 80, 40, 255]), outlineIcon: solidPng(32, 32, [255, 255, 255, 255]) };
    const branding = { name: "Bedoeling Gouda", fullName: "Bedoeling Gouda: dienen de werkzaamheden de klant?", developer: "Gemeente Gouda", ...GEMEENTE_PAGES };
    const { manifest, entries, warnings } = assemblePackage({ appId: APP_ID, ...branding, ...icons });
    expect(await ManifestUtil.validateManifestAgainstSchema(manifest as never, schema("MicrosoftTeams.schema.json"))).toEqual([]);
    expect(manifest).toMatchObject({
      name: { short: "Bedoeling Gouda", full: branding.fullName },
      developer: { name: "Gemeente Gouda", websiteUrl: GEMEENTE_PAGES.websiteUrl, privacyUrl: GEMEENTE_PAGES.privacyUrl, termsOfUseUrl: GEMEENTE_PAGES.termsOfUseUrl },
    });
    const file = (name: string) => entries.find((entry) => entry.name === name)!.data;
    expect(JSON.parse(file("en-us.json").toString("utf8"))).toMatchObject({ "name.short": "Bedoeling Gouda", "name.full": branding.fullName });
    expect(file("color.png")).toEqual(icons.colorIcon);
    expect(file("outline.png")).toEqual(icons.outlineIcon);
    expect(warnings).toEqual([]);

    const template = assemblePackage({ appId: APP_ID, privacyUrl: GEMEENTE_PAGES.privacyUrl });
    expect(template.warnings.join()).toMatch(/websiteUrl, termsOfUseUrl wijzen nog naar example.org/);
  });

  it("tells which icon does not fit Teams' sizes, and refuses what is not a PNG", () => {
    expect(iconProblem("color", solidPng(192, 192, [0, 0, 0, 255]))).toBeUndefined();
    expect(iconProblem("outline", solidPng(192, 192, [0, 0, 0, 255]))).toBe("outline icon: must be 32×32 pixels, is 192×192");
    expect(iconProblem("color", Buffer.from("GIF89a plus some bytes to be long enough"))).toBe("color icon: not a PNG file");
  });

  it("offers the casus command with a Dutch description in every scope", () => {
    const { manifest } = assemblePackage({ appId: APP_ID });
    const lists = (manifest as { bots: { commandLists: { scopes: string[]; commands: { title: string; description: string }[] }[] }[] }).bots[0]!.commandLists;
    expect(lists.flatMap((list) => list.scopes).sort()).toEqual(["groupChat", "personal", "team"]);
    for (const list of lists) expect(list.commands.find((command) => command.title === "casus")?.description).toMatch(/Breng een casus in/);
  });

  it("has an English translation that the localisation schema accepts", async () => {
    const { entries } = assemblePackage({ appId: APP_ID });
    const english = JSON.parse(entries.find((entry) => entry.name === "en-us.json")!.data.toString("utf8"));
    expect(await ManifestUtil.validateManifestAgainstSchema(english, schema("MicrosoftTeams.Localization.schema.json"))).toEqual([]);
  });

  it("catches a broken manifest (the check is not a rubber stamp)", async () => {
    const { manifest } = assemblePackage({ appId: APP_ID });
    const broken = { ...manifest, bots: [{ botId: "not-a-guid", scopes: ["everywhere"] }] };
    expect(await ManifestUtil.validateManifestAgainstSchema(broken as never, schema("MicrosoftTeams.schema.json"))).not.toEqual([]);
  });

  it("uses a placeholder id, with a warning, when MICROSOFT_APP_ID is not set", () => {
    const { manifest, warnings } = assemblePackage({});
    expect(manifest.id).toBe(PLACEHOLDER_APP_ID);
    expect(warnings.join()).toMatch(/MICROSOFT_APP_ID/);
  });

  it("writes a zip with the manifest and two icons of the sizes Teams requires", () => {
    const path = join(mkdtempSync(join(tmpdir(), "teams-package-")), "bedoeling-bot-teams.zip");
    writePackage(path, assemblePackage({ appId: APP_ID }));
    const files = readZip(readFileSync(path));
    expect([...files.keys()]).toEqual(["manifest.json", "en-us.json", "color.png", "outline.png"]);
    expect(JSON.parse(files.get("manifest.json")!.toString("utf8")).id).toBe(APP_ID);
    const color = pngInfo(files.get("color.png")!);
    expect([color.width, color.height, color.colorType]).toEqual([192, 192, 6]);
    expect(color.pixel(0, 0)[3]).toBe(255);
    const outline = pngInfo(files.get("outline.png")!);
    expect([outline.width, outline.height]).toEqual([32, 32]);
    expect(outline.pixel(0, 0)[3]).toBe(0); // transparent around the mark
    expect(outline.pixel(16, 16)).toEqual([255, 255, 255, 255]); // white mark
  });

  it("writes a zip that the standard unzip tool accepts, when it is installed", () => {
    const path = join(mkdtempSync(join(tmpdir(), "teams-package-")), "p.zip");
    writePackage(path, assemblePackage({ appId: APP_ID }));
    let output: string;
    try {
      output = execFileSync("unzip", ["-t", path], { encoding: "utf8" });
    } catch (error) {
      if ((error as { code?: string }).code === "ENOENT") return;
      throw error;
    }
    expect(output).toMatch(/No errors detected/);
  });

  it("computes CRC-32 like zlib does", () => {
    for (const text of ["", "a", "bedoeling-bot", "x".repeat(10_000)]) expect(crc32(Buffer.from(text))).toBe(nodeCrc32(Buffer.from(text)));
    expect(writeZip([]).length).toBe(22);
  });
});
