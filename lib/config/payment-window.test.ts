import { describe, expect, it } from "vitest";
import {
  PAYMENT_CONFIRMATION_MARGIN_MINUTES,
  STOCK_HOLD_MINUTES,
  STRIPE_MIN_SESSION_MINUTES,
  paymentSessionExpiresAt,
  stockHoldEnd,
} from "./payment-window";

describe("the payment window (docs/security.md, the stock hold and the payment session)", () => {
  const placedAt = new Date("2026-12-07T10:00:00.000Z");

  it("holds the stock for longer than Stripe's shortest session", () => {
    expect(STOCK_HOLD_MINUTES).toBeGreaterThan(STRIPE_MIN_SESSION_MINUTES);
    expect(stockHoldEnd(placedAt).toISOString()).toBe(
      new Date(placedAt.getTime() + STOCK_HOLD_MINUTES * 60_000).toISOString(),
    );
  });

  it("closes the session before the hold ends, with time for the webhook", () => {
    const holdEnd = stockHoldEnd(placedAt);
    const expiresAt = paymentSessionExpiresAt(holdEnd);
    expect(holdEnd.getTime() / 1000 - expiresAt).toBe(PAYMENT_CONFIRMATION_MARGIN_MINUTES * 60);
  });

  it("gives Stripe at least 30 minutes when the session is created within a minute of placing", () => {
    const expiresAt = paymentSessionExpiresAt(stockHoldEnd(placedAt));
    const createdAt = placedAt.getTime() / 1000 + 59;
    expect(expiresAt - createdAt).toBeGreaterThanOrEqual(STRIPE_MIN_SESSION_MINUTES * 60);
  });

  it("is the same instant for a retried start (same parameters for Stripe's idempotency key)", () => {
    const holdEnd = stockHoldEnd(placedAt);
    expect(paymentSessionExpiresAt(new Date(holdEnd))).toBe(paymentSessionExpiresAt(holdEnd));
  });
});
