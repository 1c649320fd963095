// The built-in test payments in production (docs/security.md, "Production mode and
// configuration"): refused without the operator's opt-in, checked in lib/ so that a server started
// by hand cannot mark an order paid; with the opt-in, orders are marked test. And the stock hold
// and the Stripe Checkout session close together.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { paymentSessionExpiresAt, STRIPE_MIN_SESSION_MINUTES } from "@/lib/config/payment-window";
import { getShopOrderForOperator } from "@/lib/orders/get-shop-order-for-operator";
import { placeOrder } from "@/lib/orders/place-order";
import { payWithTestCard, readTestCard } from "@/lib/payments/pay-with-test-card";
import { startOrderPayment } from "@/lib/payments/start-order-payment";
import { startFakeStripe, type FakeStripe } from "../../support/fake-stripe";
import {
  cartWith,
  checkoutForm,
  checkoutSnapshot,
  lyonShop,
  marketplace,
  product,
} from "../checkout/place-order-fixtures";
import { createUser, paymentSnapshot, placedOrder, refusal, twoShops, type Shops } from "../orders/order-fixtures";

const KEYS = [
  "HALLE_MODE",
  "HALLE_TEST_PAYMENTS",
  "STRIPE_SECRET_KEY",
  "STRIPE_API_BASE",
  "STRIPE_WEBHOOK_SECRET",
  "APP_URL",
] as const;
const saved = Object.fromEntries(KEYS.map((key) => [key, process.env[key]]));
function setEnv(values: Partial<Record<(typeof KEYS)[number], string>>) {
  for (const key of KEYS) delete process.env[key];
  Object.assign(process.env, values);
}
afterEach(() => setEnv(Object.fromEntries(Object.entries(saved).filter(([, v]) => v !== undefined))));

const PRODUCTION = { HALLE_MODE: "production" };
const OPT_IN = { HALLE_MODE: "production", HALLE_TEST_PAYMENTS: "1" };
const card = { cardNumber: "4242 4242 4242 4242", expiry: "12/39", cvc: "123" };

let shops: Shops;
beforeAll(async () => {
  await marketplace();
});
beforeEach(async () => {
  setEnv({});
  shops = await twoShops();
});

/** A guest's cart of one loaf (click & collect) at a Lyon bakery, and its checkout form. */
async function oneLoafCheckout() {
  const { shop } = await lyonShop();
  const loaf = await product(shop.id, { priceAmount: 450, stock: 5 });
  const cart = await cartWith({
    lines: [{ productId: loaf.id, quantity: 1 }],
    choices: [{ shopId: shop.id, deliveryMethod: "CLICK_AND_COLLECT" }],
  });
  return { loaf, guestToken: cart.guestToken, form: checkoutForm(450, { guestToken: cart.guestToken }) };
}

describe("production without the test mode's opt-in", () => {
  it("refuses a test card: the order stays unpaid, no ledger, no e-mail, nothing changed", async () => {
    const { order, shopper, cart } = await placedOrder(shops);
    setEnv(PRODUCTION);
    const before = await paymentSnapshot(order.id, cart.id);
    expect(await refusal(payWithTestCard(shopper, undefined, order.id, card))).toMatchObject({
      code: "CONFLICT",
      fieldErrors: { form: "security.production.paymentsUnavailable" },
    });
    expect(await paymentSnapshot(order.id, cart.id)).toEqual(before);
    expect(before.order?.status).toBe("AWAITING_PAYMENT");
    expect(before.ledger).toBe(0);
  });

  it("refuses a declining test card too (nothing released)", async () => {
    const { order, shopper, cart } = await placedOrder(shops);
    setEnv(PRODUCTION);
    const before = await paymentSnapshot(order.id, cart.id);
    await expect(
      payWithTestCard(shopper, undefined, order.id, { ...card, cardNumber: "4000 0000 0000 0002" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await paymentSnapshot(order.id, cart.id)).toEqual(before);
  });

  it("refuses any test card read (the rent terms' payment page goes through it)", () => {
    setEnv(PRODUCTION);
    expect(() => readTestCard(card)).toThrow(expect.objectContaining({ code: "CONFLICT" }));
  });

  it("places no order that nothing could pay: refused, nothing written, stock untouched", async () => {
    const { loaf, form } = await oneLoafCheckout();
    setEnv(PRODUCTION);
    const before = await checkoutSnapshot([loaf.id]);
    expect(await refusal(placeOrder(null, form))).toMatchObject({ code: "CONFLICT" });
    expect(await checkoutSnapshot([loaf.id])).toEqual(before);
  });

  it("hands no order to the test provider", async () => {
    const { order } = await placedOrder(shops);
    await getDb().order.update({ where: { id: order.id }, data: { paymentProvider: null, paymentReference: null } });
    setEnv(PRODUCTION);
    await expect(startOrderPayment(order.id)).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await getDb().order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({
      paymentProvider: null,
      paymentReference: null,
    });
  });
});

describe("production with the opt-in (HALLE_TEST_PAYMENTS=1): the visible test mode", () => {
  it("marks the order test, and the test card pays it", async () => {
    const { form } = await oneLoafCheckout();
    setEnv(OPT_IN);
    const placed = await placeOrder(null, form);
    expect(await startOrderPayment(placed.orderId)).toBe(`/checkout/pay/${placed.orderId}`);
    expect(await payWithTestCard(null, placed.accessToken, placed.orderId, card)).toBe("paid");
    expect(await getDb().order.findUniqueOrThrow({ where: { id: placed.orderId } })).toMatchObject({
      status: "PAID",
      testMode: true,
    });
    // The operator's order page says so.
    const part = await getDb().shopOrder.findFirstOrThrow({ where: { orderId: placed.orderId } });
    const operator = await createUser("OPERATOR");
    expect((await getShopOrderForOperator(operator, part.id)).testMode).toBe(true);
  });

  it("outside production an order is never marked test", async () => {
    const { form } = await oneLoafCheckout();
    const placed = await placeOrder(null, form);
    expect((await getDb().order.findUniqueOrThrow({ where: { id: placed.orderId } })).testMode).toBe(false);
  });
});

describe("the stock hold and the Stripe Checkout session end together", () => {
  let stripe: FakeStripe;
  beforeAll(async () => {
    stripe = await startFakeStripe();
  });
  afterAll(async () => {
    await stripe.close();
  });

  it("asks Stripe for a session closing a minute before the hold, at least 30 minutes away", async () => {
    const { form } = await oneLoafCheckout();
    setEnv({
      STRIPE_SECRET_KEY: "sk_test_halle",
      STRIPE_API_BASE: stripe.baseUrl,
      STRIPE_WEBHOOK_SECRET: "whsec_x",
      APP_URL: "https://halle.test",
    });
    const placedAt = Date.now();
    const placed = await placeOrder(null, form);
    await startOrderPayment(placed.orderId);
    const order = await getDb().order.findUniqueOrThrow({ where: { id: placed.orderId } });
    expect(order.testMode).toBe(false);
    const session = stripe.sessions.get(order.paymentReference!)!;
    expect(session.expires_at).toBe(paymentSessionExpiresAt(order.stockReservedUntil!));
    expect(session.expires_at * 1000).toBeLessThan(order.stockReservedUntil!.getTime());
    expect(session.expires_at * 1000 - Date.now()).toBeGreaterThanOrEqual(STRIPE_MIN_SESSION_MINUTES * 60_000);
    expect(order.stockReservedUntil!.getTime() - placedAt).toBeGreaterThan(STRIPE_MIN_SESSION_MINUTES * 60_000);
  });
});
