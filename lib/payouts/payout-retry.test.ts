import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_PAYOUT_ATTEMPTS, nextPayoutAttemptAt, PAYOUT_RETRY_DELAYS_MS } from "./payout-retry";

const now = new Date("2026-12-10T08:00:00Z");
const minute = 60_000;
const waitAfter = (attempts: number) => {
  const next = nextPayoutAttemptAt(attempts, now);
  return next === null ? null : next.getTime() - now.getTime();
};

describe("nextPayoutAttemptAt", () => {
  it("waits 5 min, 30 min, 2 h, 6 h, 12 h, then gives up", () => {
    expect([1, 2, 3, 4, 5, 6].map(waitAfter)).toEqual([
      5 * minute,
      30 * minute,
      120 * minute,
      360 * minute,
      720 * minute,
      null,
    ]);
  });

  it(`gives up after ${MAX_PAYOUT_ATTEMPTS} attempts, and stays given up`, () => {
    expect(MAX_PAYOUT_ATTEMPTS).toBe(6);
    expect(nextPayoutAttemptAt(MAX_PAYOUT_ATTEMPTS, now)).toBeNull();
    expect(nextPayoutAttemptAt(MAX_PAYOUT_ATTEMPTS + 4, now)).toBeNull();
  });

  it("makes every attempt within the 24 hours Stripe keeps an idempotency key", () => {
    const total = PAYOUT_RETRY_DELAYS_MS.reduce((sum, delay) => sum + delay, 0);
    expect(total).toBeLessThan(24 * 60 * minute);
  });

  it("refuses a count of attempts that is not a whole positive number", () => {
    expect(() => nextPayoutAttemptAt(0, now)).toThrow(RangeError);
    expect(() => nextPayoutAttemptAt(-1, now)).toThrow(RangeError);
    expect(() => nextPayoutAttemptAt(2.5, now)).toThrow(RangeError);
  });

  it("never waits less than after the attempt before, and always waits", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: MAX_PAYOUT_ATTEMPTS - 2 }),
        fc.date({ min: new Date("2000-01-01"), max: new Date("2100-01-01"), noInvalidDate: true }),
        (attempts, at) => {
          const first = nextPayoutAttemptAt(attempts, at)!;
          const second = nextPayoutAttemptAt(attempts + 1, at)!;
          expect(first.getTime()).toBeGreaterThan(at.getTime());
          expect(second.getTime()).toBeGreaterThanOrEqual(first.getTime());
        },
      ),
    );
  });
});
