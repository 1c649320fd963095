import "server-only";
import { randomBytes } from "node:crypto";

/** A fresh guest cart token: 32 random bytes, base64url (43 characters), unguessable. */
export function newGuestToken(): string {
  return randomBytes(32).toString("base64url");
}
