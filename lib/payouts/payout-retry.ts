// The Stripe transfer retry's backoff (docs/payouts.md, Stripe transfers): a transfer Stripe refused
// or did not answer is tried again later, each time a little later, then given up (the payout FAILED,
// its amount back in the balance). Pure: no I/O.
//
// Every retry reuses the idempotency key "halle-payout-<id>". Stripe keeps a key's answer for 24
// hours, so the whole series stays within that window: a transfer Stripe made although its answer
// was lost is answered again, never made twice.

/** The wait after the 1st, 2nd, 3rd, 4th, 5th failed attempt: 5 min, 30 min, 2 h, 6 h, 12 h (20 h 35 in all). */
export const PAYOUT_RETRY_DELAYS_MS = [
  5 * 60_000,
  30 * 60_000,
  2 * 60 * 60_000,
  6 * 60 * 60_000,
  12 * 60 * 60_000,
] as const;

/** A transfer is given up after this many failed attempts (the first, then one per delay). */
export const MAX_PAYOUT_ATTEMPTS = PAYOUT_RETRY_DELAYS_MS.length + 1;

/**
 * After `attempts` failed attempts (1 or more) at `now`: when to try the transfer again, or null when
 * it is given up (MAX_PAYOUT_ATTEMPTS reached).
 */
export function nextPayoutAttemptAt(attempts: number, now: Date): Date | null {
  if (!Number.isInteger(attempts) || attempts < 1) throw new RangeError("nextPayoutAttemptAt: attempts must be ≥ 1");
  if (attempts >= MAX_PAYOUT_ATTEMPTS) return null;
  return new Date(now.getTime() + PAYOUT_RETRY_DELAYS_MS[attempts - 1]);
}
