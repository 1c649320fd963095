import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { placeOrder } from "@/lib/orders/place-order";
import { consumeRateLimit } from "@/lib/rate-limit/consume-rate-limit";
import { MAX_HELD_UNITS, rateLimitRule } from "@/lib/rate-limit/limits";
import {
  cartWith,
  checkoutForm,
  checkoutSnapshot,
  createUser,
  lyonShop,
  marketplace,
  product,
  refusal,
} from "../checkout/place-order-fixtures";

// docs/security.md, "Throttles and client addresses": orders per client address and per buyer,
// and the cap on stock one buyer holds in unpaid orders.
beforeAll(async () => {
  await marketplace();
});

const PRICE = 200;

/** A click & collect shop (no delivery fee) with a product of ample stock, and an untracked service. */
async function pickupShop() {
  const { shop } = await lyonShop({ courierEnabled: false, postalEnabled: false });
  const jam = await product(shop.id, { title: "Confiture", priceAmount: PRICE, stock: 1000 });
  const lesson = await product(shop.id, {
    title: "Cours",
    kind: "SERVICE",
    priceAmount: PRICE,
    stockTracked: false,
    stock: 0,
  });
  return { shop, jam, lesson };
}

async function setQuantity(cartId: string, productId: string, quantity: number) {
  await getDb().cartLine.updateMany({ where: { cartId, productId }, data: { quantity } });
}

describe("the order rate limits", () => {
  it("refuse an order from an address past its limit, writing nothing; another address goes through", async () => {
    const { shop, jam } = await pickupShop();
    const cart = await cartWith({
      lines: [{ productId: jam.id, quantity: 1 }],
      choices: [{ shopId: shop.id, deliveryMethod: "CLICK_AND_COLLECT" }],
    });
    const rule = rateLimitRule("ordersPerAddress", "203.0.113.50");
    const now = new Date();
    for (let n = 0; n < rule.limit; n++) await consumeRateLimit(getDb(), rule, now);
    const before = await checkoutSnapshot([jam.id]);

    const error = await refusal(
      placeOrder(null, checkoutForm(PRICE, { guestToken: cart.guestToken, clientAddress: "203.0.113.50" })),
    );
    expect(error.code).toBe("RATE_LIMITED");
    expect(error.fieldErrors.form).toBe("security.throttle.orders");
    expect(await checkoutSnapshot([jam.id])).toEqual(before);

    await placeOrder(null, checkoutForm(PRICE, { guestToken: cart.guestToken, clientAddress: "203.0.113.51" }));
    expect((await checkoutSnapshot([jam.id])).orders).toBe(before.orders + 1);
  });

  it("refuse an account past its limit from any address, but a repeated submit still gets its order", async () => {
    const { shop, jam } = await pickupShop();
    const shopper = await createUser("SHOPPER");
    await cartWith(
      {
        lines: [{ productId: jam.id, quantity: 1 }],
        choices: [{ shopId: shop.id, deliveryMethod: "CLICK_AND_COLLECT" }],
      },
      shopper.id,
    );
    const form = checkoutForm(PRICE, { clientAddress: "203.0.113.60" });
    const placed = await placeOrder(shopper, form);

    const rule = rateLimitRule("ordersPerBuyer", `user:${shopper.id}`);
    for (let used = 1; used < rule.limit; used++) await consumeRateLimit(getDb(), rule);
    const before = await checkoutSnapshot([jam.id]);
    const error = await refusal(placeOrder(shopper, checkoutForm(PRICE, { clientAddress: "198.51.100.61" })));
    expect(error.code).toBe("RATE_LIMITED");
    expect(await checkoutSnapshot([jam.id])).toEqual(before);

    // The same submission again (a double click, a retry) is answered with its order, not refused.
    expect(await placeOrder(shopper, form)).toEqual(placed);
  });
});

describe("the held-stock cap", () => {
  it(`refuses an order that would hold more than ${MAX_HELD_UNITS} units unpaid, writing nothing`, async () => {
    const { shop, jam, lesson } = await pickupShop();
    const shopper = await createUser("SHOPPER");
    const { cartId } = await cartWith(
      {
        lines: [
          { productId: jam.id, quantity: 60 },
          { productId: lesson.id, quantity: 5 },
        ],
        choices: [{ shopId: shop.id, deliveryMethod: "CLICK_AND_COLLECT" }],
      },
      shopper.id,
    );
    await placeOrder(shopper, checkoutForm(65 * PRICE)); // 60 units held (the service holds no stock)

    await setQuantity(cartId, jam.id, MAX_HELD_UNITS - 60 + 1);
    const before = await checkoutSnapshot([jam.id]);
    const error = await refusal(placeOrder(shopper, checkoutForm((MAX_HELD_UNITS - 60 + 1 + 5) * PRICE)));
    expect(error.code).toBe("CONFLICT");
    expect(error.fieldErrors.form).toBe("security.throttle.heldStock");
    expect(await checkoutSnapshot([jam.id])).toEqual(before);

    // Exactly the cap is allowed.
    await setQuantity(cartId, jam.id, MAX_HELD_UNITS - 60);
    await placeOrder(shopper, checkoutForm((MAX_HELD_UNITS - 60 + 5) * PRICE));
    expect((await checkoutSnapshot([jam.id])).orders).toBe(before.orders + 1);
  });

  it("counts only orders still holding stock, and only this buyer's", async () => {
    const { shop, jam } = await pickupShop();
    const shopper = await createUser("SHOPPER");
    const { cartId } = await cartWith(
      {
        lines: [{ productId: jam.id, quantity: 80 }],
        choices: [{ shopId: shop.id, deliveryMethod: "CLICK_AND_COLLECT" }],
      },
      shopper.id,
    );
    const first = await placeOrder(shopper, checkoutForm(80 * PRICE));
    await setQuantity(cartId, jam.id, 30);
    expect((await refusal(placeOrder(shopper, checkoutForm(30 * PRICE)))).code).toBe("CONFLICT");

    // A guest (another cart) is not affected by this account's orders.
    const guest = await cartWith({
      lines: [{ productId: jam.id, quantity: 30 }],
      choices: [{ shopId: shop.id, deliveryMethod: "CLICK_AND_COLLECT" }],
    });
    await placeOrder(null, checkoutForm(30 * PRICE, { guestToken: guest.guestToken }));
    // …and a guest cart is capped like an account: 30 held + 71 is one too many.
    await getDb().cartLine.updateMany({ where: { cartId: guest.cartId }, data: { quantity: 71 } });
    expect(
      (await refusal(placeOrder(null, checkoutForm(71 * PRICE, { guestToken: guest.guestToken })))).fieldErrors.form,
    ).toBe("security.throttle.heldStock");

    // Once the first order's hold is over, its units no longer count.
    await getDb().order.update({
      where: { id: first.orderId },
      data: { stockReservedUntil: new Date(Date.now() - 1000) },
    });
    await placeOrder(shopper, checkoutForm(30 * PRICE));
  });
});
