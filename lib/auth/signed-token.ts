import { createHmac, timingSafeEqual } from "node:crypto";
import { appSecret } from "@/lib/config/app-secret";

// A stateless token for an e-mailed link (docs/security.md: the sign-up confirmation, the sign-in
// unlock): `<body>.<signature>`, the body the base64url of a JSON object (the caller's fields, then
// `x`, the expiry in ms), the signature the base64url HMAC-SHA256, with the app's secret, of
// `<purpose>:<body>`. The purpose in the signed text means a token made for one link never reads
// as another's. Links already e-mailed depend on this exact format: change it and they stop working.

export type SignedTokenContents = { data: Record<string, unknown>; expiresAt: Date };

// Letters, digits and dashes: the ":" after it then ends the purpose, so no two purposes can sign the same text.
const PURPOSE = /^[a-z0-9-]+$/;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

function signatureOf(purpose: string, body: string): string {
  if (!PURPOSE.test(purpose)) throw new Error(`Invalid signed token purpose: ${purpose}`);
  return createHmac("sha256", appSecret()).update(`${purpose}:${body}`).digest("base64url");
}

/** Signs `data` (its keys in order, then `x`: the expiry) for `purpose`. */
export function signToken(purpose: string, data: Record<string, unknown> & { x?: never }, expiresAt: Date): string {
  const body = Buffer.from(JSON.stringify({ ...data, x: expiresAt.getTime() })).toString("base64url");
  return `${body}.${signatureOf(purpose, body)}`;
}

/**
 * The fields (without `x`) and expiry of a token signed for `purpose` that has not expired at
 * `now`; null for anything else: not a string, longer than `maxLength`, forged, of another purpose,
 * not a JSON object, expired.
 */
export function readToken(
  purpose: string,
  token: unknown,
  { maxLength, now = new Date() }: { maxLength: number; now?: Date },
): SignedTokenContents | null {
  if (typeof token !== "string" || token.length > maxLength) return null;
  const [body, signature, extra] = token.split(".");
  if (!body || !signature || extra !== undefined || !BASE64URL.test(body)) return null;
  const expected = Buffer.from(signatureOf(purpose, body));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(body, "base64url").toString("utf8"));
  } catch {
    return null; // well signed but not JSON: never written by signToken
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return null;
  const { x, ...data } = parsed as Record<string, unknown>;
  if (typeof x !== "number" || x <= now.getTime()) return null;
  return { data, expiresAt: new Date(x) };
}
