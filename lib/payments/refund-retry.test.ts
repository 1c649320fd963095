import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_REFUND_ATTEMPTS, nextRefundAttemptAt, REFUND_RETRY_DELAYS_MS } from "./refund-retry";

const now = new Date("2026-12-07T10:00:00Z");
const waitAfter = (attempts: number) => {
  const next = nextRefundAttemptAt(attempts, now);
  return next === null ? null : next.getTime() - now.getTime();
};

describe("nextRefundAttemptAt", () => {
  it("waits 1 min, 5 min, 30 min, 2 h, then every 12 h", () => {
    const minute = 60_000;
    expect([1, 2, 3, 4, 5, 6, 7].map(waitAfter)).toEqual([
      minute,
      5 * minute,
      30 * minute,
      120 * minute,
      720 * minute,
      720 * minute,
      720 * minute,
    ]);
  });

  it(`gives up after ${MAX_REFUND_ATTEMPTS} attempts`, () => {
    expect(MAX_REFUND_ATTEMPTS).toBe(8);
    expect(nextRefundAttemptAt(MAX_REFUND_ATTEMPTS, now)).toBeNull();
    expect(nextRefundAttemptAt(MAX_REFUND_ATTEMPTS + 3, now)).toBeNull();
  });

  it("refuses a count of attempts that is not a whole positive number", () => {
    expect(() => nextRefundAttemptAt(0, now)).toThrow(RangeError);
    expect(() => nextRefundAttemptAt(1.5, now)).toThrow(RangeError);
  });

  it("never waits less than after the attempt before, nor more than the longest delay", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_REFUND_ATTEMPTS - 2 }), (attempts) => {
        const wait = waitAfter(attempts)!;
        expect(waitAfter(attempts + 1)!).toBeGreaterThanOrEqual(wait);
        expect(wait).toBeLessThanOrEqual(Math.max(...REFUND_RETRY_DELAYS_MS));
      }),
    );
  });
});
