// The sign-in throttle's rule, without I/O: after MAX_FAILURES failures for one e-mail from one
// address within the window, attempts are refused until the oldest of them leaves the window.
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const SIGN_IN_MAX_FAILURES = 10;

export function signInWindowStart(now: Date): Date {
  return new Date(now.getTime() - SIGN_IN_WINDOW_MS);
}

export function isSignInThrottled(recentFailures: number): boolean {
  return recentFailures >= SIGN_IN_MAX_FAILURES;
}
