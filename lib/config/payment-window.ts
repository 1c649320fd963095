// How long a shopper has to pay a placed order: one value for the stock hold and the payment
// provider's session (docs/security.md, "Production mode and configuration"). Stripe Checkout
// refuses a session shorter than 30 minutes (expires_at at least 30 minutes after its creation),
// so the hold is built around that minimum rather than the other way round.

/** Stripe Checkout's shortest session, in minutes. */
export const STRIPE_MIN_SESSION_MINUTES = 30;

/**
 * Minutes between the end of the payment session and the end of the stock hold: a payment made
 * in the session's last second has this long for its webhook to confirm the order before the
 * expiry job may release it (a payment landing later still is refunded: handle-stripe-webhook).
 */
export const PAYMENT_CONFIRMATION_MARGIN_MINUTES = 1;

/**
 * The payment session's life: Stripe's minimum plus one minute, the time the checkout has to hand
 * a just-placed order to Stripe (it does so in the same request).
 */
export const PAYMENT_SESSION_MINUTES = STRIPE_MIN_SESSION_MINUTES + 1;

/** How long a placed order holds its stock while awaiting payment (Order.stockReservedUntil). */
export const STOCK_HOLD_MINUTES = PAYMENT_SESSION_MINUTES + PAYMENT_CONFIRMATION_MARGIN_MINUTES;

const MINUTE = 60_000;

/** The end of the stock hold of an order placed at `placedAt`. */
export function stockHoldEnd(placedAt: Date): Date {
  return new Date(placedAt.getTime() + STOCK_HOLD_MINUTES * MINUTE);
}

/**
 * When the order's payment session expires (Stripe's expires_at, in seconds): derived from the
 * order's hold alone, so a retried start asks Stripe for the same session with the same
 * parameters, and the session always closes before the hold ends.
 */
export function paymentSessionExpiresAt(holdEnd: Date): number {
  return Math.floor((holdEnd.getTime() - PAYMENT_CONFIRMATION_MARGIN_MINUTES * MINUTE) / 1000);
}
