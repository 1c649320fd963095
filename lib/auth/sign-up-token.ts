import { createHmac, timingSafeEqual } from "node:crypto";
import { appSecret } from "@/lib/config/app-secret";
import { isLocale, type Locale } from "@/lib/i18n/config";
import { safeCallbackPath } from "./safe-callback-path";

// The sign-up link's token (docs/security.md, "Sign-up"): what the sign-up form was given (e-mail,
// name, role, language, where to go afterwards) and an expiry, signed with HMAC-SHA256 and the
// app's secret. Nothing is stored until the link is used: the signature makes it unforgeable, and
// the account it creates (unique e-mail) makes a second use a conflict.

/** How long the e-mailed link works. */
export const SIGN_UP_LINK_MS = 24 * 60 * 60 * 1000;

export type SignUpTokenPayload = {
  email: string;
  name: string;
  role: "SHOPPER" | "VENDOR";
  locale: Locale;
  /** a same-site path (safeCallbackPath), or null for the default destination */
  callbackPath: string | null;
  expiresAt: Date;
};

// Its own purpose prefix: a token signed for another link (the sign-in unlock) never reads as this one.
function sign(body: string): string {
  return createHmac("sha256", appSecret()).update(`sign-up-confirm:${body}`).digest("base64url");
}

export function signSignUpToken(payload: SignUpTokenPayload): string {
  const body = Buffer.from(
    JSON.stringify({
      e: payload.email,
      n: payload.name,
      r: payload.role,
      l: payload.locale,
      c: payload.callbackPath,
      x: payload.expiresAt.getTime(),
    }),
  ).toString("base64url");
  return `${body}.${sign(body)}`;
}

/** The payload of a well-signed, unexpired token; null for anything else. */
export function readSignUpToken(token: unknown, now: Date = new Date()): SignUpTokenPayload | null {
  if (typeof token !== "string" || token.length > 6000) return null;
  const [body, signature, extra] = token.split(".");
  if (!body || !signature || extra !== undefined) return null;
  const expected = Buffer.from(sign(body));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const data: unknown = JSON.parse(Buffer.from(body, "base64url").toString("utf8"));
    if (typeof data !== "object" || data === null) return null;
    const { e, n, r, l, c, x } = data as Record<string, unknown>;
    if (typeof e !== "string" || typeof n !== "string" || typeof x !== "number") return null;
    if ((r !== "SHOPPER" && r !== "VENDOR") || !isLocale(l)) return null;
    if (c !== null && safeCallbackPath(c) === null) return null;
    if (x <= now.getTime()) return null;
    return { email: e, name: n, role: r, locale: l, callbackPath: c as string | null, expiresAt: new Date(x) };
  } catch {
    return null;
  }
}

/** The page the e-mailed link opens. */
export function confirmSignUpPath(token: string): string {
  return `/sign-up/confirm?token=${encodeURIComponent(token)}`;
}
