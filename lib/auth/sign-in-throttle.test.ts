import { describe, expect, it } from "vitest";
import { isSignInThrottled, SIGN_IN_MAX_FAILURES, signInWindowStart } from "./sign-in-throttle";

describe("sign-in throttle", () => {
  it("allows up to 9 failures and refuses from the 10th", () => {
    expect(SIGN_IN_MAX_FAILURES).toBe(10);
    expect(isSignInThrottled(0)).toBe(false);
    expect(isSignInThrottled(9)).toBe(false);
    expect(isSignInThrottled(10)).toBe(true);
    expect(isSignInThrottled(25)).toBe(true);
  });

  it("looks back 15 minutes", () => {
    const now = new Date("2026-11-23T10:00:00Z");
    expect(signInWindowStart(now).toISOString()).toBe("2026-11-23T09:45:00.000Z");
  });
});
