// Where to send the shopper after choosing a location: a path on this site only, never another
// origin ("//evil.example", "https://…", "/\\evil") — an open redirect otherwise.
export function safeReturnTo(value: unknown, fallback = "/"): string {
  if (typeof value !== "string") return fallback;
  const path = value.trim();
  if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) return fallback;
  if (path.length > 500 || /[\u0000-\u001f\u007f\\]/.test(path)) return fallback;
  // The location page itself is no destination (a loop back to the form).
  if (path === "/location" || path.startsWith("/location?") || path.startsWith("/location/")) return fallback;
  try {
    const url = new URL(path, "http://halle.invalid");
    if (url.origin !== "http://halle.invalid") return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}
