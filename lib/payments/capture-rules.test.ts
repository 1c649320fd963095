import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ShopOrderStatus } from "@/lib/generated/prisma/enums";
import {
  AUTHORIZATION_LIFETIME_MS,
  AUTHORIZATION_SAFETY_MARGIN_MS,
  authorizationExpiryOf,
  captureDecision,
  lapseDeadlineOf,
  MAX_CAPTURE_ATTEMPTS,
  nextCaptureAttemptAt,
  paymentStateOf,
  progressMessageKey,
} from "./capture-rules";

const parts = (...statuses: ShopOrderStatus[]) => statuses.map((status) => ({ status }));

describe("captureDecision", () => {
  it("waits while any part awaits its shop's answer", () => {
    expect(captureDecision(4390, parts("ACCEPTED", "AWAITING_ACCEPTANCE"), [])).toEqual({ kind: "wait" });
    expect(captureDecision(4390, parts("REFUSED", "AWAITING_PAYMENT"), [{ amount: 900 }])).toEqual({ kind: "wait" });
    expect(captureDecision(4390, [], [])).toEqual({ kind: "wait" });
  });

  it("captures the total less the refunds written before the capture: the accepted parts only", () => {
    // bakery 900 accepted, pottery 3490 refused: only the bakery's part is charged
    expect(captureDecision(4390, parts("ACCEPTED", "REFUSED"), [{ amount: 3490 }])).toEqual({
      kind: "capture",
      amount: 900,
    });
    expect(captureDecision(4390, parts("ACCEPTED", "SHIPPED"), [])).toEqual({ kind: "capture", amount: 4390 });
    // an accepted part partly refunded before the capture is charged the rest
    expect(captureDecision(4390, parts("DELIVERED", "EXPIRED"), [{ amount: 3490 }, { amount: 100 }])).toEqual({
      kind: "capture",
      amount: 800,
    });
  });

  it("releases the authorization when nothing is left to charge", () => {
    expect(captureDecision(4390, parts("REFUSED", "CANCELLED"), [{ amount: 900 }, { amount: 3490 }])).toEqual({
      kind: "release",
    });
    expect(captureDecision(900, parts("EXPIRED"), [{ amount: 900 }])).toEqual({ kind: "release" });
  });

  it("refuses refunds above the total", () => {
    expect(() => captureDecision(900, parts("REFUSED"), [{ amount: 901 }])).toThrow(RangeError);
  });

  it("never captures more than the total, and captures plus refunds make the total", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.array(fc.integer({ min: 0, max: 1_000 }), { maxLength: 5 }),
        (total, shares) => {
          const refunds = shares.map((share) => ({ amount: Math.min(share, total) }));
          const sum = refunds.reduce((s, r) => s + r.amount, 0);
          if (sum > total) return;
          const decision = captureDecision(total, parts("ACCEPTED"), refunds);
          const captured = decision.kind === "capture" ? decision.amount : 0;
          expect(decision.kind).not.toBe("wait");
          expect(captured + sum).toBe(total);
          expect(captured).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });
});

describe("authorization deadlines", () => {
  it("lapses 7 days after the authorization; the sweep acts a day before", () => {
    const authorizedAt = new Date("2026-12-07T10:00:00Z");
    const expiresAt = authorizationExpiryOf(authorizedAt);
    expect(expiresAt.toISOString()).toBe("2026-12-14T10:00:00.000Z");
    expect(expiresAt.getTime() - authorizedAt.getTime()).toBe(AUTHORIZATION_LIFETIME_MS);
    expect(lapseDeadlineOf(expiresAt).toISOString()).toBe("2026-12-13T10:00:00.000Z");
    expect(AUTHORIZATION_SAFETY_MARGIN_MS).toBeLessThan(AUTHORIZATION_LIFETIME_MS);
  });
});

describe("paymentStateOf and progressMessageKey", () => {
  const at = new Date("2026-12-07T10:00:00Z");
  const order = {
    status: "PAID" as const,
    captureMode: "ON_ACCEPTANCE" as const,
    capturedAt: null,
    authorizationReleasedAt: null,
  };
  it("names the payment from the order's mode and what happened to the authorization", () => {
    expect(paymentStateOf({ ...order, status: "AWAITING_PAYMENT" })).toBe("NONE");
    expect(paymentStateOf({ ...order, captureMode: "AT_CHECKOUT" })).toBe("CHARGED");
    expect(paymentStateOf(order)).toBe("AUTHORIZED");
    expect(paymentStateOf({ ...order, capturedAt: at })).toBe("CAPTURED");
    expect(paymentStateOf({ ...order, authorizationReleasedAt: at })).toBe("RELEASED");
  });
  it("says 'authorized' or 'released' instead of the progress where the payment differs", () => {
    expect(progressMessageKey("AWAITING_ACCEPTANCE", "AUTHORIZED")).toBe("payments.progress.authorized");
    expect(progressMessageKey("CALLED_OFF", "RELEASED")).toBe("payments.progress.released");
    expect(progressMessageKey("AWAITING_ACCEPTANCE", "CHARGED")).toBe("orders.progress.AWAITING_ACCEPTANCE");
    expect(progressMessageKey("IN_PROGRESS", "CAPTURED")).toBe("orders.progress.IN_PROGRESS");
  });
});

describe("nextCaptureAttemptAt", () => {
  const now = new Date("2026-12-05T10:00:00Z");
  const later = (ms: number) => new Date(now.getTime() + ms);
  const expires = later(7 * 24 * 3600_000);

  it("backs off like the refunds: 1 min, 5 min, 30 min, 2 h", () => {
    expect(nextCaptureAttemptAt(1, now, expires)).toEqual(later(60_000));
    expect(nextCaptureAttemptAt(2, now, expires)).toEqual(later(5 * 60_000));
    expect(nextCaptureAttemptAt(3, now, expires)).toEqual(later(30 * 60_000));
    expect(nextCaptureAttemptAt(4, now, expires)).toEqual(later(2 * 3600_000));
  });

  it("gives up after MAX_CAPTURE_ATTEMPTS failures", () => {
    expect(nextCaptureAttemptAt(MAX_CAPTURE_ATTEMPTS - 1, now, expires)).not.toBeNull();
    expect(nextCaptureAttemptAt(MAX_CAPTURE_ATTEMPTS, now, expires)).toBeNull();
  });

  it("gives up at once when the authorization has lapsed, and never waits past the lapse", () => {
    expect(nextCaptureAttemptAt(1, now, now)).toBeNull();
    expect(nextCaptureAttemptAt(1, later(1), now)).toBeNull();
    expect(nextCaptureAttemptAt(4, now, later(10 * 60_000))).toEqual(later(10 * 60_000));
  });

  it("refuses a count below one", () => {
    expect(() => nextCaptureAttemptAt(0, now, expires)).toThrow(RangeError);
  });
});
