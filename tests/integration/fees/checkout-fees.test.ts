// Checkout stores the fee engine's breakdown (docs/business-models.md, fees) on the order, its parts and
// lines, and attributes the order to the ambassador of the referral cookie — never to the buyer
// themselves, never when the programme is off, never for a code that is not one.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { ambassador, createUser, feePlan, feeSettings, lyonShop, partOf, placeFor, product } from "./fee-fixtures";

const db = () => getDb();

beforeAll(async () => {
  await feeSettings({ feesVatBps: 2000, paymentFeeBps: 200, paymentFeeFixedAmount: 0 });
});

async function category(parentId: string | null = null) {
  const slug = `c-${Math.random().toString(36).slice(2, 10)}`;
  return db().category.create({ data: { slug, names: { fr: slug, en: slug }, parentId } });
}

/** A shop whose plan commissions shipping and passes the payment fee on; 5 % on a food category. */
async function taxedShop() {
  const food = await category();
  const bread = await category(food.id);
  const plan = await feePlan({ commissionOnShipping: true, paymentFeePassThrough: true });
  await db().commissionRule.create({ data: { planId: plan.id, categoryId: food.id, rateBps: 500 } });
  const shop = await lyonShop({ planId: plan.id });
  const bowl = await product(shop.shop.id, { priceAmount: 2500, shippingClassId: shop.parcel.id });
  const loaf = await product(shop.shop.id, {
    priceAmount: 6000,
    shippingClassId: shop.parcel.id,
    kind: "SERVICE",
    categoryId: bread.id,
  });
  return { shop, bowl, loaf };
}

describe("placeOrder with the fee engine", () => {
  it("stores commission (of which shipping), VAT on fees, payment fee and the ambassador's shares", async () => {
    const { shop, bowl, loaf } = await taxedShop();
    const referrer = await ambassador();
    const orderId = await placeFor(
      shop,
      [
        { productId: bowl.id, quantity: 1, priceAmount: 2500 },
        { productId: loaf.id, quantity: 1, priceAmount: 6000 },
      ],
      { delivery: "POSTAL", ambassadorCode: referrer.code.toLowerCase() },
    );
    const order = await db().order.findUniqueOrThrow({ where: { id: orderId } });
    // 25,00 + 60,00 + 6,90 = 91,90 €; payment fee 2 % = 1,838 → 1,84 €
    expect(order).toMatchObject({ totalAmount: 9190, paymentFeeAmount: 184, ambassadorId: referrer.id });
    const part = await partOf(orderId);
    // bowl 10 % = 2,50 €; the loaf (a service) is in a subcategory of food: 5 % beats the service
    // rule's 20 % = 3,00 €; shipping 10 % of 6,90 € = 0,69 €; commission 6,19 €
    // VAT 20 % of 6,19 € = 1,238 → 1,24 €; the plan passes the payment fee on: 1,84 €
    expect(part).toMatchObject({
      itemsAmount: 8500,
      deliveryFeeAmount: 690,
      commissionAmount: 619,
      shippingCommissionAmount: 69,
      feesVatAmount: 124,
      paymentFeeAmount: 184,
      // 7 % of 60,00 € = 4,20 € capped at its commission 3,00 €; 7 % of 25,00 € = 1,75 €
      ambassadorShareAmount: 300 + 175,
      saleNumber: null,
    });
    expect(
      part.lines.map((line) => [line.commissionRateBps, line.commissionAmount, line.ambassadorShareAmount]),
    ).toEqual([
      [500, 300, 300],
      [1000, 250, 175],
    ]);
  });

  it("takes the marketplace's currency for new orders", async () => {
    const { shop, bowl } = await taxedShop();
    await db().marketplaceSettings.update({ where: { id: 1 }, data: { currency: "XPF" } });
    try {
      const orderId = await placeFor(shop, [{ productId: bowl.id, quantity: 1, priceAmount: 2500 }]);
      expect((await db().order.findUniqueOrThrow({ where: { id: orderId } })).currency).toBe("XPF");
      expect((await partOf(orderId)).currency).toBe("XPF");
    } finally {
      await db().marketplaceSettings.update({ where: { id: 1 }, data: { currency: "EUR" } });
    }
  });
});

describe("placeOrder: who the order is attributed to", () => {
  type Case = { name: string; code: (amb: Awaited<ReturnType<typeof ambassador>>) => unknown; attributed: boolean };
  const cookies: Case[] = [
    { name: "the code, in any case", code: (amb) => amb.code.toLowerCase(), attributed: true },
    { name: "no cookie", code: () => undefined, attributed: false },
    { name: "an unknown code", code: () => "NOSUCHCODE", attributed: false },
    { name: "a forged value", code: () => '\'; DROP TABLE "Order"; --', attributed: false },
    { name: "far too long", code: (amb) => amb.code.repeat(40), attributed: false },
    { name: "not a string", code: () => ({ code: "X" }), attributed: false },
  ];
  it.each(cookies)("$name → attributed: $attributed; the order is placed either way", async ({ code, attributed }) => {
    const { shop, bowl } = await taxedShop();
    const referrer = await ambassador();
    const orderId = await placeFor(shop, [{ productId: bowl.id, quantity: 1, priceAmount: 2500 }], {
      ambassadorCode: code(referrer),
    });
    const order = await db().order.findUniqueOrThrow({ where: { id: orderId } });
    expect(order.ambassadorId).toBe(attributed ? referrer.id : null);
    expect((await partOf(orderId)).ambassadorShareAmount).toBe(attributed ? 175 : 0);
  });

  it("never the buyer themselves: the same account, or a guest giving the ambassador's e-mail", async () => {
    const { shop, bowl } = await taxedShop();
    const referrer = await ambassador();
    const line = [{ productId: bowl.id, quantity: 1, priceAmount: 2500 }];
    const own = await placeFor(shop, line, { shopper: referrer.user, ambassadorCode: referrer.code });
    const asGuest = await placeFor(shop, line, {
      email: referrer.user.email.toUpperCase(),
      ambassadorCode: referrer.code,
    });
    const someoneElse = await placeFor(shop, line, {
      shopper: await createUser("SHOPPER"),
      ambassadorCode: referrer.code,
    });
    const ambassadorOf = async (id: string) => (await db().order.findUniqueOrThrow({ where: { id } })).ambassadorId;
    expect(await ambassadorOf(own)).toBeNull();
    expect(await ambassadorOf(asGuest)).toBeNull();
    expect(await ambassadorOf(someoneElse)).toBe(referrer.id);
    expect((await partOf(own)).ambassadorShareAmount).toBe(0);
  });

  it("nobody while the programme is off", async () => {
    const { shop, bowl } = await taxedShop();
    const referrer = await ambassador();
    await db().marketplaceSettings.update({ where: { id: 1 }, data: { ambassadorsEnabled: false } });
    try {
      const orderId = await placeFor(shop, [{ productId: bowl.id, quantity: 1, priceAmount: 2500 }], {
        ambassadorCode: referrer.code,
      });
      expect((await db().order.findUniqueOrThrow({ where: { id: orderId } })).ambassadorId).toBeNull();
      expect((await partOf(orderId)).ambassadorShareAmount).toBe(0);
    } finally {
      await db().marketplaceSettings.update({ where: { id: 1 }, data: { ambassadorsEnabled: true } });
    }
  });
});
