// How large a request body the custom server (scripts/server.ts) lets through to Next
// (docs/security.md, "Throttles and client addresses"). Pure: no I/O, unit-tested.

/** Every request: forms, sign-in, server actions of anonymous visitors, webhooks. */
export const SMALL_BODY_LIMIT_BYTES = 1024 * 1024;

/**
 * Signed-in posts to the pages that take files (a vendor's product photos, logo and banner,
 * identity document, catalogue import; a shopper's return photos and order attachments): up to
 * 8 photos of 8 MB, a logo and banner, a document… The same figure as next.config.ts's
 * `experimental.serverActions.bodySizeLimit` ("70mb"); the domain functions in lib/ still check
 * who may upload and each file's own limit.
 */
export const UPLOAD_BODY_LIMIT_BYTES = 70 * 1024 * 1024;

/** The pages whose server actions take files; only a signed-in user's posts there get the larger limit. */
export const UPLOAD_PATH_PREFIXES = ["/dashboard", "/account", "/orders", "/support", "/admin"] as const;

export function isUploadPath(pathname: string): boolean {
  return UPLOAD_PATH_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

/** Whether a request may carry the upload limit at all (before its session cookie is checked). */
export function mayCarryUploads(method: string | undefined, pathname: string): boolean {
  return method?.toUpperCase() === "POST" && isUploadPath(pathname);
}

export function bodyLimitFor(method: string | undefined, pathname: string, signedIn: boolean): number {
  return signedIn && mayCarryUploads(method, pathname) ? UPLOAD_BODY_LIMIT_BYTES : SMALL_BODY_LIMIT_BYTES;
}

/** The Content-Length header as a byte count; null when absent (chunked) or not a plain number. */
export function declaredLength(header: string | string[] | undefined): number | null {
  const value = Array.isArray(header) ? header[0] : header;
  if (value === undefined || !/^\d+$/.test(value.trim())) return null;
  return Number(value.trim());
}
