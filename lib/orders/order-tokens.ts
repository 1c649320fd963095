import { randomBytes } from "node:crypto";

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
