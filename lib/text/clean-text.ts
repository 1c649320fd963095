// Text from outside (address parameters, route segments, file keys) made safe at the edge, in one
// place, before it reaches PostgreSQL or the file system (docs/security.md, "Correctness at the
// edges"). PostgreSQL refuses a NUL byte in text ("invalid byte sequence … 0x00") and Node refuses
// one in a path; a lone UTF-16 surrogate is not valid text either. Page numbers are clamped so that
// no offset computed from them overflows a 32-bit integer in SQL.

/** The highest page number any listing accepts from an address (a larger one reads as this one). */
export const MAX_PAGE = 10_000;

// C0 control characters but tab, line feed and carriage return; DEL.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * The text without NUL bytes or other control characters (tab and line breaks are kept), lone
 * surrogates replaced by U+FFFD, cut to `maxLength`. Anything but a string is "".
 */
export function cleanText(value: unknown, maxLength = 10_000): string {
  if (typeof value !== "string") return "";
  return value.slice(0, maxLength).replace(CONTROL, "").replace(LONE_SURROGATE, "\ufffd");
}

/** True when the text is already clean: a route segment or a file key that is not is refused (404). */
export function isCleanText(value: unknown): value is string {
  return typeof value === "string" && cleanText(value, Infinity) === value;
}

/** The first value of a search parameter (`?a=1&a=2` → "1"), cleaned and cut; "" when absent. */
export function firstParam(value: string | string[] | undefined | null, maxLength = 200): string {
  return cleanText(Array.isArray(value) ? value[0] : value, maxLength);
}

/**
 * A page number from an address: a whole number from 1 to MAX_PAGE. Nonsense ("abc", "NaN", "-3",
 * "1.5", an empty value) is page 1; a number past MAX_PAGE is MAX_PAGE (listings show their last
 * page for a page past the end).
 */
export function pageParam(value: string | string[] | number | undefined | null): number {
  let page: number;
  if (typeof value === "number") page = Number.isFinite(value) ? Math.floor(value) : value > 0 ? MAX_PAGE : 1;
  else {
    const text = firstParam(value, 50).trim();
    page = /^\d+$/.test(text) ? Number(text) : 1;
  }
  return page < 1 ? 1 : Math.min(page, MAX_PAGE);
}

/** True when a path's percent-encoding decodes to valid UTF-8 ("/p/%FF" and "/p/%" do not). */
/**
 * True when the path, decoded, holds a NUL or another control character: it names nothing (no slug,
 * id or file key has one), and handed on it would reach the database and fail there.
 */
export function pathHasControlCharacters(pathname: string): boolean {
  try {
    return /[\u0000-\u001f\u007f]/.test(decodeURIComponent(pathname));
  } catch {
    return false;
  }
}

export function isDecodablePath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}
