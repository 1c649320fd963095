import { describe, expect, it } from "vitest";
import {
  accountLockDelayMs,
  addressRetryAt,
  currentAccountFailures,
  isSignInThrottled,
  minutesUntil,
  rateLimitedCode,
  retryAtFromCode,
  SIGN_IN_ACCOUNT_MAX_FAILURES,
  SIGN_IN_MAX_FAILURES,
  signInWindowStart,
} from "./sign-in-throttle";

describe("sign-in throttle", () => {
  it("allows up to 9 failures and refuses from the 10th", () => {
    expect(SIGN_IN_MAX_FAILURES).toBe(10);
    expect(isSignInThrottled(0)).toBe(false);
    expect(isSignInThrottled(9)).toBe(false);
    expect(isSignInThrottled(10)).toBe(true);
    expect(isSignInThrottled(25)).toBe(true);
  });

  it("looks back 15 minutes, and lets an address retry when its oldest failure leaves", () => {
    const now = new Date("2026-11-23T10:00:00Z");
    expect(signInWindowStart(now).toISOString()).toBe("2026-11-23T09:45:00.000Z");
    expect(addressRetryAt(new Date("2026-11-23T09:50:00Z")).toISOString()).toBe("2026-11-23T10:05:00.000Z");
  });

  it("locks an account from its 20th failure, for 1, 2, 4 … minutes, at most an hour", () => {
    const minute = 60_000;
    expect(accountLockDelayMs(SIGN_IN_ACCOUNT_MAX_FAILURES - 1)).toBe(0);
    expect(accountLockDelayMs(SIGN_IN_ACCOUNT_MAX_FAILURES)).toBe(minute);
    expect(accountLockDelayMs(SIGN_IN_ACCOUNT_MAX_FAILURES + 1)).toBe(2 * minute);
    expect(accountLockDelayMs(SIGN_IN_ACCOUNT_MAX_FAILURES + 2)).toBe(4 * minute);
    expect(accountLockDelayMs(SIGN_IN_ACCOUNT_MAX_FAILURES + 6)).toBe(60 * minute);
    expect(accountLockDelayMs(SIGN_IN_ACCOUNT_MAX_FAILURES + 1000)).toBe(60 * minute);
  });

  it("forgets an account's failures a day after the last one", () => {
    const last = new Date("2026-11-23T10:00:00Z");
    expect(currentAccountFailures(7, last, new Date("2026-11-24T09:59:00Z"))).toBe(7);
    expect(currentAccountFailures(7, last, new Date("2026-11-24T10:00:00Z"))).toBe(0);
    expect(currentAccountFailures(7, null, last)).toBe(0);
  });

  it("carries the instant to retry at through next-auth's error code", () => {
    const now = new Date("2026-11-23T10:00:00Z");
    const at = new Date("2026-11-23T10:04:01Z");
    expect(retryAtFromCode(rateLimitedCode(at), now)?.toISOString()).toBe(at.toISOString());
    expect(retryAtFromCode("RATE_LIMITED", now)).toEqual(now);
    expect(retryAtFromCode("CredentialsSignin", now)).toBeNull();
    expect(retryAtFromCode(null, now)).toBeNull();
    expect(minutesUntil(at, now)).toBe(5);
    expect(minutesUntil(now, now)).toBe(1);
  });
});
