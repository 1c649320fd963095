import Stripe from "stripe";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { POST } from "@/app/api/webhooks/stripe/route";
import { getDb } from "@/lib/db";
import { startOrderPayment } from "@/lib/payments/start-order-payment";
import { startFakeStripe, type FakeStripe } from "../../support/fake-stripe";
import { paymentSnapshot, placedOrder, twoShops, type Shops } from "../orders/order-fixtures";

const SECRET = "whsec_test_halle";
let stripe: FakeStripe;
let shops: Shops;
const signer = new Stripe("sk_test_signer").webhooks;

beforeAll(async () => {
  stripe = await startFakeStripe();
  process.env.APP_URL = "https://halle.test";
});

beforeEach(async () => {
  process.env.STRIPE_SECRET_KEY = "sk_test_halle";
  process.env.STRIPE_API_BASE = stripe.baseUrl;
  process.env.STRIPE_WEBHOOK_SECRET = SECRET;
  stripe.requests.length = 0;
  await getDb().emailMessage.deleteMany();
  shops = await twoShops();
});

afterAll(async () => {
  delete process.env.STRIPE_SECRET_KEY;
  delete process.env.STRIPE_API_BASE;
  delete process.env.STRIPE_WEBHOOK_SECRET;
  await stripe.close();
});

/** A placed order handed to Stripe: its Checkout Session created through the fake. */
async function stripeOrder() {
  const placed = await placedOrder(shops, { provider: "stripe" });
  await getDb().order.update({
    where: { id: placed.order.id },
    data: { paymentProvider: null, paymentReference: null },
  });
  const redirect = await startOrderPayment(placed.order.id);
  const order = await getDb().order.findUniqueOrThrow({ where: { id: placed.order.id } });
  const session = stripe.sessions.get(order.paymentReference!)!;
  return { ...placed, order, session, redirect };
}

function event(type: string, object: Record<string, unknown>, id = `evt_${Math.random().toString(36).slice(2)}`) {
  return JSON.stringify({
    id,
    object: "event",
    type,
    api_version: "2025-01-01",
    created: Math.floor(Date.now() / 1000),
    data: { object },
  });
}

async function deliver(
  payload: string,
  signature: string | null = signer.generateTestHeaderString({ payload, secret: SECRET }),
) {
  const headers = new Headers({ "content-type": "application/json" });
  if (signature !== null) headers.set("stripe-signature", signature);
  const response = await POST(
    new Request("https://halle.test/api/webhooks/stripe", { method: "POST", headers, body: payload }),
  );
  return { status: response.status, body: (await response.json()) as { outcome?: string } };
}

const paidSession = (
  session: { id: string; amount_total: number; metadata: Record<string, string> },
  over: Record<string, unknown> = {},
) => ({
  ...session,
  status: "complete",
  payment_status: "paid",
  currency: "eur",
  payment_intent: "pi_test_123",
  ...over,
});

describe("Stripe Checkout Session", () => {
  it("is created on the platform account with the order's amounts, transfer_group and metadata", async () => {
    const { order, redirect, session } = await stripeOrder();
    expect(order.paymentProvider).toBe("stripe");
    expect(order.paymentReference).toMatch(/^cs_test_/);
    expect(redirect).toBe(session.url);

    const [create] = stripe.requests.filter((request) => request.path === "/v1/checkout/sessions");
    const body = Object.fromEntries(create.body);
    expect(create.authorization).toBe("Bearer sk_test_halle");
    expect(create.idempotencyKey).toBe(`halle-checkout-${order.id}`);
    expect(body).toMatchObject({
      mode: "payment",
      customer_email: order.email,
      client_reference_id: order.id,
      "metadata[orderId]": order.id,
      "payment_intent_data[transfer_group]": order.number,
      "payment_intent_data[metadata][orderId]": order.id,
      success_url: `https://halle.test/checkout/complete/${order.id}`,
      "line_items[0][price_data][currency]": "eur",
      "line_items[0][quantity]": "1",
    });
    // No destination: separate charges and transfers, the shops are paid at payout time.
    expect(Object.keys(body).some((key) => key.includes("transfer_data") || key.includes("on_behalf_of"))).toBe(false);
    const amounts = [body["line_items[0][price_data][unit_amount]"], body["line_items[1][price_data][unit_amount]"]]
      .map(Number)
      .sort((a, b) => a - b);
    expect(amounts).toEqual([900, 2800 + 690]);
    expect(session.amount_total).toBe(order.totalAmount);
  });
});

describe("POST /api/webhooks/stripe", () => {
  it("confirms the order once on a signed checkout.session.completed, however often it is sent", async () => {
    const { order, session, cart } = await stripeOrder();
    const payload = event("checkout.session.completed", paidSession(session), "evt_paid_1");
    expect(await deliver(payload)).toEqual({ status: 200, body: { received: true, outcome: "confirmed" } });
    const after = await paymentSnapshot(order.id, cart.id);
    expect(after.order?.status).toBe("PAID");
    expect(after.ledger).toBe(6);
    expect(after.emails).toBe(3);

    expect(await deliver(payload)).toEqual({ status: 200, body: { received: true, outcome: "already-processed" } });
    // Another event for the same session (e.g. async_payment_succeeded) finds it paid.
    expect((await deliver(event("checkout.session.async_payment_succeeded", paidSession(session)))).body.outcome).toBe(
      "already-paid",
    );
    expect(await paymentSnapshot(order.id, cart.id)).toEqual({ ...after, events: 2 });
    expect(stripe.requests.some((request) => request.path === "/v1/refunds")).toBe(false);
  });

  it.each([
    ["no signature", null],
    ["a signature made with another secret", "other"],
    ["a malformed signature", "t=1,v1=deadbeef"],
  ])("answers 400 to %s and changes nothing", async (_label, kind) => {
    const { order, session, cart } = await stripeOrder();
    const payload = event("checkout.session.completed", paidSession(session));
    const signature = kind === "other" ? signer.generateTestHeaderString({ payload, secret: "whsec_wrong" }) : kind;
    const before = await paymentSnapshot(order.id, cart.id);
    expect((await deliver(payload, signature)).status).toBe(400);
    expect(await paymentSnapshot(order.id, cart.id)).toEqual(before);
  });

  it("answers 400 when the body was altered after signing", async () => {
    const { order, session, cart } = await stripeOrder();
    const payload = event("checkout.session.completed", paidSession(session));
    const signature = signer.generateTestHeaderString({ payload, secret: SECRET });
    const before = await paymentSnapshot(order.id, cart.id);
    expect((await deliver(payload.replace(String(session.amount_total), "1"), signature)).status).toBe(400);
    expect(await paymentSnapshot(order.id, cart.id)).toEqual(before);
  });

  it("waits for the funds when a session completes unpaid", async () => {
    const { order, session, cart } = await stripeOrder();
    const before = await paymentSnapshot(order.id, cart.id);
    expect(
      (await deliver(event("checkout.session.completed", paidSession(session, { payment_status: "unpaid" })))).body
        .outcome,
    ).toBe("awaiting-funds");
    expect(await paymentSnapshot(order.id, cart.id)).toEqual(before);
  });

  it("refuses a paid amount that is not the order's and refunds it", async () => {
    const { order, session, cart } = await stripeOrder();
    const before = await paymentSnapshot(order.id, cart.id);
    expect(
      (await deliver(event("checkout.session.completed", paidSession(session, { amount_total: 100 })))).body.outcome,
    ).toBe("refused");
    expect({ ...(await paymentSnapshot(order.id, cart.id)), events: before.events }).toEqual(before);
    const refund = stripe.requests.find((request) => request.path === "/v1/refunds")!;
    expect(refund.body.get("payment_intent")).toBe("pi_test_123");
    expect(refund.idempotencyKey).toBe(`halle-refund-${session.id}`);
  });

  it("releases the order on checkout.session.expired (stock back), once", async () => {
    const { order, session } = await stripeOrder();
    const payload = event("checkout.session.expired", { ...session, status: "expired" }, "evt_expired");
    expect((await deliver(payload)).body.outcome).toBe("released");
    expect(await getDb().order.count({ where: { id: order.id } })).toBe(0);
    expect((await getDb().product.findUniqueOrThrow({ where: { id: shops.bowl.id } })).stock).toBe(10);
    expect((await deliver(payload)).body.outcome).toBe("already-processed");
    expect(
      await getDb().auditLog.count({ where: { entityId: order.id, action: "order.released", reason: "EXPIRED" } }),
    ).toBe(1);
  });

  it("releases the order on payment_intent.payment_failed and expires its session", async () => {
    const { order, session, cart } = await stripeOrder();
    const payload = event("payment_intent.payment_failed", {
      id: "pi_failed",
      object: "payment_intent",
      metadata: { orderId: order.id },
      transfer_group: order.number,
    });
    expect((await deliver(payload)).body.outcome).toBe("released");
    expect(await getDb().order.count({ where: { id: order.id } })).toBe(0);
    expect(await getDb().cartLine.count({ where: { cartId: cart.id } })).toBe(3);
    expect(stripe.sessions.get(session.id)?.status).toBe("expired");
  });

  it("does not resurrect an order released before its payment arrived: the payment is refunded", async () => {
    const { order, session } = await stripeOrder();
    await deliver(event("checkout.session.expired", { ...session, status: "expired" }));
    const stock = await getDb().product.findMany({ orderBy: { id: "asc" }, select: { stock: true } });
    expect((await deliver(event("checkout.session.completed", paidSession(session)))).body.outcome).toBe("order-gone");
    expect(await getDb().order.count({ where: { id: order.id } })).toBe(0);
    expect(await getDb().product.findMany({ orderBy: { id: "asc" }, select: { stock: true } })).toEqual(stock);
    expect(stripe.requests.filter((request) => request.path === "/v1/refunds")).toHaveLength(1);
    expect(
      await getDb().auditLog.count({
        where: { entityId: order.id, action: { in: ["payment.orphaned", "payment.refunded"] } },
      }),
    ).toBe(2);
  });

  it("acknowledges events it does not handle, changing nothing", async () => {
    const { order, cart } = await stripeOrder();
    const before = await paymentSnapshot(order.id, cart.id);
    expect(await deliver(event("customer.created", { id: "cus_1", object: "customer" }))).toEqual({
      status: 200,
      body: { received: true, outcome: "ignored" },
    });
    expect(await paymentSnapshot(order.id, cart.id)).toEqual(before);
  });
});
