import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { appSecret } from "@/lib/config/app-secret";

// 32 symbols without look-alikes (no 0/O, 1/I): 256 is a multiple of 32, so no modulo bias.
const ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

/** A human-friendly order number, e.g. "H-2026-7KQ4ZP" (unique in the database; retried on a clash). */
export function newOrderNumber(now: Date = new Date()): string {
  const code = [...randomBytes(6)].map((byte) => ALPHABET[byte % ALPHABET.length]).join("");
  return `H-${now.getUTCFullYear()}-${code}`;
}

/** The secret that lets a guest's browser reopen its order (kept in the order-access cookie). */
export function newOrderAccessToken(): string {
  return randomBytes(32).toString("base64url");
}

// The payment page's way back (Stripe's cancel_url, the test page's cancel link) releases the
// order on a GET: it carries an HMAC of the order id with the app's secret, so that a third-party
// page cannot abandon a shopper's payment by sending them to /checkout/cancelled/<order>
// (docs/security.md, "Correctness at the edges").
/** The token of an order's cancel link: HMAC-SHA256 of the order id with the app's secret. */
export function cancelPaymentToken(orderId: string): string {
  return createHmac("sha256", appSecret()).update(`checkout-cancel:${orderId}`).digest("base64url");
}

/** True only for the cancel token of this very order (compared in constant time). */
export function isCancelPaymentToken(orderId: string, token: unknown): boolean {
  if (typeof token !== "string" || token.length === 0 || token.length > 100) return false;
  const expected = Buffer.from(cancelPaymentToken(orderId));
  const given = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The path of an order's cancel link, token included. */
export function cancelPaymentPath(orderId: string): string {
  return `/checkout/cancelled/${encodeURIComponent(orderId)}?token=${cancelPaymentToken(orderId)}`;
}
