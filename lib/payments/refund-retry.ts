// The refund retry's backoff (docs/domain.md, Refund): a refund the provider refused is tried
// again later, each time a little later, then given up. Pure: no I/O.

/** A refund the provider keeps refusing is given up (FAILED, the operators told once) after this many attempts. */
export const MAX_REFUND_ATTEMPTS = 8;

/** The wait after the 1st, 2nd, 3rd, 4th failed attempt; every later one waits the last. */
export const REFUND_RETRY_DELAYS_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 60 * 60_000, 12 * 60 * 60_000] as const;

/**
 * After `attempts` failed attempts (1 or more) at `now`: when to try again, or null when the refund
 * is given up (MAX_REFUND_ATTEMPTS reached).
 */
export function nextRefundAttemptAt(attempts: number, now: Date): Date | null {
  if (!Number.isInteger(attempts) || attempts < 1) throw new RangeError("nextRefundAttemptAt: attempts must be ≥ 1");
  if (attempts >= MAX_REFUND_ATTEMPTS) return null;
  const delay = REFUND_RETRY_DELAYS_MS[Math.min(attempts, REFUND_RETRY_DELAYS_MS.length) - 1];
  return new Date(now.getTime() + delay);
}
