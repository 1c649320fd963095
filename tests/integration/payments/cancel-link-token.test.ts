import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { abandonFromCancelLink } from "@/lib/orders/abandon-from-cancel-link";
import { cancelPaymentPath, cancelPaymentToken, isCancelPaymentToken } from "@/lib/orders/order-tokens";
import { startOrderPayment } from "@/lib/payments/start-order-payment";
import { startFakeStripe, type FakeStripe } from "../../support/fake-stripe";
import { paymentSnapshot, placedOrder, twoShops, type Shops } from "../orders/order-fixtures";
import { pointStripeAt } from "./payment-fixtures";

// The payment page's way back is signed (docs/security.md, "Correctness at the edges"): only the
// link Halle gave Stripe (or the test payment page) releases the order; a bare
// /checkout/cancelled/<order> a third-party page sends the shopper to does nothing.
let stripe: FakeStripe;
let shops: Shops;

beforeAll(async () => {
  stripe = await startFakeStripe();
  process.env.APP_URL = "https://halle.test";
});

beforeEach(async () => {
  stripe.requests.length = 0;
  shops = await twoShops();
  pointStripeAt(stripe, "whsec_test_halle");
});

afterAll(async () => {
  pointStripeAt(null, "whsec_test_halle");
  await stripe.close();
});

async function stripeOrder() {
  const placed = await placedOrder(shops, { provider: "stripe" });
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

describe("the signed cancel link", () => {
  it("is what Stripe gets as cancel_url, and its token is good for that order only", async () => {
    const { order, session } = await stripeOrder();
    const url = new URL(session.cancel_url as string);
    expect(`${url.pathname}${url.search}`).toBe(cancelPaymentPath(order.id));
    const token = url.searchParams.get("token")!;
    expect(isCancelPaymentToken(order.id, token)).toBe(true);
    const other = await placedOrder(shops, { shopper: null });
    expect(isCancelPaymentToken(other.order.id, token)).toBe(false);
    expect(token).not.toBe(cancelPaymentToken(other.order.id));
  });

  it.each([
    ["no token", null],
    ["an empty token", ""],
    ["a forged token", "x".repeat(43)],
    ["a token one character short", "TRUNCATED"],
    ["another order's token", "OTHER"],
    ["a token of the wrong type", ["a", "b"]],
  ])("with %s: refused, the payment is not abandoned (order, stock, session unchanged)", async (_label, given) => {
    const { order, session, shopper, cart } = await stripeOrder();
    const token =
      given === "TRUNCATED"
        ? cancelPaymentToken(order.id).slice(0, -1)
        : given === "OTHER"
          ? cancelPaymentToken((await placedOrder(shops, { shopper: null })).order.id)
          : given;
    const before = await paymentSnapshot(order.id, cart.id);

    expect(await abandonFromCancelLink(shopper, undefined, order.id, token)).toBe("refused");
    expect(await paymentSnapshot(order.id, cart.id)).toEqual(before);
    expect(stripe.sessions.get(session.id)?.status).toBe("open");
    expect(stripe.requests).toHaveLength(0);
  });

  it("with the order's token: the payment is abandoned and the order released", async () => {
    const { order, session, shopper } = await stripeOrder();
    expect(await abandonFromCancelLink(shopper, undefined, order.id, cancelPaymentToken(order.id))).toBe("released");
    expect(stripe.sessions.get(session.id)?.status).toBe("expired");
    expect(await getDb().order.count({ where: { id: order.id } })).toBe(0);
  });

  it("the token alone is not enough: someone else's browser with the right link is still NOT_FOUND", async () => {
    const { order, session } = await stripeOrder();
    await expect(abandonFromCancelLink(null, undefined, order.id, cancelPaymentToken(order.id))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(stripe.sessions.get(session.id)?.status).toBe("open");
  });
});
