import { randomBytes } from "node:crypto";
import { readToken, signToken } from "./signed-token";

// The unlock link's token (docs/security.md, "Throttles and client addresses"): the e-mail, a
// nonce and an expiry, signed (./signed-token.ts) with HMAC-SHA256 and the app's secret. The
// signature makes it unforgeable; the nonce, kept on the account's SignInLock row and cleared on
// use, makes it work once.

export type UnlockTokenPayload = { email: string; nonce: string; expiresAt: Date };

// Its own purpose: a token signed for another link (the sign-up confirmation) never reads as this one.
const PURPOSE = "sign-in-unlock";

export function newUnlockNonce(): string {
  return randomBytes(18).toString("base64url");
}

export function signUnlockToken(payload: UnlockTokenPayload): string {
  return signToken(PURPOSE, { e: payload.email, n: payload.nonce }, payload.expiresAt);
}

/** The payload of a well-signed, unexpired token; null for anything else. */
export function readUnlockToken(token: unknown, now: Date = new Date()): UnlockTokenPayload | null {
  const read = readToken(PURPOSE, token, { maxLength: 1000, now });
  if (!read) return null;
  const { e, n } = read.data;
  if (typeof e !== "string" || typeof n !== "string") return null;
  return { email: e, nonce: n, expiresAt: read.expiresAt };
}
