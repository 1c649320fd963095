/** After this many attempts a message is marked FAILED for good and never sent again. */
export const MAX_EMAIL_ATTEMPTS = 5;

// Waits after the 1st, 2nd, 3rd and 4th failed attempts (docs/security.md, the outbox).
const RETRY_DELAYS_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 60 * 60_000];

/** When a message that failed its `attempts`-th attempt may be tried again, or null: failed for good. */
export function nextEmailAttemptAt(attempts: number, now: Date): Date | null {
  if (attempts >= MAX_EMAIL_ATTEMPTS) return null;
  const delay = RETRY_DELAYS_MS[Math.min(Math.max(attempts, 1), RETRY_DELAYS_MS.length) - 1];
  return new Date(now.getTime() + delay);
}
