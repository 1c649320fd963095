import { createHash } from "node:crypto";

// The limits (docs/security.md, "Throttles and client addresses"). Each is far above what a real
// person does, and above what the browser journeys do from their one address (about 15 sign-ups,
// 15 orders, 2 contact messages and a few dozen suggestions per run): they stop scripts, not people.
const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

export const RATE_LIMITS = {
  /** type-ahead: one request per keystroke, so a fast typist makes a few a second, briefly */
  suggestPerAddress: { limit: 120, windowMs: MINUTE_MS },
  /** the public JSON API (/api/v1, docs/api.md): a phone app's screens and a partner's sync, ten a second */
  publicApiPerAddress: { limit: 600, windowMs: MINUTE_MS },
  /** the shop contact form: a few messages to one shop an hour, a few more across all shops a day */
  contactPerAddressAndShop: { limit: 3, windowMs: HOUR_MS },
  contactPerAddress: { limit: 10, windowMs: DAY_MS },
  /** sign-ups: a household or an office behind one address, and one address's owner not flooded */
  signUpPerAddress: { limit: 30, windowMs: HOUR_MS },
  signUpPerEmail: { limit: 3, windowMs: HOUR_MS },
  /** the e-mailed sign-up link's password form: accounts created from one address */
  signUpCompletePerAddress: { limit: 30, windowMs: HOUR_MS },
  /** orders placed (each holds its stock until paid or its hold ends); a buyer is an account, else a guest cart */
  ordersPerAddress: { limit: 60, windowMs: HOUR_MS },
  ordersPerBuyer: { limit: 30, windowMs: HOUR_MS },
  /** the current password asked again by a signed-in account (changing it, deleting the account):
   * a stolen session cannot be used to guess it */
  passwordChecksPerAccount: { limit: 10, windowMs: HOUR_MS },
} as const;

/**
 * The most units of tracked stock one buyer (an account, else a guest cart) may hold in
 * unpaid orders at once, this order included: a script cannot take a shop's stock off sale by
 * placing orders it never pays (docs/security.md).
 */
export const MAX_HELD_UNITS = 100;

export type RateLimitName = keyof typeof RATE_LIMITS;

/**
 * A rule of RATE_LIMITS for one subject. E-mail addresses are keyed by a hash: the table says how
 * often, never who.
 */
export function rateLimitRule(name: RateLimitName, ...subject: string[]) {
  const parts = subject.map((part) => (part.includes("@") ? `h:${sha256(part.trim().toLowerCase())}` : part));
  return { key: [name, ...parts].join(":"), ...RATE_LIMITS[name] };
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 32);
}
