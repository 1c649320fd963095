// The sign-in throttle's rules, without I/O (docs/security.md, "Throttles and client addresses").
// Per address: after MAX_FAILURES failures for one e-mail from one address within the window,
// attempts from that address are refused until the oldest of them leaves the window.
// Per account: after ACCOUNT_MAX_FAILURES failures for one e-mail from any address (since its last
// success or unlock), each further failure locks the e-mail for a delay that doubles (1, 2, 4 …
// minutes, at most an hour). Never for good: the delay ends, and the owner gets an unlock link.
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const SIGN_IN_MAX_FAILURES = 10;

export const SIGN_IN_ACCOUNT_MAX_FAILURES = 20;
export const SIGN_IN_ACCOUNT_FIRST_DELAY_MS = 60 * 1000;
export const SIGN_IN_ACCOUNT_MAX_DELAY_MS = 60 * 60 * 1000;
/** An account's failures are forgotten after a day without any. */
export const SIGN_IN_ACCOUNT_FORGET_MS = 24 * 60 * 60 * 1000;
/** How long the e-mailed unlock link works. */
export const SIGN_IN_UNLOCK_LINK_MS = 24 * 60 * 60 * 1000;

export function signInWindowStart(now: Date): Date {
  return new Date(now.getTime() - SIGN_IN_WINDOW_MS);
}

export function isSignInThrottled(recentFailures: number): boolean {
  return recentFailures >= SIGN_IN_MAX_FAILURES;
}

/** When an address throttled by `failuresOldestFirst` (its recent failures) may try again. */
export function addressRetryAt(oldestRecentFailure: Date): Date {
  return new Date(oldestRecentFailure.getTime() + SIGN_IN_WINDOW_MS);
}

/** The account's failures counting now: none once a day has passed since the last one. */
export function currentAccountFailures(failures: number, lastFailureAt: Date | null, now: Date): number {
  if (!lastFailureAt || now.getTime() - lastFailureAt.getTime() >= SIGN_IN_ACCOUNT_FORGET_MS) return 0;
  return failures;
}

/** The delay the account's `failures`-th failure imposes: none below the threshold, then doubling. */
export function accountLockDelayMs(failures: number): number {
  if (failures < SIGN_IN_ACCOUNT_MAX_FAILURES) return 0;
  const doublings = Math.min(failures - SIGN_IN_ACCOUNT_MAX_FAILURES, 30);
  return Math.min(SIGN_IN_ACCOUNT_FIRST_DELAY_MS * 2 ** doublings, SIGN_IN_ACCOUNT_MAX_DELAY_MS);
}

/** The sign-in error code next-auth hands the form: "RATE_LIMITED:<ISO instant to retry at>". */
export const SIGN_IN_RATE_LIMITED_PREFIX = "RATE_LIMITED";

export function rateLimitedCode(retryAt: Date): string {
  return `${SIGN_IN_RATE_LIMITED_PREFIX}:${retryAt.toISOString()}`;
}

/** The instant to retry at from that code; null when it is no throttle code (a time-less one gives `now`). */
export function retryAtFromCode(code: string | null | undefined, now: Date = new Date()): Date | null {
  if (!code || (code !== SIGN_IN_RATE_LIMITED_PREFIX && !code.startsWith(`${SIGN_IN_RATE_LIMITED_PREFIX}:`))) {
    return null;
  }
  const at = new Date(code.slice(SIGN_IN_RATE_LIMITED_PREFIX.length + 1));
  return Number.isNaN(at.getTime()) ? now : at;
}

/** Whole minutes left until `retryAt`, at least 1. */
export function minutesUntil(retryAt: Date, now: Date = new Date()): number {
  return Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 60_000));
}
