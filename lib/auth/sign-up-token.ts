import { isLocale, type Locale } from "@/lib/i18n/config";
import { safeCallbackPath } from "./safe-callback-path";
import { readToken, signToken } from "./signed-token";

// The sign-up link's token (docs/security.md, "Sign-up"): what the sign-up form was given (e-mail,
// name, role, language, where to go afterwards) and an expiry, signed (./signed-token.ts) with
// HMAC-SHA256 and the app's secret. Nothing is stored until the link is used: the signature makes
// it unforgeable, and the account it creates (unique e-mail) makes a second use a conflict.

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

// Its own purpose: a token signed for another link (the sign-in unlock) never reads as this one.
const PURPOSE = "sign-up-confirm";

export function signSignUpToken(payload: SignUpTokenPayload): string {
  const { email, name, role, locale, callbackPath, expiresAt } = payload;
  return signToken(PURPOSE, { e: email, n: name, r: role, l: locale, c: callbackPath }, expiresAt);
}

/** The payload of a well-signed, unexpired token; null for anything else. */
export function readSignUpToken(token: unknown, now: Date = new Date()): SignUpTokenPayload | null {
  const read = readToken(PURPOSE, token, { maxLength: 6000, now });
  if (!read) return null;
  const { e, n, r, l, c } = read.data;
  if (typeof e !== "string" || typeof n !== "string") return null;
  if ((r !== "SHOPPER" && r !== "VENDOR") || !isLocale(l)) return null;
  if (c !== null && safeCallbackPath(c) === null) return null;
  return { email: e, name: n, role: r, locale: l, callbackPath: c as string | null, expiresAt: read.expiresAt };
}

/** The page the e-mailed link opens. */
export function confirmSignUpPath(token: string): string {
  return `/sign-up/confirm?token=${encodeURIComponent(token)}`;
}
