import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { abandonOrderPayment } from "@/lib/orders/abandon-order-payment";
import { cancelPaymentToken } from "@/lib/orders/order-tokens";
import { startOrderPayment } from "@/lib/payments/start-order-payment";
import { startFakeStripe, type FakeStripe } from "../../support/fake-stripe";
import { createUser, paymentSnapshot, placedOrder, refusal, twoShops, type Shops } from "../orders/order-fixtures";
import { deliverStripeEvent, pointStripeAt } from "./payment-fixtures";

const SECRET = "whsec_test_halle";
let stripe: FakeStripe;
let shops: Shops;

beforeAll(async () => {
  stripe = await startFakeStripe();
  process.env.APP_URL = "https://halle.test";
});

beforeEach(async () => {
  stripe.requests.length = 0;
  shops = await twoShops();
});

afterAll(async () => {
  useStripe(false);
  await stripe.close();
});

const useStripe = (on: boolean) => pointStripeAt(on ? stripe : null, SECRET);

/** A placed order (of a shopper, or of a guest with `shopper: null`) handed to Stripe: its Checkout Session is open at the fake. */
async function stripeOrder(options: { shopper?: Actor | null } = {}) {
  const placed = await placedOrder(shops, { ...options, provider: "stripe" });
  await getDb().order.update({
    where: { id: placed.order.id },
    data: { paymentProvider: null, paymentReference: null },
  });
  await startOrderPayment(placed.order.id);
  const order = await getDb().order.findUniqueOrThrow({ where: { id: placed.order.id } });
  const session = stripe.sessions.get(order.paymentReference!)!;
  stripe.requests.length = 0;
  return { ...placed, order, session };
}

const stockOf = async (productId: string) =>
  (await getDb().product.findUniqueOrThrow({ where: { id: productId } })).stock;
const expireRequests = () =>
  stripe.requests.filter((request) => request.method === "POST" && request.path.endsWith("/expire"));

const deliver = (type: string, object: Record<string, unknown>) => deliverStripeEvent(SECRET, type, object);

describe("abandonOrderPayment with Stripe", () => {
  beforeEach(() => useStripe(true));

  it("sends the shopper back through /checkout/cancelled/<order> when leaving Stripe's page", async () => {
    const { order, session } = await stripeOrder();
    // signed: see tests/integration/payments/cancel-link-token.test.ts
    expect(session.cancel_url).toBe(
      `https://halle.test/checkout/cancelled/${order.id}?token=${cancelPaymentToken(order.id)}`,
    );
  });

  it("expires the session, then releases the order: stock back, cart intact; again is harmless", async () => {
    const { order, session, shopper, cart } = await stripeOrder();
    expect(await stockOf(shops.bread.id)).toBe(8);

    expect(await abandonOrderPayment(shopper, undefined, order.id)).toBe("released");
    expect(stripe.sessions.get(session.id)?.status).toBe("expired");
    expect(expireRequests().map((request) => request.path)).toEqual([`/v1/checkout/sessions/${session.id}/expire`]);
    expect(await getDb().order.count({ where: { id: order.id } })).toBe(0);
    expect(await stockOf(shops.bread.id)).toBe(10);
    expect(await stockOf(shops.bowl.id)).toBe(10);
    expect(await getDb().cartLine.count({ where: { cartId: cart.id } })).toBe(3);
    expect(
      await getDb().auditLog.count({ where: { entityId: order.id, action: "order.released", reason: "ABANDONED" } }),
    ).toBe(1);

    // A reload of the cancel page: the order is gone, nothing else moves.
    const after = await paymentSnapshot(order.id, cart.id);
    expect(await refusal(abandonOrderPayment(shopper, undefined, order.id))).toMatchObject({ code: "NOT_FOUND" });
    expect(await paymentSnapshot(order.id, cart.id)).toEqual(after);
    expect(expireRequests()).toHaveLength(1);
    expect(await getDb().auditLog.count({ where: { entityId: order.id, action: "order.released" } })).toBe(1);
  });

  it("lets a guest abandon with the order's access cookie", async () => {
    const { order, session } = await stripeOrder({ shopper: null });
    expect(await abandonOrderPayment(null, order.accessToken!, order.id)).toBe("released");
    expect(stripe.sessions.get(session.id)?.status).toBe("expired");
    expect(await stockOf(shops.bread.id)).toBe(10);
  });

  it("does not release an order whose session Stripe reports complete: the webhook confirms it", async () => {
    const { order, session, shopper, cart } = await stripeOrder();
    // Paid in another tab just before "back" was followed in this one.
    Object.assign(stripe.sessions.get(session.id)!, {
      status: "complete",
      payment_status: "paid",
      payment_intent: "pi_test_paid",
    });
    const before = await paymentSnapshot(order.id, cart.id);

    expect(await abandonOrderPayment(shopper, undefined, order.id)).toBe("paid");
    expect(await paymentSnapshot(order.id, cart.id)).toEqual(before);
    expect(stripe.sessions.get(session.id)?.status).toBe("complete");

    const paid = stripe.sessions.get(session.id)!;
    expect(await deliver("checkout.session.completed", { ...paid, currency: "eur" })).toBe("confirmed");
    expect((await getDb().order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("PAID");
    expect(stripe.requests.some((request) => request.path === "/v1/refunds")).toBe(false);
  });

  it("releases the order when its session had already expired at Stripe", async () => {
    const { order, session, shopper } = await stripeOrder();
    stripe.sessions.get(session.id)!.status = "expired";
    expect(await abandonOrderPayment(shopper, undefined, order.id)).toBe("released");
    expect(await getDb().order.count({ where: { id: order.id } })).toBe(0);
    expect(await stockOf(shops.bread.id)).toBe(10);
  });

  it("releases nothing when Stripe cannot close the session (the order keeps its stock until it expires)", async () => {
    // A reference Stripe does not know: the expiry and the look-up both fail.
    const { order, shopper, cart } = await placedOrder(shops, { provider: "stripe" });
    const before = await paymentSnapshot(order.id, cart.id);
    await expect(abandonOrderPayment(shopper, undefined, order.id)).rejects.toThrow();
    expect(await paymentSnapshot(order.id, cart.id)).toEqual(before);
  });

  it("leaves a paid order alone, without asking Stripe", async () => {
    const { order, shopper, cart } = await stripeOrder();
    await getDb().order.update({ where: { id: order.id }, data: { status: "PAID", paidAt: new Date() } });
    const before = await paymentSnapshot(order.id, cart.id);
    expect(await abandonOrderPayment(shopper, undefined, order.id)).toBe("paid");
    expect(await paymentSnapshot(order.id, cart.id)).toEqual(before);
    expect(stripe.requests).toHaveLength(0);
  });

  it("refunds a payment that still reaches the abandoned order", async () => {
    const { order, session, shopper } = await stripeOrder();
    await abandonOrderPayment(shopper, undefined, order.id);
    const stock = await getDb().product.findMany({ orderBy: { id: "asc" }, select: { stock: true } });
    const late = {
      ...session,
      status: "complete",
      payment_status: "paid",
      currency: "eur",
      payment_intent: "pi_test_late",
    };
    expect(await deliver("checkout.session.completed", late)).toBe("order-gone");
    expect(await getDb().order.count({ where: { id: order.id } })).toBe(0);
    expect(await getDb().product.findMany({ orderBy: { id: "asc" }, select: { stock: true } })).toEqual(stock);
    expect(
      stripe.requests
        .filter((request) => request.path === "/v1/refunds")
        .map((request) => request.body.get("payment_intent")),
    ).toEqual(["pi_test_late"]);
  });

  describe("who may abandon", () => {
    const cases: [string, (ctx: { otherToken: string }) => Promise<[Actor | null, string | undefined]>][] = [
      ["signed out, no cookie", async () => [null, undefined]],
      ["another shopper", async () => [await createUser("SHOPPER"), undefined]],
      ["the shop's vendor", async () => [shops.bakerVendor, undefined]],
      ["an operator", async () => [await createUser("OPERATOR"), undefined]],
      ["someone holding the guest token of another order", async ({ otherToken }) => [null, otherToken]],
    ];
    it.each(cases)("%s → NOT_FOUND, nothing changed (order, stock, Stripe session)", async (_label, who) => {
      const { order, session, cart } = await stripeOrder();
      const other = await placedOrder(shops, { shopper: null });
      const [actor, cookie] = await who({ otherToken: other.order.accessToken! });
      const before = await paymentSnapshot(order.id, cart.id);
      expect(await refusal(abandonOrderPayment(actor, cookie, order.id))).toMatchObject({ code: "NOT_FOUND" });
      expect(await paymentSnapshot(order.id, cart.id)).toEqual(before);
      expect(stripe.sessions.get(session.id)?.status).toBe("open");
      expect(stripe.requests).toHaveLength(0);
    });

    it.each([
      ["no cookie", async () => [null, undefined] as const],
      ["a wrong cookie", async () => [null, "x".repeat(32)] as const],
      ["a cookie one character short", async (token: string) => [null, token.slice(0, -1)] as const],
      ["a signed-in shopper without the cookie", async () => [await createUser("SHOPPER"), undefined] as const],
    ])("a guest's order with %s → NOT_FOUND, nothing changed", async (_label, who) => {
      const { order, session, cart } = await stripeOrder({ shopper: null });
      const [actor, cookie] = await who(order.accessToken!);
      const before = await paymentSnapshot(order.id, cart.id);
      expect(await refusal(abandonOrderPayment(actor, cookie, order.id))).toMatchObject({ code: "NOT_FOUND" });
      expect(await paymentSnapshot(order.id, cart.id)).toEqual(before);
      expect(stripe.sessions.get(session.id)?.status).toBe("open");
    });

    it("an unknown order → NOT_FOUND", async () => {
      expect(await refusal(abandonOrderPayment(null, undefined, "nope"))).toMatchObject({ code: "NOT_FOUND" });
    });
  });
});

describe("abandonOrderPayment with the built-in test provider", () => {
  beforeEach(() => useStripe(false));

  it("releases the order directly: stock back, cart intact; again is NOT_FOUND, nothing changed", async () => {
    const { order, shopper, cart } = await placedOrder(shops);
    expect(await abandonOrderPayment(shopper, undefined, order.id)).toBe("released");
    expect(await getDb().order.count({ where: { id: order.id } })).toBe(0);
    expect(await stockOf(shops.bread.id)).toBe(10);
    expect(await stockOf(shops.bowl.id)).toBe(10);
    expect(await getDb().cartLine.count({ where: { cartId: cart.id } })).toBe(3);
    expect(stripe.requests).toHaveLength(0);

    const after = await paymentSnapshot(order.id, cart.id);
    expect(await refusal(abandonOrderPayment(shopper, undefined, order.id))).toMatchObject({ code: "NOT_FOUND" });
    expect(await paymentSnapshot(order.id, cart.id)).toEqual(after);
  });

  it("releases an order that never reached a payment page", async () => {
    const { order } = await placedOrder(shops, { shopper: null });
    await getDb().order.update({ where: { id: order.id }, data: { paymentProvider: null, paymentReference: null } });
    expect(await abandonOrderPayment(null, order.accessToken!, order.id)).toBe("released");
    expect(await stockOf(shops.bread.id)).toBe(10);
  });

  it("another shopper → NOT_FOUND, nothing changed", async () => {
    const { order, cart } = await placedOrder(shops);
    const before = await paymentSnapshot(order.id, cart.id);
    expect(await refusal(abandonOrderPayment(await createUser("SHOPPER"), undefined, order.id))).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await paymentSnapshot(order.id, cart.id)).toEqual(before);
  });
});
