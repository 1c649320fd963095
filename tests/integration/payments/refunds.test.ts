// Refunds (docs/domain.md, Refund): written PENDING by a refunding transition, sent by
// processPendingRefunds to the provider that took the payment, each exactly once, with the
// refund's id as the idempotency key; failures retried later and later (the backoff of
// lib/payments/refund-retry.ts, with a moved clock) up to MAX_REFUND_ATTEMPTS, then FAILED and the
// operators told once.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { deliverPendingEmails } from "@/lib/notifications/deliver-pending-emails";
import { confirmOrderPayment } from "@/lib/orders/confirm-order-payment";
import { applyJobTransition, transitionShopOrder } from "@/lib/orders/transition-shop-order";
import { getPaymentProviderNamed } from "@/lib/payments/payment-provider";
import { MAX_REFUND_ATTEMPTS, processPendingRefunds } from "@/lib/payments/process-pending-refunds";
import { nextRefundAttemptAt } from "@/lib/payments/refund-retry";
import { startOrderPayment } from "@/lib/payments/start-order-payment";
import { startFakeStripe, type FakeStripe } from "../../support/fake-stripe";
import { startSmtpCatcher, type SmtpCatcher } from "../../support/smtp-catcher";
import { createUser, paidOrder, placedOrder, twoShops, type Shops } from "../orders/order-fixtures";
import { pointStripeAt } from "./payment-fixtures";

let stripe: FakeStripe;
let smtp: SmtpCatcher;
let shops: Shops;
const db = () => getDb();

beforeAll(async () => {
  stripe = await startFakeStripe();
  smtp = await startSmtpCatcher();
  process.env.APP_URL = "https://halle.test";
});

beforeEach(async () => {
  pointStripeAt(null);
  stripe.requests.length = 0;
  stripe.failures.refunds = 0;
  // each test sees only its own refunds
  await db().refund.updateMany({ where: { status: "PENDING" }, data: { status: "FAILED" } });
  shops = await twoShops();
});

afterAll(async () => {
  pointStripeAt(null);
  delete process.env.SMTP_URL;
  await stripe.close();
  await smtp.close();
});

/** A paid Stripe order: its Checkout Session created through the fake, completed, and confirmed. */
async function paidStripeOrder() {
  pointStripeAt(stripe);
  const placed = await placedOrder(shops, { provider: "stripe" });
  await db().order.update({ where: { id: placed.order.id }, data: { paymentProvider: null, paymentReference: null } });
  await startOrderPayment(placed.order.id);
  const order = await db().order.findUniqueOrThrow({
    where: { id: placed.order.id },
    include: { shopOrders: true },
  });
  const session = stripe.sessions.get(order.paymentReference!)!;
  const paymentIntent = `pi_test_${order.id}`;
  Object.assign(session, { status: "complete", payment_status: "paid", payment_intent: paymentIntent });
  const outcome = await confirmOrderPayment({
    orderId: order.id,
    provider: "stripe",
    reference: session.id,
    amountReceived: session.amount_total,
    currency: "EUR",
  });
  expect(outcome.status).toBe("confirmed");
  const part = (shopId: string) => order.shopOrders.find((p) => p.shopId === shopId)!;
  return {
    ...placed,
    order,
    session,
    paymentIntent,
    bakeryPart: part(shops.bakery.id),
    potteryPart: part(shops.pottery.id),
  };
}

const refundRequests = () => stripe.requests.filter((request) => request.path === "/v1/refunds");

describe("refunding transitions", () => {
  it("REFUSE, EXPIRE and CANCEL each write one pending refund for what was paid for the part", async () => {
    const paid = await paidOrder(shops);
    await transitionShopOrder(shops.potterVendor, {
      shopOrderId: paid.potteryPart.id,
      action: "REFUSE",
      reason: "Cassé",
    });
    const other = await paidOrder(shops);
    await transitionShopOrder(other.shopper, { shopOrderId: other.bakeryPart.id, action: "CANCEL" });
    expect(await applyJobTransition(other.potteryPart.id, "EXPIRE", other.potteryPart.acceptBy!)).toBe("done");
    const refunds = await db().refund.findMany({
      where: { shopOrderId: { in: [paid.potteryPart.id, other.bakeryPart.id, other.potteryPart.id] } },
      orderBy: { createdAt: "asc" },
    });
    expect(refunds.map((refund) => [refund.shopOrderId, refund.amount, refund.status])).toEqual([
      [paid.potteryPart.id, 3490, "PENDING"],
      [other.bakeryPart.id, 900, "PENDING"],
      [other.potteryPart.id, 3490, "PENDING"],
    ]);
    const commission = await db().ledgerEntry.findMany({
      where: { shopOrderId: other.bakeryPart.id, type: { in: ["REFUND", "COMMISSION"] } },
      orderBy: { amount: "asc" },
    });
    expect(commission.map((entry) => [entry.type, entry.amount])).toEqual([
      ["REFUND", -900],
      ["COMMISSION", -90],
      ["COMMISSION", 90],
    ]);
  });
});

describe("processPendingRefunds with the test provider", () => {
  it("sends each pending refund once: SUCCEEDED with a test reference, and nothing left for the next run", async () => {
    const paid = await paidOrder(shops);
    await transitionShopOrder(shops.potterVendor, {
      shopOrderId: paid.potteryPart.id,
      action: "REFUSE",
      reason: "Cassé",
    });
    await transitionShopOrder(shops.bakerVendor, {
      shopOrderId: paid.bakeryPart.id,
      action: "REFUSE",
      reason: "Fermé",
    });
    const now = new Date("2026-12-07T10:00:00Z");
    expect(await processPendingRefunds(now, 10)).toEqual({ succeeded: 2, retrying: 0, failed: 0 });
    const refunds = await db().refund.findMany({ where: { shopOrder: { orderId: paid.order.id } } });
    for (const refund of refunds) {
      expect(refund).toMatchObject({ status: "SUCCEEDED", attempts: 1, lastError: null, processedAt: now });
      expect(refund.providerReference).toMatch(/^test_re_[0-9a-f]+$/);
    }
    expect(await processPendingRefunds(now, 10)).toEqual({ succeeded: 0, retrying: 0, failed: 0 });
  });

  it("stops at the limit and leaves the rest for the next run", async () => {
    for (let i = 0; i < 3; i++) {
      const paid = await paidOrder(shops);
      await transitionShopOrder(paid.shopper, { shopOrderId: paid.potteryPart.id, action: "CANCEL" });
    }
    expect(await processPendingRefunds(new Date(), 2)).toEqual({ succeeded: 2, retrying: 0, failed: 0 });
    expect(await processPendingRefunds(new Date(), 2)).toEqual({ succeeded: 1, retrying: 0, failed: 0 });
  });
});

describe("processPendingRefunds with Stripe (the fake, at its HTTP boundary)", () => {
  it("refunds the Checkout Session's PaymentIntent by the part's amount, keyed by the refund's id", async () => {
    const paid = await paidStripeOrder();
    await transitionShopOrder(shops.potterVendor, {
      shopOrderId: paid.potteryPart.id,
      action: "REFUSE",
      reason: "Cassé",
    });
    const refund = await db().refund.findFirstOrThrow({ where: { shopOrderId: paid.potteryPart.id } });
    expect(await processPendingRefunds(new Date(), 10)).toEqual({ succeeded: 1, retrying: 0, failed: 0 });
    const [request] = refundRequests();
    expect(refundRequests()).toHaveLength(1);
    expect(request.idempotencyKey).toBe(refund.id);
    expect(request.body.get("payment_intent")).toBe(paid.paymentIntent);
    expect(request.body.get("amount")).toBe("3490");
    const sent = await db().refund.findUniqueOrThrow({ where: { id: refund.id } });
    expect(sent.status).toBe("SUCCEEDED");
    expect(sent.providerReference).toMatch(/^re_/);
    expect(stripe.refunded.get(paid.paymentIntent)).toBe(3490);
  });

  it("sends each refund once even when two runs meet", async () => {
    const orders = [await paidStripeOrder(), await paidStripeOrder()];
    for (const paid of orders) {
      await transitionShopOrder(shops.potterVendor, {
        shopOrderId: paid.potteryPart.id,
        action: "REFUSE",
        reason: "Cassé",
      });
      await transitionShopOrder(paid.shopper, { shopOrderId: paid.bakeryPart.id, action: "CANCEL" });
    }
    const [first, second] = await Promise.all([
      processPendingRefunds(new Date(), 10),
      processPendingRefunds(new Date(), 10),
    ]);
    expect(first.succeeded + second.succeeded).toBe(4);
    expect(first.retrying + second.retrying + first.failed + second.failed).toBe(0);
    const keys = refundRequests().map((request) => request.idempotencyKey);
    expect(keys).toHaveLength(4);
    expect(new Set(keys).size).toBe(4);
    for (const paid of orders) expect(stripe.refunded.get(paid.paymentIntent)).toBe(paid.order.totalAmount);
    expect(
      await db().refund.count({
        where: { status: "SUCCEEDED", shopOrder: { orderId: { in: orders.map((o) => o.order.id) } } },
      }),
    ).toBe(4);
  });

  it("gets the same refund back for the same idempotency key, and is refused more than was charged", async () => {
    const paid = await paidStripeOrder();
    const provider = getPaymentProviderNamed("stripe")!;
    const request = { reference: paid.session.id, amount: 1000, currency: "EUR", idempotencyKey: "refund-once" };
    const first = await provider.refund(request);
    const again = await provider.refund(request);
    expect(again.reference).toBe(first.reference);
    expect(stripe.refunded.get(paid.paymentIntent)).toBe(1000);
    await expect(
      provider.refund({ ...request, amount: paid.order.totalAmount, idempotencyKey: "refund-too-much" }),
    ).rejects.toThrow(/greater than unrefunded/);
    expect(stripe.refunded.get(paid.paymentIntent)).toBe(1000);
  });

  it("keeps a refund pending with the error when Stripe fails, sends it again once its backoff has passed", async () => {
    const paid = await paidStripeOrder();
    await transitionShopOrder(shops.bakerVendor, {
      shopOrderId: paid.bakeryPart.id,
      action: "REFUSE",
      reason: "Fermé",
    });
    stripe.failures.refunds = 1;
    const failedAt = new Date();
    expect(await processPendingRefunds(failedAt, 10)).toEqual({ succeeded: 0, retrying: 1, failed: 0 });
    const refund = await db().refund.findFirstOrThrow({ where: { shopOrderId: paid.bakeryPart.id } });
    expect(refund).toMatchObject({
      status: "PENDING",
      attempts: 1,
      providerReference: null,
      nextAttemptAt: nextRefundAttemptAt(1, failedAt),
    });
    expect(refund.lastError).toMatch(/unavailable/);
    // Before its next attempt is due, the job leaves it alone.
    expect(await processPendingRefunds(new Date(refund.nextAttemptAt!.getTime() - 1), 10)).toEqual({
      succeeded: 0,
      retrying: 0,
      failed: 0,
    });
    expect(refundRequests()).toHaveLength(1);
    expect(await processPendingRefunds(refund.nextAttemptAt!, 10)).toEqual({ succeeded: 1, retrying: 0, failed: 0 });
    expect(await db().refund.findUniqueOrThrow({ where: { id: refund.id } })).toMatchObject({
      status: "SUCCEEDED",
      attempts: 2,
      lastError: null,
      nextAttemptAt: null,
    });
    // the same key both times: Stripe would never have refunded twice
    expect(new Set(refundRequests().map((request) => request.idempotencyKey))).toEqual(new Set([refund.id]));
  });

  it(`gives up after ${MAX_REFUND_ATTEMPTS} failed attempts, each at its backoff: FAILED, the operators told once`, async () => {
    const operator = await createUser("OPERATOR", "Opératrice Halle");
    const paid = await paidStripeOrder();
    await transitionShopOrder(shops.bakerVendor, {
      shopOrderId: paid.bakeryPart.id,
      action: "REFUSE",
      reason: "Fermé",
    });
    stripe.failures.refunds = 100;
    const refundOf = () => db().refund.findFirstOrThrow({ where: { shopOrderId: paid.bakeryPart.id } });
    let now = new Date();
    const waits: number[] = [];
    for (let attempt = 1; attempt < MAX_REFUND_ATTEMPTS; attempt++) {
      expect(await processPendingRefunds(now, 10)).toEqual({ succeeded: 0, retrying: 1, failed: 0 });
      const { nextAttemptAt } = await refundOf();
      waits.push(nextAttemptAt!.getTime() - now.getTime());
      // the clock moves on to the next attempt
      now = nextAttemptAt!;
    }
    const minute = 60_000;
    expect(waits).toEqual([1, 5, 30, 120, 720, 720, 720].map((minutes) => minutes * minute));
    process.env.SMTP_URL = smtp.url;
    await deliverPendingEmails({ limit: 1000 }); // this file's payments' and refusals' own e-mails
    smtp.received.length = 0;
    expect(await processPendingRefunds(now, 10)).toEqual({ succeeded: 0, retrying: 0, failed: 1 });
    expect(await refundOf()).toMatchObject({
      status: "FAILED",
      attempts: MAX_REFUND_ATTEMPTS,
      processedAt: now,
      nextAttemptAt: null,
      lastError: expect.stringMatching(/unavailable/),
    });
    expect(await processPendingRefunds(new Date(now.getTime() + 30 * 24 * 60 * minute), 10)).toEqual({
      succeeded: 0,
      retrying: 0,
      failed: 0,
    });
    expect(refundRequests()).toHaveLength(MAX_REFUND_ATTEMPTS);
    await deliverPendingEmails();
    // The operator, and only the operator, is told once, through the real SMTP path.
    expect(smtp.received.map((received) => received.envelopeTo)).toEqual([[operator.email]]);
    const { mail } = smtp.received[0];
    expect(mail.subject).toContain(paid.order.number);
    expect(mail.text).toMatch(/9,00\s€/);
    expect(mail.text).toContain(`https://halle.test/admin/orders/${paid.bakeryPart.id}`);
    expect(mail.text).toContain("Stripe is unavailable");
  });

  it("fails, without sending, a refund whose payment Stripe does not know", async () => {
    const paid = await paidStripeOrder();
    await db().order.update({ where: { id: paid.order.id }, data: { paymentReference: "cs_test_unknown" } });
    await transitionShopOrder(shops.bakerVendor, {
      shopOrderId: paid.bakeryPart.id,
      action: "REFUSE",
      reason: "Fermé",
    });
    expect(await processPendingRefunds(new Date(), 10)).toEqual({ succeeded: 0, retrying: 1, failed: 0 });
    expect(refundRequests()).toHaveLength(0);
    expect((await db().refund.findFirstOrThrow({ where: { shopOrderId: paid.bakeryPart.id } })).lastError).toMatch(
      /No such checkout.session/,
    );
  });
});
