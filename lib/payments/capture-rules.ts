// Capture on acceptance (docs/domain.md, capture): when the shopper's money is taken, how much, and
// how the pages name the state of the payment. Pure: no I/O.
import type { CaptureMode, OrderStatus, ShopOrderStatus } from "@/lib/generated/prisma/enums";
import { REFUND_RETRY_DELAYS_MS } from "./refund-retry";

/** A card authorization lapses this long after it was given (Stripe: 7 days); the one place the rule lives. */
export const AUTHORIZATION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

/** How long before the authorization lapses the sweep stops waiting for the shops: it expires their parts and captures. */
export const AUTHORIZATION_SAFETY_MARGIN_MS = 24 * 60 * 60 * 1000;

/** Written as the providerReference of a refund settled without the provider: its money was never charged. */
export const NEVER_CHARGED_REFERENCE = "never-charged";

/** A capture (or release) the provider keeps refusing is given up after this many attempts: the operators are told. */
export const MAX_CAPTURE_ATTEMPTS = 5;

/**
 * After `attempts` failed attempts at a capture (or release) at `now`: when to try again — the
 * refunds' backoff (1 min, 5 min, 30 min, 2 h), never later than the authorization's lapse — or
 * null when it is given up: MAX_CAPTURE_ATTEMPTS reached, or the authorization has lapsed (the
 * provider can no longer capture it).
 */
export function nextCaptureAttemptAt(attempts: number, now: Date, authorizationExpiresAt: Date | null): Date | null {
  if (!Number.isInteger(attempts) || attempts < 1) throw new RangeError("nextCaptureAttemptAt: attempts must be ≥ 1");
  if (attempts >= MAX_CAPTURE_ATTEMPTS) return null;
  if (authorizationExpiresAt && now.getTime() >= authorizationExpiresAt.getTime()) return null;
  const delay = REFUND_RETRY_DELAYS_MS[Math.min(attempts, REFUND_RETRY_DELAYS_MS.length) - 1];
  const next = now.getTime() + delay;
  return new Date(authorizationExpiresAt ? Math.min(next, authorizationExpiresAt.getTime()) : next);
}

/** When an authorization given at `authorizedAt` lapses. */
export function authorizationExpiryOf(authorizedAt: Date): Date {
  return new Date(authorizedAt.getTime() + AUTHORIZATION_LIFETIME_MS);
}

/** From when the sweep expires the parts still unanswered, so that the accepted ones are captured before the lapse. */
export function lapseDeadlineOf(authorizationExpiresAt: Date): Date {
  return new Date(authorizationExpiresAt.getTime() - AUTHORIZATION_SAFETY_MARGIN_MS);
}

/** A part not answered yet: the capture waits for it. */
export function isUnanswered(status: ShopOrderStatus): boolean {
  return status === "AWAITING_PAYMENT" || status === "AWAITING_ACCEPTANCE";
}

/**
 * What to do with an authorized order's money, once every part is answered:
 * - `wait`: a part still awaits its shop's answer;
 * - `capture` `amount`: the order's total less every refund written before the capture (refused,
 *   expired or cancelled parts, and any refund of an accepted part): money never charged;
 * - `release`: nothing is left to charge (no part accepted): the authorization is cancelled.
 * Throws a RangeError when the refunds add up to more than the order's total.
 */
export function captureDecision(
  totalAmount: number,
  parts: readonly { status: ShopOrderStatus }[],
  uncapturedRefunds: readonly { amount: number }[],
): { kind: "wait" } | { kind: "capture"; amount: number } | { kind: "release" } {
  if (parts.length === 0 || parts.some((part) => isUnanswered(part.status))) return { kind: "wait" };
  const refunded = uncapturedRefunds.reduce((sum, refund) => sum + refund.amount, 0);
  const amount = totalAmount - refunded;
  if (amount < 0)
    throw new RangeError(`captureDecision: refunds (${refunded}) exceed the order's total (${totalAmount})`);
  return amount === 0 ? { kind: "release" } : { kind: "capture", amount };
}

/**
 * The payment of an order as the shopper and the operator read it:
 * - `NONE`: not paid (awaiting payment, declined, cancelled);
 * - `CHARGED`: charged at checkout (AT_CHECKOUT);
 * - `AUTHORIZED`: ON_ACCEPTANCE, authorized, charged when the shops accept;
 * - `CAPTURED`: ON_ACCEPTANCE, the accepted parts charged;
 * - `RELEASED`: ON_ACCEPTANCE, no part accepted: the authorization was cancelled, nothing charged.
 */
export type PaymentState = "NONE" | "CHARGED" | "AUTHORIZED" | "CAPTURED" | "RELEASED";

export function paymentStateOf(order: {
  status: OrderStatus;
  captureMode: CaptureMode;
  capturedAt: Date | null;
  authorizationReleasedAt: Date | null;
}): PaymentState {
  if (order.status !== "PAID") return "NONE";
  if (order.captureMode === "AT_CHECKOUT") return "CHARGED";
  if (order.capturedAt) return "CAPTURED";
  if (order.authorizationReleasedAt) return "RELEASED";
  return "AUTHORIZED";
}

/**
 * The message key of an order's progress line (orders.progress.*), except where the payment says
 * otherwise: an authorized order is not paid yet, and a released one was never charged.
 */
export function progressMessageKey<P extends string>(
  progress: P,
  payment: PaymentState,
): "payments.progress.authorized" | "payments.progress.released" | `orders.progress.${P}` {
  if (payment === "AUTHORIZED") return "payments.progress.authorized";
  if (payment === "RELEASED") return "payments.progress.released";
  return `orders.progress.${progress}`;
}
