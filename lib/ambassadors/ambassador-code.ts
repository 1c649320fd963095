// Ambassador codes and the referral cookie (docs/business-models.md, ambassadors). Pure: the proxy, the
// /r route and the domain functions share these rules.

/** Upper-case letters and digits without the look-alikes 0/O, 1/I/L: a code read aloud or typed survives. */
export const CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const CODE_LENGTH = 8;

/** The query parameter a shared link carries, and the cookie checkout reads. */
export const REF_PARAM = "ref";
export const REF_COOKIE = "halle_ref";

/** A code from random bytes (one byte per character; the slight bias of `% 31` is harmless here). */
export function codeFromBytes(bytes: Uint8Array): string {
  if (bytes.length < CODE_LENGTH) throw new RangeError(`need ${CODE_LENGTH} random bytes`);
  let code = "";
  for (let i = 0; i < CODE_LENGTH; i += 1) code += CODE_ALPHABET[bytes[i] % CODE_ALPHABET.length];
  return code;
}

/**
 * What a link's `ref` may be: 4 to 16 letters or digits, case-insensitive (stored upper-case).
 * Anything else is not a code at all → null.
 */
export function normaliseAmbassadorCode(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const code = value.trim().toUpperCase();
  return /^[A-Z0-9]{4,16}$/.test(code) ? code : null;
}

/**
 * Where a link lands, without its `ref`: only a path of this site ("/p/bol?x=1"), never another
 * origin ("//evil.example", "/\\evil.example", "https://…"), so /r cannot be an open redirect.
 */
export function safeLandingPath(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\"))
    return "/";
  try {
    const url = new URL(value, "http://halle.invalid");
    if (url.origin !== "http://halle.invalid") return "/";
    url.searchParams.delete(REF_PARAM);
    return `${url.pathname}${url.search}`;
  } catch {
    // A malformed path (invalid percent-encoding…) lands on the home page.
    return "/";
  }
}

/** "H-2026-K7QX3M" → "H-2026-••••3M": enough for the ambassador to tell sales apart, not to look one up. */
export function maskOrderNumber(number: string): string {
  const dash = number.lastIndexOf("-");
  const head = dash >= 0 ? number.slice(0, dash + 1) : "";
  const tail = dash >= 0 ? number.slice(dash + 1) : number;
  if (tail.length <= 2) return `${head}••`;
  return `${head}${"•".repeat(tail.length - 2)}${tail.slice(-2)}`;
}
