/**
 * How long a public file may be cached (docs/architecture.md, files). Uploaded photos and logos
 * (products/…, shops/…) get a random name when written and are never written again: a year,
 * immutable. Other keys (the demo's pictures, written under fixed names by each seed) keep a day,
 * so a new seed shows up.
 */
const UPLOAD_FOLDERS = ["products/", "shops/"];

export function publicCacheControl(key: string): string {
  return UPLOAD_FOLDERS.some((folder) => key.startsWith(folder))
    ? "public, max-age=31536000, immutable"
    : "public, max-age=86400";
}
