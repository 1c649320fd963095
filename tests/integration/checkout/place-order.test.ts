import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { MAX_SAVED_ADDRESSES } from "@/lib/addresses/add-saved-address";
import { placeOrder } from "@/lib/orders/place-order";
import { CheckoutRefusal } from "@/lib/checkout/checkout-refusal";
import { confirmOrderPayment } from "@/lib/orders/confirm-order-payment";
import { startOrderPayment } from "@/lib/payments/start-order-payment";
import {
  cartWith,
  checkoutForm,
  checkoutSnapshot,
  createUser,
  lyonShop,
  marketplace,
  product,
  refusal,
  standardPlan,
} from "./place-order-fixtures";

beforeAll(async () => {
  await marketplace();
});

/** Pays a placed order through the test provider, as the payment page would. */
async function payPlacedOrder(orderId: string) {
  await startOrderPayment(orderId);
  const order = await getDb().order.findUniqueOrThrow({ where: { id: orderId } });
  const outcome = await confirmOrderPayment({
    orderId,
    provider: "test",
    reference: order.paymentReference!,
    amountReceived: order.totalAmount,
    currency: order.currency,
  });
  expect(outcome.status).toBe("confirmed");
}

/** Two shops: a bakery (default plan) with bread and a workshop; a honey shop (pass-through plan). */
async function twoShopCart() {
  const bakery = await lyonShop({ name: "Le Fournil" });
  const honeyPlan = await standardPlan({ paymentFeePassThrough: true });
  const honeyShop = await lyonShop({ name: "Miellerie", planId: honeyPlan.id });
  const bread = await product(bakery.shop.id, {
    title: "Pain au levain",
    priceAmount: 1250,
    stock: 5,
    sku: "PAIN-1",
    shippingClassId: bakery.parcel.id,
  });
  const workshop = await product(bakery.shop.id, {
    title: "Atelier pain",
    kind: "SERVICE",
    priceAmount: 3000,
    stockTracked: false,
    stock: 0,
  });
  const honey = await product(honeyShop.shop.id, {
    title: "Miel de lavande",
    priceAmount: 999,
    stock: 3,
    shippingClassId: honeyShop.parcel.id,
  });
  const cart = await cartWith({
    lines: [
      { productId: bread.id, quantity: 2 },
      { productId: workshop.id, quantity: 1 },
      { productId: honey.id, quantity: 1 },
    ],
    choices: [
      { shopId: bakery.shop.id, deliveryMethod: "POSTAL", note: "Merci !" },
      { shopId: honeyShop.shop.id, deliveryMethod: "CLICK_AND_COLLECT", note: "Je passe samedi matin" },
    ],
  });
  // items 2 × 12,50 + 30 + 9,99; postage 6,90 at the bakery, click & collect free at the honey shop
  return { bakery, honeyShop, bread, workshop, honey, cart, total: 2500 + 3000 + 690 + 999 };
}

describe("placeOrder", () => {
  it("places one order with one part per shop, snapshots, commission and payment fee, and reserves the stock", async () => {
    const { bakery, honeyShop, bread, workshop, honey, cart, total } = await twoShopCart();
    const before = Date.now();
    const placed = await placeOrder(null, { ...checkoutForm(total), guestToken: cart.guestToken });

    const db = getDb();
    const order = await db.order.findUniqueOrThrow({
      where: { id: placed.orderId },
      include: { shopOrders: { include: { lines: true } } },
    });
    expect(order).toMatchObject({
      number: placed.number,
      accessToken: placed.accessToken,
      status: "AWAITING_PAYMENT",
      userId: null,
      email: "camille@example.test",
      customerName: "Camille Martin",
      cartId: cart.cartId,
    });
    expect(placed.number).toMatch(/^H-\d{4}-[2-9A-HJ-NP-Z]{6}$/);
    expect(order).toMatchObject({ itemsAmount: 6499, shippingAmount: 690, totalAmount: 7189 });
    // 1.5 % of 71,89 € = 1,08 € + 0,25 €
    expect(order.paymentFeeAmount).toBe(133);
    expect(order.termsAcceptedAt).not.toBeNull();
    expect(order.stockReservedUntil!.getTime()).toBeGreaterThanOrEqual(before + 15 * 60_000 - 1000);
    expect(order.shippingAddress).toMatchObject({
      line1: "12 rue Mercière",
      postalCode: "69002",
      city: "Lyon",
      country: "FR",
    });

    expect(order.shopOrders).toHaveLength(2);
    const bakeryPart = order.shopOrders.find((part) => part.shopId === bakery.shop.id)!;
    const honeyPart = order.shopOrders.find((part) => part.shopId === honeyShop.shop.id)!;
    expect(bakeryPart).toMatchObject({
      status: "AWAITING_PAYMENT",
      deliveryMethod: "POSTAL",
      deliveryFeeAmount: 690,
      postageDue: false,
      itemsAmount: 5500,
      note: "Merci !",
    });
    expect(honeyPart).toMatchObject({
      deliveryMethod: "CLICK_AND_COLLECT",
      deliveryFeeAmount: 0,
      itemsAmount: 999,
      note: "Je passe samedi matin",
    });
    // 10 % on the bread, 20 % on the workshop; 10 % of 9,99 € rounds to 1,00 €
    expect(bakeryPart.commissionAmount).toBe(250 + 600);
    expect(honeyPart.commissionAmount).toBe(100);
    // The fee is shared 61,90 : 9,99 → 1,15 € : 0,18 €; only the pass-through plan is charged.
    expect(bakeryPart.paymentFeeAmount).toBe(0);
    expect(honeyPart.paymentFeeAmount).toBe(18);

    const breadLine = bakeryPart.lines.find((line) => line.productId === bread.id)!;
    expect(breadLine).toMatchObject({
      titleSnapshot: "Pain au levain",
      skuSnapshot: "PAIN-1",
      kindSnapshot: "PHYSICAL",
      unitPriceAmount: 1250,
      quantity: 2,
      lineAmount: 2500,
      commissionRateBps: 1000,
      commissionAmount: 250,
    });
    expect(bakeryPart.lines.find((line) => line.productId === workshop.id)).toMatchObject({
      kindSnapshot: "SERVICE",
      commissionRateBps: 2000,
      commissionAmount: 600,
    });
    expect(honeyPart.lines[0]).toMatchObject({
      productId: honey.id,
      titleSnapshot: "Miel de lavande",
      commissionRateBps: 1000,
      commissionAmount: 100,
    });

    // Totals are the sum of their parts.
    const parts = order.shopOrders;
    expect(parts.reduce((sum, part) => sum + part.itemsAmount, 0)).toBe(order.itemsAmount);
    expect(parts.reduce((sum, part) => sum + part.deliveryFeeAmount, 0)).toBe(order.shippingAmount);
    expect(order.itemsAmount + order.shippingAmount).toBe(order.totalAmount);
    for (const part of parts) {
      expect(part.lines.reduce((sum, line) => sum + line.lineAmount, 0)).toBe(part.itemsAmount);
      expect(part.lines.reduce((sum, line) => sum + line.commissionAmount, 0)).toBe(part.commissionAmount);
    }

    // Stock reserved (untracked service untouched); the cart stays until the order is paid.
    expect((await db.product.findUniqueOrThrow({ where: { id: bread.id } })).stock).toBe(3);
    expect((await db.product.findUniqueOrThrow({ where: { id: honey.id } })).stock).toBe(2);
    expect((await db.product.findUniqueOrThrow({ where: { id: workshop.id } })).stock).toBe(0);
    expect(await db.cartLine.count({ where: { cartId: cart.cartId } })).toBe(3);
  });

  it("a signed-in shopper's order uses their account e-mail and can save the address", async () => {
    const shopper = await createUser("SHOPPER");
    const { shop, parcel } = await lyonShop();
    const item = await product(shop.id, { priceAmount: 500, shippingClassId: parcel.id });
    await cartWith(
      { lines: [{ productId: item.id, quantity: 1 }], choices: [{ shopId: shop.id, deliveryMethod: "LOCAL_COURIER" }] },
      shopper.id,
    );
    // courier 4,50 € within 10 km of the shop (69002 is in Lyon)
    const placed = await placeOrder(
      shopper,
      checkoutForm(950, { contact: { email: "ignored@example.test", name: "Camille" }, saveAddress: "on" }),
    );
    const order = await getDb().order.findUniqueOrThrow({ where: { id: placed.orderId } });
    expect(order).toMatchObject({ userId: shopper.id, email: shopper.email, shippingAmount: 450 });
    const saved = await getDb().address.findMany({ where: { userId: shopper.id } });
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ line1: "12 rue Mercière", postalCode: "69002" });
    expect(saved[0].latitude).toBeCloseTo(45.76, 1);
  });

  it("a full address book does not stop the order: the address is just not saved", async () => {
    const shopper = await createUser("SHOPPER");
    const { shop } = await lyonShop();
    const item = await product(shop.id, { priceAmount: 500 });
    await cartWith(
      {
        lines: [{ productId: item.id, quantity: 1 }],
        choices: [{ shopId: shop.id, deliveryMethod: "CLICK_AND_COLLECT" }],
      },
      shopper.id,
    );
    const book = Array.from({ length: MAX_SAVED_ADDRESSES }, (_, index) => ({
      userId: shopper.id,
      name: "Camille",
      line1: `${index + 1} rue Mercière`,
      postalCode: "69002",
      city: "Lyon",
    }));
    await getDb().address.createMany({ data: book });
    const placed = await placeOrder(shopper, checkoutForm(500, { contact: { name: "Camille" }, saveAddress: "on" }));
    expect(await getDb().order.count({ where: { id: placed.orderId } })).toBe(1);
    expect(await getDb().address.count({ where: { userId: shopper.id } })).toBe(MAX_SAVED_ADDRESSES);
  });

  it("the first sales of a plan with commission-free sales carry no commission, decided once paid", async () => {
    const trial = await standardPlan({ commissionFreeSales: 1 });
    const { shop } = await lyonShop({ planId: trial.id });
    const item = await product(shop.id, { priceAmount: 2000 });
    const newCart = () =>
      cartWith({
        lines: [{ productId: item.id, quantity: 1 }],
        choices: [{ shopId: shop.id, deliveryMethod: "CLICK_AND_COLLECT" }],
      });
    const partOf = (orderId: string) => getDb().shopOrder.findFirstOrThrow({ where: { orderId } });
    // Placed at the plan's rate: which sale it is is only known when it is paid (an unpaid order
    // may never be paid), under the shop's lock (docs/business-models.md, plans).
    const first = await placeOrder(null, { ...checkoutForm(2000), guestToken: (await newCart()).guestToken });
    expect((await partOf(first.orderId)).commissionAmount).toBe(200);
    await payPlacedOrder(first.orderId);
    expect(await partOf(first.orderId)).toMatchObject({ commissionAmount: 0, saleNumber: 1 });
    // The next order pays commission, placed and paid.
    const second = await placeOrder(null, { ...checkoutForm(2000), guestToken: (await newCart()).guestToken });
    await payPlacedOrder(second.orderId);
    expect(await partOf(second.orderId)).toMatchObject({ commissionAmount: 200, saleNumber: 2 });
  });

  it("a click & collect-only order needs no address and stores none; the phone is the one typed", async () => {
    const { shop } = await lyonShop({ name: "Retrait seul" });
    const item = await product(shop.id, { priceAmount: 800 });
    const shopper = await createUser("SHOPPER");
    for (const actor of [null, shopper]) {
      const cart = await cartWith(
        {
          lines: [{ productId: item.id, quantity: 1 }],
          choices: [{ shopId: shop.id, deliveryMethod: "CLICK_AND_COLLECT" }],
        },
        actor?.id,
      );
      // What the checkout form sends when it asks for no address: blank address fields.
      const blank = { name: "", line1: "", line2: "", postalCode: "", city: "" };
      const placed = await placeOrder(actor, {
        ...checkoutForm(800, { address: blank, saveAddress: "on" }),
        guestToken: cart.guestToken,
      });
      const order = await getDb().order.findUniqueOrThrow({
        where: { id: placed.orderId },
        include: { shopOrders: true },
      });
      expect(order).toMatchObject({ shippingAddress: null, customerPhone: "06 12 34 56 78", totalAmount: 800 });
      expect(order.shopOrders).toMatchObject([{ deliveryMethod: "CLICK_AND_COLLECT", deliveryFeeAmount: 0 }]);
    }
    // Nothing went into the address book.
    expect(await getDb().address.count({ where: { userId: shopper.id } })).toBe(0);
  });

  it("an address sent with a click & collect-only order is not kept", async () => {
    const { shop } = await lyonShop();
    const item = await product(shop.id, { priceAmount: 800 });
    const cart = await cartWith({
      lines: [{ productId: item.id, quantity: 1 }],
      choices: [{ shopId: shop.id, deliveryMethod: "CLICK_AND_COLLECT" }],
    });
    const placed = await placeOrder(null, { ...checkoutForm(800), address: undefined, guestToken: cart.guestToken });
    expect((await getDb().order.findUniqueOrThrow({ where: { id: placed.orderId } })).shippingAddress).toBeNull();
    const withAddress = await cartWith({
      lines: [{ productId: item.id, quantity: 1 }],
      choices: [{ shopId: shop.id, deliveryMethod: "CLICK_AND_COLLECT" }],
    });
    const again = await placeOrder(null, { ...checkoutForm(800), guestToken: withAddress.guestToken });
    expect((await getDb().order.findUniqueOrThrow({ where: { id: again.orderId } })).shippingAddress).toBeNull();
  });

  it("a double submit with the same idempotency key places one order, also concurrently", async () => {
    const { bread, honey, cart, total } = await twoShopCart();
    const form = { ...checkoutForm(total), guestToken: cart.guestToken };
    const first = await placeOrder(null, form);
    const again = await placeOrder(null, form);
    expect(again).toEqual(first);
    expect(await getDb().order.count({ where: { cartId: cart.cartId } })).toBe(1);

    const concurrent = { ...checkoutForm(total), guestToken: cart.guestToken };
    const results = await Promise.all(Array.from({ length: 6 }, () => placeOrder(null, concurrent)));
    expect(new Set(results.map((r) => r.orderId)).size).toBe(1);
    expect(await getDb().order.count({ where: { cartId: cart.cartId } })).toBe(2);
    // Two orders' worth of stock taken, no more.
    expect((await getDb().product.findUniqueOrThrow({ where: { id: bread.id } })).stock).toBe(1);
    expect((await getDb().product.findUniqueOrThrow({ where: { id: honey.id } })).stock).toBe(1);
  });

  it("another checkout's idempotency key reveals nothing", async () => {
    const { cart, total } = await twoShopCart();
    const form = { ...checkoutForm(total), guestToken: cart.guestToken };
    await placeOrder(null, form);
    const other = await twoShopCart();
    const error = await refusal(
      placeOrder(null, {
        ...checkoutForm(other.total, { idempotencyKey: form.idempotencyKey }),
        guestToken: other.cart.guestToken,
      }),
    );
    expect(error.code).toBe("CONFLICT");
  });
});

describe("placeOrder refuses, writing nothing and keeping the stock", () => {
  async function expectRefused(run: () => Promise<unknown>, productIds: string[]) {
    const before = await checkoutSnapshot(productIds);
    const error = await run().then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(await checkoutSnapshot(productIds)).toEqual(before);
    if (!error) throw new Error("expected a refusal");
    return error as CheckoutRefusal;
  }

  it("out of stock between cart and checkout: OUT_OF_STOCK naming every product short", async () => {
    const { bread, honey, workshop, cart, total } = await twoShopCart();
    await getDb().product.update({ where: { id: bread.id }, data: { stock: 1 } });
    await getDb().product.update({ where: { id: honey.id }, data: { stock: 0 } });
    const error = await expectRefused(
      () => placeOrder(null, { ...checkoutForm(total), guestToken: cart.guestToken }),
      [bread.id, honey.id, workshop.id],
    );
    expect(error).toBeInstanceOf(CheckoutRefusal);
    expect(error.code).toBe("OUT_OF_STOCK");
    expect(error.names.sort()).toEqual(["Miel de lavande", "Pain au levain"]);
  });

  it("a product drafted or deleted meanwhile", async () => {
    const { bread, honey, cart, total } = await twoShopCart();
    await getDb().product.update({ where: { id: bread.id }, data: { status: "DRAFT" } });
    const drafted = await expectRefused(
      () => placeOrder(null, { ...checkoutForm(total), guestToken: cart.guestToken }),
      [bread.id, honey.id],
    );
    expect(drafted).toMatchObject({ code: "CONFLICT", reason: "PRODUCT_UNAVAILABLE", names: ["Pain au levain"] });

    await getDb().product.update({ where: { id: bread.id }, data: { status: "ACTIVE" } });
    await getDb().product.delete({ where: { id: honey.id } });
    // The line is gone with the product: the total the shopper saw no longer holds.
    const deleted = await expectRefused(
      () => placeOrder(null, { ...checkoutForm(total), guestToken: cart.guestToken }),
      [bread.id],
    );
    expect(deleted).toMatchObject({ code: "CONFLICT", reason: "PRICES_CHANGED" });
  });

  it("a shop suspended meanwhile, named", async () => {
    const { honeyShop, bread, honey, cart, total } = await twoShopCart();
    await getDb().shop.update({ where: { id: honeyShop.shop.id }, data: { status: "SUSPENDED" } });
    const error = await expectRefused(
      () => placeOrder(null, { ...checkoutForm(total), guestToken: cart.guestToken }),
      [bread.id, honey.id],
    );
    expect(error).toMatchObject({ code: "CONFLICT", reason: "SHOP_UNAVAILABLE", names: ["Miellerie"] });
  });

  it("a courier address out of the shop's radius, naming the shop", async () => {
    const { shop } = await lyonShop({ name: "Coursier du Rhône" });
    const item = await product(shop.id, { priceAmount: 500 });
    const cart = await cartWith({
      lines: [{ productId: item.id, quantity: 1 }],
      choices: [{ shopId: shop.id, deliveryMethod: "LOCAL_COURIER" }],
    });
    const paris = { name: "C. M.", line1: "1 rue de Rivoli", postalCode: "75001", city: "Paris", country: "FR" };
    const error = await expectRefused(
      () => placeOrder(null, { ...checkoutForm(950, { address: paris }), guestToken: cart.guestToken }),
      [item.id],
    );
    expect(error).toMatchObject({ code: "CONFLICT", reason: "COURIER_OUT_OF_RADIUS", names: ["Coursier du Rhône"] });
  });

  it("an order with a delivered part and no address: VALIDATION on the address fields", async () => {
    const { bread, honey, cart, total } = await twoShopCart(); // post at the bakery, click & collect for the honey
    for (const address of [undefined, { name: "", line1: "", line2: "", postalCode: "", city: "" }]) {
      const error = await expectRefused(
        () => placeOrder(null, { ...checkoutForm(total, { address }), guestToken: cart.guestToken }),
        [bread.id, honey.id],
      );
      expect(error).toMatchObject({
        code: "VALIDATION",
        fieldErrors: { "address.line1": "forms.errors.required", "address.city": "forms.errors.required" },
      });
    }
  });

  it("no delivery method chosen for a shop", async () => {
    const { shop } = await lyonShop({ name: "Sans choix" });
    const item = await product(shop.id, { priceAmount: 500 });
    const cart = await cartWith({ lines: [{ productId: item.id, quantity: 1 }], choices: [] });
    const error = await expectRefused(
      () => placeOrder(null, { ...checkoutForm(500), guestToken: cart.guestToken }),
      [item.id],
    );
    expect(error).toMatchObject({ reason: "DELIVERY_METHOD_MISSING", names: ["Sans choix"] });
  });

  it("a tampered expected total, or a price changed since the shopper reviewed it", async () => {
    const { bread, honey, cart, total } = await twoShopCart();
    const tampered = await expectRefused(
      () => placeOrder(null, { ...checkoutForm(100), guestToken: cart.guestToken }),
      [bread.id, honey.id],
    );
    expect(tampered).toMatchObject({ code: "CONFLICT", reason: "PRICES_CHANGED" });
    await getDb().product.update({ where: { id: bread.id }, data: { priceAmount: 1300 } });
    const repriced = await expectRefused(
      () => placeOrder(null, { ...checkoutForm(total), guestToken: cart.guestToken }),
      [bread.id, honey.id],
    );
    expect(repriced).toMatchObject({ code: "CONFLICT", reason: "PRICES_CHANGED" });
  });

  it("bad input: a guest without an e-mail, terms not accepted, an unknown postcode, a stale form", async () => {
    const { bread, honey, cart, total } = await twoShopCart();
    const ids = [bread.id, honey.id];
    const noEmail = await expectRefused(
      () => placeOrder(null, { ...checkoutForm(total, { contact: { name: "Camille" } }), guestToken: cart.guestToken }),
      ids,
    );
    expect(noEmail).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { "contact.email": "checkout.errors.emailRequired" },
    });
    const noTerms = await expectRefused(
      () => placeOrder(null, { ...checkoutForm(total, { termsAccepted: undefined }), guestToken: cart.guestToken }),
      ids,
    );
    expect(noTerms).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { termsAccepted: "checkout.errors.termsRequired" },
    });
    const unknownPostcode = await expectRefused(
      () =>
        placeOrder(null, {
          ...checkoutForm(total, { address: { name: "C", line1: "x", postalCode: "00000", city: "Nulle part" } }),
          guestToken: cart.guestToken,
        }),
      ids,
    );
    expect(unknownPostcode).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { "address.postalCode": "checkout.errors.postcodeUnknown" },
    });
    const missingLine = await expectRefused(
      () =>
        placeOrder(null, {
          ...checkoutForm(total, { address: { postalCode: "69002", city: "Lyon" } }),
          guestToken: cart.guestToken,
        }),
      ids,
    );
    expect(missingLine).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { "address.line1": "forms.errors.required" },
    });
    const stale = await expectRefused(
      () => placeOrder(null, { ...checkoutForm(total, { idempotencyKey: "not-a-uuid" }), guestToken: cart.guestToken }),
      ids,
    );
    expect(stale).toMatchObject({ code: "VALIDATION", fieldErrors: { idempotencyKey: "checkout.errors.staleForm" } });
  });

  it("someone else's saved address is NOT_FOUND; a guest cannot use a saved address", async () => {
    const shopper = await createUser("SHOPPER");
    const stranger = await createUser("SHOPPER");
    const theirs = await getDb().address.create({
      data: {
        userId: stranger.id,
        name: "S",
        line1: "2 quai",
        postalCode: "69002",
        city: "Lyon",
        latitude: 45.75,
        longitude: 4.83,
      },
    });
    const { shop } = await lyonShop();
    const item = await product(shop.id, { priceAmount: 500 });
    await cartWith(
      {
        lines: [{ productId: item.id, quantity: 1 }],
        choices: [{ shopId: shop.id, deliveryMethod: "CLICK_AND_COLLECT" }],
      },
      shopper.id,
    );
    const error = await expectRefused(
      () => placeOrder(shopper, checkoutForm(500, { addressId: theirs.id, address: undefined })),
      [item.id],
    );
    expect(error.code).toBe("NOT_FOUND");
    const guestCart = await cartWith({
      lines: [{ productId: item.id, quantity: 1 }],
      choices: [{ shopId: shop.id, deliveryMethod: "CLICK_AND_COLLECT" }],
    });
    const guest = await expectRefused(
      () =>
        placeOrder(null, {
          ...checkoutForm(500, { addressId: theirs.id, address: undefined }),
          guestToken: guestCart.guestToken,
        }),
      [item.id],
    );
    expect(guest.code).toBe("NOT_FOUND");
  });

  it("no cart (signed out without a cart cookie, or an empty cart)", async () => {
    const error = await expectRefused(() => placeOrder(null, checkoutForm(0)), []);
    expect(error).toMatchObject({ code: "CONFLICT", reason: "CART_EMPTY" });
    const empty = await cartWith({ lines: [], choices: [] });
    const none = await expectRefused(
      () => placeOrder(null, { ...checkoutForm(0), guestToken: empty.guestToken, idempotencyKey: randomUUID() }),
      [],
    );
    expect(none).toMatchObject({ reason: "CART_EMPTY" });
  });
});
