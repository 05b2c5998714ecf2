import { z } from "zod";

// What an operator puts on the app as people see it in Teams: its name, the organisation that runs it,
// the pages Teams links to, and the icons. Limits are the Teams manifest's (v1.22).

const https = z.string().url("a full URL").startsWith("https://", "must start with https://").max(2048);

export const brandingSchema = z.object({
  name: z.string().trim().min(1).max(30, "at most 30 characters").optional(),
  fullName: z.string().trim().min(1).max(100, "at most 100 characters").optional(),
  developer: z.string().trim().min(1).max(32, "at most 32 characters").optional(),
  websiteUrl: https.optional(),
  privacyUrl: https.optional(),
  termsOfUseUrl: https.optional(),
});
export type Branding = z.infer<typeof brandingSchema> & { colorIcon?: Buffer; outlineIcon?: Buffer };

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
export const ICON_SIZES = { color: 192, outline: 32 } as const;

/** Why an icon file will not do as Teams' color (192×192) or outline (32×32) icon, or undefined. */
export function iconProblem(kind: keyof typeof ICON_SIZES, png: Buffer): string | undefined {
  if (png.length < 24 || !png.subarray(0, 8).equals(PNG_SIGNATURE)) return `${kind} icon: not a PNG file`;
  const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
  const size = ICON_SIZES[kind];
  if (width !== size || height !== size) return `${kind} icon: must be ${size}×${size} pixels, is ${width}×${height}`;
  return undefined;
}

export type Manifest = Record<string, unknown> & { developer: Record<string, string>; name: Record<string, string> };

/** The manifest and its English localisation with the operator's names and pages. */
export function applyBranding(manifest: Manifest, english: Record<string, string>, branding: Branding): void {
  if (branding.name) manifest.name.short = english["name.short"] = branding.name;
  if (branding.fullName) manifest.name.full = english["name.full"] = branding.fullName;
  if (branding.developer) manifest.developer.name = branding.developer;
  if (branding.websiteUrl) manifest.developer.websiteUrl = branding.websiteUrl;
  if (branding.privacyUrl) manifest.developer.privacyUrl = branding.privacyUrl;
  if (branding.termsOfUseUrl) manifest.developer.termsOfUseUrl = branding.termsOfUseUrl;
}

/** Pages that still point at the template's example.org: Teams shows them to every user. */
export function placeholderPages(manifest: Manifest): string[] {
  return Object.entries(manifest.developer)
    .filter(([key, value]) => key.endsWith("Url") && value.includes("example.org"))
    .map(([key]) => key);
}
