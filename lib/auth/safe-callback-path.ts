/**
 * A callbackUrl we may send the user to after signing in: a same-site path only ("/dashboard"),
 * never another origin ("https://evil.test", "//evil.test", "/\\evil.test") — an open redirect
 * would let a phishing link borrow our sign-in page.
 */
export function safeCallbackPath(value: unknown): string | null {
  const raw = Array.isArray(value) ? value[0] : value;
  if (typeof raw !== "string" || raw.length === 0 || raw.length > 2000) return null;
  if (!raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\")) return null;
  // Control characters and backslashes are normalised away by browsers: refuse rather than guess.
  if ([...raw].some((char) => char === "\\" || char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f)) return null;
  // The auth pages themselves are not a destination.
  if (/^\/(sign-in|sign-up)(\/|\?|#|$)/.test(raw)) return null;
  return raw;
}
