import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { appSecret } from "@/lib/config/app-secret";

// The unlock link's token (docs/security.md, "Throttles and client addresses"): the e-mail, a
// nonce and an expiry, signed with HMAC-SHA256 and the app's secret. The signature makes it
// unforgeable; the nonce, kept on the account's SignInLock row and cleared on use, makes it work once.

export type UnlockTokenPayload = { email: string; nonce: string; expiresAt: Date };

function sign(body: string): string {
  return createHmac("sha256", appSecret()).update(`sign-in-unlock:${body}`).digest("base64url");
}

export function newUnlockNonce(): string {
  return randomBytes(18).toString("base64url");
}

export function signUnlockToken(payload: UnlockTokenPayload): string {
  const body = Buffer.from(
    JSON.stringify({ e: payload.email, n: payload.nonce, x: payload.expiresAt.getTime() }),
  ).toString("base64url");
  return `${body}.${sign(body)}`;
}

/** The payload of a well-signed, unexpired token; null for anything else. */
export function readUnlockToken(token: unknown, now: Date = new Date()): UnlockTokenPayload | null {
  if (typeof token !== "string" || token.length > 1000) return null;
  const [body, signature, extra] = token.split(".");
  if (!body || !signature || extra !== undefined) return null;
  const expected = Buffer.from(sign(body));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const data: unknown = JSON.parse(Buffer.from(body, "base64url").toString("utf8"));
    if (typeof data !== "object" || data === null) return null;
    const { e, n, x } = data as Record<string, unknown>;
    if (typeof e !== "string" || typeof n !== "string" || typeof x !== "number") return null;
    if (x <= now.getTime()) return null;
    return { email: e, nonce: n, expiresAt: new Date(x) };
  } catch {
    return null;
  }
}
