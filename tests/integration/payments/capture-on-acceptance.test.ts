// Capture on acceptance (docs/domain.md, capture): an ON_ACCEPTANCE order is only authorized at
// checkout; once every part is answered, the accepted parts are captured (refused, expired and
// cancelled ones never charged, their refunds settled without the provider), or the authorization
// is cancelled when none was accepted. Through the test provider and through Stripe (the fake, at
// its HTTP boundary), with an injected clock.
import { chargedNote } from "@/lib/payments/payment-wording";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { deliverPendingEmails } from "@/lib/notifications/deliver-pending-emails";
import { placeOrder } from "@/lib/orders/place-order";
import { applyJobTransition, transitionShopOrder } from "@/lib/orders/transition-shop-order";
import { cancelKeyOf, captureKeyOf, captureOrderPayment } from "@/lib/payments/capture-order-payment";
import {
  AUTHORIZATION_LIFETIME_MS,
  lapseDeadlineOf,
  MAX_CAPTURE_ATTEMPTS,
  NEVER_CHARGED_REFERENCE,
  progressMessageKey,
} from "@/lib/payments/capture-rules";
import { processPendingRefunds } from "@/lib/payments/process-pending-refunds";
import { getMyOrder } from "@/lib/orders/get-my-order";
import { getOrderForViewer } from "@/lib/orders/get-order-for-viewer";
import { getShopOrderForOperator } from "@/lib/orders/get-shop-order-for-operator";
import { listMyOrders } from "@/lib/orders/list-my-orders";
import { startOrderPayment } from "@/lib/payments/start-order-payment";
import { sweepCaptures } from "@/lib/payments/sweep-captures";
import { startFakeStripe, type FakeStripe } from "../../support/fake-stripe";
import { startSmtpCatcher, type SmtpCatcher } from "../../support/smtp-catcher";
import { cartWith, checkoutForm, lyonShop, product } from "../checkout/place-order-fixtures";
import { createUser, placedOrder, twoShops, type Shops } from "../orders/order-fixtures";
import { confirmTestPayment, deliverStripeEvent, pointStripeAt } from "./payment-fixtures";

const SECRET = "whsec_test_capture";
let stripe: FakeStripe;
let smtp: SmtpCatcher;
let shops: Shops;
const db = () => getDb();

beforeAll(async () => {
  stripe = await startFakeStripe();
  smtp = await startSmtpCatcher();
  process.env.APP_URL = "https://halle.test";
  await db().marketplaceSettings.upsert({
    where: { id: 1 },
    create: { id: 1, captureMode: "ON_ACCEPTANCE" },
    update: { captureMode: "ON_ACCEPTANCE" },
  });
});

beforeEach(async () => {
  pointStripeAt(null);
  stripe.requests.length = 0;
  stripe.failures.captures = 0;
  shops = await twoShops();
});

afterAll(async () => {
  pointStripeAt(null);
  delete process.env.SMTP_URL;
  await stripe.close();
  await smtp.close();
});

const deliver = (type: string, object: unknown) => deliverStripeEvent(SECRET, type, object);

const partsOf = async (orderId: string) => {
  const parts = await db().shopOrder.findMany({ where: { orderId } });
  return {
    bakeryPart: parts.find((part) => part.shopId === shops.bakery.id)!,
    potteryPart: parts.find((part) => part.shopId === shops.pottery.id)!,
  };
};

/** An ON_ACCEPTANCE order authorized through the test provider (the fixture's order: bakery 9 €, pottery 34,90 €). */
async function authorizedTestOrder() {
  const placed = await placedOrder(shops);
  await db().order.update({ where: { id: placed.order.id }, data: { captureMode: "ON_ACCEPTANCE" } });
  const outcome = await confirmTestPayment(placed.order);
  expect(outcome.status).toBe("confirmed");
  return { ...placed, ...(await partsOf(placed.order.id)) };
}

/** An ON_ACCEPTANCE order handed to Stripe (manual capture), authorized by the shopper, confirmed by the webhook. */
async function authorizedStripeOrder(event: "session" | "payment_intent" = "session") {
  pointStripeAt(stripe, SECRET);
  const placed = await placedOrder(shops, { provider: "stripe" });
  await db().order.update({
    where: { id: placed.order.id },
    data: { captureMode: "ON_ACCEPTANCE", paymentProvider: null, paymentReference: null },
  });
  await startOrderPayment(placed.order.id);
  const order = await db().order.findUniqueOrThrow({ where: { id: placed.order.id } });
  const intent = stripe.authorize(order.paymentReference!);
  const session = stripe.sessions.get(order.paymentReference!)!;
  const outcome =
    event === "session"
      ? await deliver("checkout.session.completed", session)
      : await deliver("payment_intent.amount_capturable_updated", intent);
  expect(outcome).toBe("confirmed");
  return { ...placed, order, session, intent, ...(await partsOf(placed.order.id)) };
}

/** The sweep looks at every order of this file's database: the other tests' authorizations are set aside. */
const onlyThisAuthorization = (orderId: string) =>
  db().order.updateMany({
    where: { id: { not: orderId }, captureMode: "ON_ACCEPTANCE", capturedAt: null, authorizationReleasedAt: null },
    data: { authorizationReleasedAt: new Date() },
  });

const refundsOf = (orderId: string) =>
  db().refund.findMany({ where: { shopOrder: { orderId } }, orderBy: { createdAt: "asc" } });
const ledgerSum = async (shopOrderId: string) =>
  (await db().ledgerEntry.aggregate({ where: { shopOrderId }, _sum: { amount: true } }))._sum.amount;
const requestsTo = (pattern: RegExp) => stripe.requests.filter((request) => pattern.test(request.path));

describe("checkout", () => {
  it("snapshots the marketplace's capture mode on the order", async () => {
    const { shop } = await lyonShop();
    const item = await product(shop.id, { priceAmount: 800, stock: 5 });
    const cart = await cartWith({
      lines: [{ productId: item.id, quantity: 1 }],
      choices: [{ shopId: shop.id, deliveryMethod: "CLICK_AND_COLLECT" }],
    });
    const placed = await placeOrder(null, { ...checkoutForm(800), guestToken: cart.guestToken });
    const order = await db().order.findUniqueOrThrow({ where: { id: placed.orderId } });
    expect(order).toMatchObject({ captureMode: "ON_ACCEPTANCE", authorizationExpiresAt: null, capturedAt: null });
  });

  it("sets when the authorization lapses as the payment is confirmed, the parts awaiting acceptance as today", async () => {
    const paid = await authorizedTestOrder();
    const order = await db().order.findUniqueOrThrow({ where: { id: paid.order.id } });
    expect(order.status).toBe("PAID");
    expect(order.authorizationExpiresAt!.getTime() - order.paidAt!.getTime()).toBe(AUTHORIZATION_LIFETIME_MS);
    expect([paid.bakeryPart.status, paid.potteryPart.status]).toEqual(["AWAITING_ACCEPTANCE", "AWAITING_ACCEPTANCE"]);
    expect(await db().ledgerEntry.count({ where: { shopOrder: { orderId: paid.order.id } } })).toBe(6);
  });
});

describe("captureOrderPayment with the test provider", () => {
  it("waits for every answer, then captures the accepted part only; the refused one is never charged", async () => {
    const paid = await authorizedTestOrder();
    const now = new Date("2026-12-08T10:00:00Z");
    await transitionShopOrder(shops.bakerVendor, { shopOrderId: paid.bakeryPart.id, action: "ACCEPT" });
    expect(await captureOrderPayment(paid.order.id, now)).toBe("waiting");
    await transitionShopOrder(shops.potterVendor, {
      shopOrderId: paid.potteryPart.id,
      action: "REFUSE",
      reason: "Plus en stock",
    });
    // Not captured yet: the refund of the refused part is not sent to the provider.
    expect(await processPendingRefunds(now, 10)).toEqual({ succeeded: 0, retrying: 0, failed: 0 });

    expect(await captureOrderPayment(paid.order.id, now)).toBe("captured");
    const order = await db().order.findUniqueOrThrow({ where: { id: paid.order.id } });
    expect(order).toMatchObject({ capturedAt: now, capturedAmount: 900, authorizationReleasedAt: null });
    expect(await refundsOf(paid.order.id)).toMatchObject([
      {
        shopOrderId: paid.potteryPart.id,
        amount: 3490,
        status: "SUCCEEDED",
        providerReference: NEVER_CHARGED_REFERENCE,
      },
    ]);
    // The refused part owes nothing, not even the payment fee (never charged); the accepted one keeps its sale.
    expect(await ledgerSum(paid.potteryPart.id)).toBe(0);
    expect(await ledgerSum(paid.bakeryPart.id)).toBe(900 - 90);
    expect(await db().auditLog.count({ where: { entityId: paid.order.id, action: "payment.captured" } })).toBe(1);

    expect(await captureOrderPayment(paid.order.id, now)).toBe("not-due");
    expect(await processPendingRefunds(now, 10)).toEqual({ succeeded: 0, retrying: 0, failed: 0 });
  });

  it("cancels the authorization when every part is refused: refunds settled never charged, the ledger back to zero", async () => {
    const paid = await authorizedTestOrder();
    const now = new Date("2026-12-08T10:00:00Z");
    await transitionShopOrder(shops.bakerVendor, {
      shopOrderId: paid.bakeryPart.id,
      action: "REFUSE",
      reason: "Fermé",
    });
    await transitionShopOrder(paid.shopper, { shopOrderId: paid.potteryPart.id, action: "CANCEL" });
    expect(await captureOrderPayment(paid.order.id, now)).toBe("released");
    expect(await db().order.findUniqueOrThrow({ where: { id: paid.order.id } })).toMatchObject({
      authorizationReleasedAt: now,
      capturedAt: null,
      capturedAmount: 0,
    });
    const refunds = await refundsOf(paid.order.id);
    expect(refunds.map((refund) => [refund.amount, refund.status, refund.providerReference])).toEqual([
      [900, "SUCCEEDED", NEVER_CHARGED_REFERENCE],
      [3490, "SUCCEEDED", NEVER_CHARGED_REFERENCE],
    ]);
    expect(await ledgerSum(paid.bakeryPart.id)).toBe(0);
    expect(await ledgerSum(paid.potteryPart.id)).toBe(0);
    expect(await captureOrderPayment(paid.order.id, now)).toBe("not-due");
  });

  it("sends to the provider, as today, a refund written after the capture", async () => {
    const paid = await authorizedTestOrder();
    const now = new Date("2026-12-08T10:00:00Z");
    await transitionShopOrder(shops.bakerVendor, { shopOrderId: paid.bakeryPart.id, action: "ACCEPT" });
    await transitionShopOrder(shops.potterVendor, { shopOrderId: paid.potteryPart.id, action: "ACCEPT" });
    expect(await captureOrderPayment(paid.order.id, now)).toBe("captured");
    expect((await db().order.findUniqueOrThrow({ where: { id: paid.order.id } })).capturedAmount).toBe(4390);
    await transitionShopOrder(shops.bakerVendor, {
      shopOrderId: paid.bakeryPart.id,
      action: "CANCEL",
      reason: "Four en panne",
    });
    expect(await processPendingRefunds(now, 10)).toEqual({ succeeded: 1, retrying: 0, failed: 0 });
    const [refund] = await refundsOf(paid.order.id);
    expect(refund.providerReference).toMatch(/^test_re_/);
  });

  it("leaves charge-at-checkout orders alone", async () => {
    const placed = await placedOrder(shops);
    await confirmTestPayment(placed.order);
    const order = await db().order.findUniqueOrThrow({ where: { id: placed.order.id } });
    expect(order).toMatchObject({ captureMode: "AT_CHECKOUT", authorizationExpiresAt: null });
    expect(await captureOrderPayment(placed.order.id, new Date())).toBe("not-due");
  });
});

describe("what the shopper and the operator read", () => {
  it("authorized, then paid once captured; charged at checkout stays 'paid — waiting'", async () => {
    const operator = await createUser("OPERATOR", "Opératrice Halle");
    const paid = await authorizedTestOrder();
    const shopper = paid.shopper!;
    const progressOf = async () => {
      const detail = await getMyOrder(shopper, paid.order.id);
      const viewed = await getOrderForViewer(shopper, undefined, paid.order.id);
      const listed = (await listMyOrders(shopper)).orders.find((order) => order.id === paid.order.id)!;
      const keys = [detail, viewed, listed].map((order) => progressMessageKey(order.progress, order.payment));
      expect(new Set(keys).size).toBe(1);
      return keys[0];
    };
    expect(await progressOf()).toBe("payments.progress.authorized");
    expect((await getShopOrderForOperator(operator, paid.bakeryPart.id)).payment).toMatchObject({
      captureMode: "ON_ACCEPTANCE",
      state: "AUTHORIZED",
      authorizedAmount: 4390,
      capturedAmount: null,
    });
    await transitionShopOrder(shops.bakerVendor, { shopOrderId: paid.bakeryPart.id, action: "ACCEPT" });
    await transitionShopOrder(shops.potterVendor, {
      shopOrderId: paid.potteryPart.id,
      action: "REFUSE",
      reason: "Cassé",
    });
    const now = new Date("2026-12-08T10:00:00Z");
    await captureOrderPayment(paid.order.id, now);
    expect(await progressOf()).toBe("orders.progress.IN_PROGRESS");
    expect((await getShopOrderForOperator(operator, paid.potteryPart.id)).payment).toMatchObject({
      state: "CAPTURED",
      authorizedAmount: 4390,
      capturedAmount: 900,
      capturedAt: now,
    });
    // The shopper's totals say what was charged under the authorized total.
    expect(chargedNote(await getMyOrder(shopper, paid.order.id))).toEqual({
      key: "payments.totals.captured",
      amount: 900,
    });

    const atCheckout = await placedOrder(shops, { shopper });
    await confirmTestPayment(atCheckout.order);
    const detail = await getMyOrder(shopper, atCheckout.order.id);
    expect(progressMessageKey(detail.progress, detail.payment)).toBe("orders.progress.AWAITING_ACCEPTANCE");
  });
});

describe("captureOrderPayment with Stripe (manual capture)", () => {
  it("authorizes at checkout, then captures the accepted part's amount with the order's key", async () => {
    const paid = await authorizedStripeOrder();
    const [create] = requestsTo(/^\/v1\/checkout\/sessions$/);
    expect(create.body.get("payment_intent_data[capture_method]")).toBe("manual");
    expect(paid.session.payment_status).toBe("unpaid");
    expect(await db().order.findUniqueOrThrow({ where: { id: paid.order.id } })).toMatchObject({ status: "PAID" });

    await transitionShopOrder(shops.bakerVendor, { shopOrderId: paid.bakeryPart.id, action: "ACCEPT" });
    await transitionShopOrder(shops.potterVendor, {
      shopOrderId: paid.potteryPart.id,
      action: "REFUSE",
      reason: "Cassé",
    });
    expect(await processPendingRefunds(new Date(), 10)).toEqual({ succeeded: 0, retrying: 0, failed: 0 });
    expect(await captureOrderPayment(paid.order.id, new Date())).toBe("captured");

    const captures = requestsTo(/\/capture$/);
    expect(captures).toHaveLength(1);
    expect(captures[0].path).toBe(`/v1/payment_intents/${paid.intent.id}/capture`);
    expect(captures[0].body.get("amount_to_capture")).toBe("900");
    expect(captures[0].idempotencyKey).toBe(captureKeyOf(paid.order.id));
    expect(stripe.paymentIntents.get(paid.intent.id)).toMatchObject({ status: "succeeded", amount_received: 900 });
    // The refused part's money was never taken: nothing is refunded at Stripe.
    expect(requestsTo(/^\/v1\/refunds$/)).toHaveLength(0);
    expect((await refundsOf(paid.order.id))[0]).toMatchObject({ providerReference: NEVER_CHARGED_REFERENCE });

    // A refund after the capture goes to Stripe, within what was captured.
    await transitionShopOrder(shops.bakerVendor, {
      shopOrderId: paid.bakeryPart.id,
      action: "CANCEL",
      reason: "Panne",
    });
    expect(await processPendingRefunds(new Date(), 10)).toEqual({ succeeded: 1, retrying: 0, failed: 0 });
    const [refund] = requestsTo(/^\/v1\/refunds$/);
    expect(refund.body.get("amount")).toBe("900");
    expect(stripe.refunded.get(paid.intent.id)).toBe(900);
  });

  it("confirms from payment_intent.amount_capturable_updated as well, and cancels the authorization when no part is accepted", async () => {
    const paid = await authorizedStripeOrder("payment_intent");
    // The session's own event, coming second, finds the order paid.
    expect(await deliver("checkout.session.completed", paid.session)).toBe("already-paid");
    await transitionShopOrder(shops.bakerVendor, {
      shopOrderId: paid.bakeryPart.id,
      action: "REFUSE",
      reason: "Fermé",
    });
    await transitionShopOrder(shops.potterVendor, {
      shopOrderId: paid.potteryPart.id,
      action: "REFUSE",
      reason: "Cassé",
    });
    expect(await captureOrderPayment(paid.order.id, new Date())).toBe("released");
    const cancels = requestsTo(/\/cancel$/);
    expect(cancels.map((request) => [request.path, request.idempotencyKey])).toEqual([
      [`/v1/payment_intents/${paid.intent.id}/cancel`, cancelKeyOf(paid.order.id)],
    ]);
    expect(stripe.paymentIntents.get(paid.intent.id)?.status).toBe("canceled");
    expect(requestsTo(/\/capture$|^\/v1\/refunds$/)).toHaveLength(0);
    expect((await refundsOf(paid.order.id)).every((r) => r.providerReference === NEVER_CHARGED_REFERENCE)).toBe(true);
  });

  it("keeps the order authorized when Stripe fails, and captures once at the next run with the same key", async () => {
    const paid = await authorizedStripeOrder();
    await transitionShopOrder(shops.bakerVendor, { shopOrderId: paid.bakeryPart.id, action: "ACCEPT" });
    await transitionShopOrder(shops.potterVendor, { shopOrderId: paid.potteryPart.id, action: "ACCEPT" });
    stripe.failures.captures = 1;
    const now = new Date();
    await expect(captureOrderPayment(paid.order.id, now)).rejects.toThrow(/unavailable/);
    expect((await db().order.findUniqueOrThrow({ where: { id: paid.order.id } })).capturedAt).toBeNull();
    // the next attempt waits a minute (recordCaptureFailure), then captures
    expect(await captureOrderPayment(paid.order.id, now)).toBe("not-due");
    expect(await captureOrderPayment(paid.order.id, new Date(now.getTime() + 60_000))).toBe("captured");
    expect(new Set(requestsTo(/\/capture$/).map((request) => request.idempotencyKey))).toEqual(
      new Set([captureKeyOf(paid.order.id)]),
    );
    expect(stripe.paymentIntents.get(paid.intent.id)).toMatchObject({ amount_received: 4390 });
  });

  it("captures once when two workers meet", async () => {
    const paid = await authorizedStripeOrder();
    await transitionShopOrder(shops.bakerVendor, { shopOrderId: paid.bakeryPart.id, action: "ACCEPT" });
    await transitionShopOrder(shops.potterVendor, {
      shopOrderId: paid.potteryPart.id,
      action: "REFUSE",
      reason: "Cassé",
    });
    const now = new Date();
    const outcomes = await Promise.all([
      captureOrderPayment(paid.order.id, now),
      captureOrderPayment(paid.order.id, now),
    ]);
    expect(outcomes.sort()).toEqual(["captured", "not-due"]);
    const sweeps = await Promise.all([sweepCaptures(now), sweepCaptures(now)]);
    expect(sweeps.map((report) => report.captured)).toEqual([0, 0]);
    expect(requestsTo(/\/capture$/)).toHaveLength(1);
    expect(await db().auditLog.count({ where: { entityId: paid.order.id, action: "payment.captured" } })).toBe(1);
  });

  it("captures once when two sweeps meet on a ready order", async () => {
    const paid = await authorizedStripeOrder();
    await transitionShopOrder(shops.bakerVendor, { shopOrderId: paid.bakeryPart.id, action: "ACCEPT" });
    await transitionShopOrder(shops.potterVendor, { shopOrderId: paid.potteryPart.id, action: "ACCEPT" });
    await onlyThisAuthorization(paid.order.id);
    const now = new Date();
    const [first, second] = await Promise.all([sweepCaptures(now), sweepCaptures(now)]);
    expect(first.captured + second.captured).toBe(1);
    expect(requestsTo(/\/capture$/)).toHaveLength(1);
    expect((await db().order.findUniqueOrThrow({ where: { id: paid.order.id } })).capturedAmount).toBe(4390);
  });
});

describe("sweepCaptures before the authorization lapses", () => {
  it("expires the parts still unanswered a day before the lapse, e-mails both sides, and captures the accepted ones", async () => {
    const paid = await authorizedTestOrder();
    await onlyThisAuthorization(paid.order.id);
    const order = await db().order.findUniqueOrThrow({ where: { id: paid.order.id } });
    const lapse = lapseDeadlineOf(order.authorizationExpiresAt!);
    // A marketplace with a long acceptance deadline: the pottery's answer is due after the lapse.
    await db().shopOrder.update({
      where: { id: paid.potteryPart.id },
      data: { acceptBy: order.authorizationExpiresAt!, remindAt: lapse },
    });
    await transitionShopOrder(shops.bakerVendor, { shopOrderId: paid.bakeryPart.id, action: "ACCEPT" });
    process.env.SMTP_URL = smtp.url;
    await deliverPendingEmails({ limit: 1000 }); // the e-mails of this file's earlier steps
    smtp.received.length = 0;

    const before = new Date(lapse.getTime() - 60_000);
    expect(await sweepCaptures(before)).toEqual({ lapsed: 0, captured: 0, released: 0 });
    expect(await applyJobTransition(paid.potteryPart.id, "EXPIRE", lapse)).toBe("moved-on");

    expect(await sweepCaptures(lapse)).toEqual({ lapsed: 1, captured: 1, released: 0 });
    const pottery = await db().shopOrder.findUniqueOrThrow({
      where: { id: paid.potteryPart.id },
      include: { events: { orderBy: { createdAt: "desc" }, take: 1 } },
    });
    expect(pottery.status).toBe("EXPIRED");
    expect(pottery.events[0]).toMatchObject({ action: "EXPIRE", actorKind: "JOB" });
    // Both sides are told, as for any expiry, through the real SMTP path.
    await deliverPendingEmails();
    expect(smtp.received.map((received) => received.envelopeTo[0]).sort()).toEqual(
      [paid.order.email, shops.potterVendor.email].sort(),
    );
    for (const { mail } of smtp.received) expect(mail.subject).toContain(paid.order.number);
    expect(await db().order.findUniqueOrThrow({ where: { id: paid.order.id } })).toMatchObject({
      capturedAt: lapse,
      capturedAmount: 900,
    });
    expect(await sweepCaptures(lapse)).toEqual({ lapsed: 0, captured: 0, released: 0 });
  });

  it("never expires, on the lapse path, a part of an order already captured or charged at checkout", async () => {
    const placed = await placedOrder(shops);
    await confirmTestPayment(placed.order);
    const { potteryPart } = await partsOf(placed.order.id);
    const farFuture = new Date(Date.now() + 30 * 24 * 60 * 60_000);
    await db().shopOrder.update({
      where: { id: potteryPart.id },
      data: { acceptBy: new Date(farFuture.getTime() + 1) },
    });
    expect(await applyJobTransition(potteryPart.id, "EXPIRE", farFuture, { authorizationLapse: true })).toBe(
      "moved-on",
    );
  });
});

describe("a capture the provider keeps refusing (docs/domain.md, capture)", () => {
  const MINUTE = 60_000;
  const mailsTo = (address: string) => smtp.received.filter((received) => received.envelopeTo.includes(address));

  async function acceptedStripeOrder() {
    const operator = await createUser("OPERATOR", "Opératrice Halle");
    const paid = await authorizedStripeOrder();
    await transitionShopOrder(shops.bakerVendor, { shopOrderId: paid.bakeryPart.id, action: "ACCEPT" });
    await transitionShopOrder(shops.potterVendor, { shopOrderId: paid.potteryPart.id, action: "ACCEPT" });
    await onlyThisAuthorization(paid.order.id);
    process.env.SMTP_URL = smtp.url;
    await deliverPendingEmails({ limit: 500 });
    smtp.received.length = 0;
    return { ...paid, operator };
  }

  it("is tried again later and later, not every minute, then given up and the operators told once", async () => {
    const paid = await acceptedStripeOrder();
    stripe.failures.captures = 100;
    const start = new Date();
    // Three hours of the every-minute sweep: 1 min, 5 min, 30 min, 2 h between attempts, then given up.
    for (let minute = 0; minute <= 180; minute++)
      expect(await sweepCaptures(new Date(start.getTime() + minute * MINUTE))).toEqual({
        lapsed: 0,
        captured: 0,
        released: 0,
      });
    expect(requestsTo(/\/capture$/)).toHaveLength(MAX_CAPTURE_ATTEMPTS);
    const order = await db().order.findUniqueOrThrow({ where: { id: paid.order.id } });
    expect(order).toMatchObject({
      capturedAt: null,
      captureAttempts: MAX_CAPTURE_ATTEMPTS,
      captureNextAttemptAt: null,
      captureFailedAt: new Date(start.getTime() + (1 + 5 + 30 + 120) * MINUTE),
    });
    expect(order.captureLastError).toMatch(/unavailable/);
    expect(await db().auditLog.count({ where: { entityId: paid.order.id, action: "payment.capture-failed" } })).toBe(1);

    // Given up: no sweep nor job tries again.
    const dayAfter = new Date(start.getTime() + 24 * 60 * MINUTE);
    expect(await sweepCaptures(dayAfter)).toEqual({ lapsed: 0, captured: 0, released: 0 });
    expect(await captureOrderPayment(paid.order.id, dayAfter)).toBe("not-due");
    expect(requestsTo(/\/capture$/)).toHaveLength(MAX_CAPTURE_ATTEMPTS);

    await deliverPendingEmails({ limit: 500 });
    const mails = mailsTo(paid.operator.email);
    expect(mails).toHaveLength(1);
    expect(mails[0].mail.subject).toContain(paid.order.number);
    expect(mails[0].mail.text).toMatch(/43,90\s€/);
    expect(mails[0].mail.text).toContain(`${MAX_CAPTURE_ATTEMPTS} fois`);
    expect(mails[0].mail.text).toContain(`${shops.bakery.name}, ${shops.pottery.name}`);
    expect(mails[0].mail.text).toContain(`https://halle.test/admin/orders/${paid.bakeryPart.id}`);
    // Nobody else: the shopper and the shops are not told of the marketplace's trouble.
    expect(mailsTo(paid.order.email)).toHaveLength(0);
  });

  it("failing once the authorization has lapsed, is given up at once", async () => {
    const paid = await acceptedStripeOrder();
    const { authorizationExpiresAt } = await db().order.findUniqueOrThrow({ where: { id: paid.order.id } });
    const lapsed = new Date(authorizationExpiresAt!.getTime() + MINUTE);
    stripe.failures.captures = 1;
    await expect(captureOrderPayment(paid.order.id, lapsed)).rejects.toThrow(/unavailable/);
    expect(await db().order.findUniqueOrThrow({ where: { id: paid.order.id } })).toMatchObject({
      captureAttempts: 1,
      captureFailedAt: lapsed,
      capturedAt: null,
    });
    expect(await sweepCaptures(new Date(lapsed.getTime() + 60 * MINUTE))).toEqual({
      lapsed: 0,
      captured: 0,
      released: 0,
    });
    await deliverPendingEmails({ limit: 500 });
    const mails = mailsTo(paid.operator.email);
    expect(mails).toHaveLength(1);
    expect(mails[0].mail.text).toContain("L'autorisation de paiement a expiré");
  });

  it("never waits past the lapse: the last try is at the lapse itself", async () => {
    const paid = await acceptedStripeOrder();
    const { authorizationExpiresAt } = await db().order.findUniqueOrThrow({ where: { id: paid.order.id } });
    const expires = authorizationExpiresAt!;
    stripe.failures.captures = 100;
    await expect(captureOrderPayment(paid.order.id, new Date(expires.getTime() - 10 * MINUTE))).rejects.toThrow();
    await expect(captureOrderPayment(paid.order.id, new Date(expires.getTime() - 9 * MINUTE))).rejects.toThrow();
    await expect(captureOrderPayment(paid.order.id, new Date(expires.getTime() - 4 * MINUTE))).rejects.toThrow();
    // 30 min after the third failure would be past the lapse: the fourth try is at the lapse, and the last
    expect((await db().order.findUniqueOrThrow({ where: { id: paid.order.id } })).captureNextAttemptAt).toEqual(
      expires,
    );
    await expect(captureOrderPayment(paid.order.id, expires)).rejects.toThrow();
    expect((await db().order.findUniqueOrThrow({ where: { id: paid.order.id } })).captureFailedAt).toEqual(expires);
  });
});
