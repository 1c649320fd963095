// The Rates page's data (docs/business-models.md, fees): the shop's plan, and worked examples that are the
// fee engine's own numbers — the very numbers checkout writes on an order.
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { placeOrder } from "@/lib/orders/place-order";
import { getShopRates } from "@/lib/rates/get-shop-rates";
import { cartWith, checkoutForm, lyonShop, product } from "../checkout/place-order-fixtures";
import { createShop, createUser, refusal } from "../sellers/fixtures";

const unique = () => randomBytes(4).toString("hex");

let vendor: Actor;
let otherVendor: Actor;
let shopper: Actor;
let operator: Actor;
let books: string;
let novels: string;

async function plan(data: Partial<Prisma.PlanUncheckedCreateInput> = {}) {
  return getDb().plan.create({ data: { code: `plan-${unique()}`, name: "Communauté", ...data } });
}

beforeAll(async () => {
  vendor = await createUser("VENDOR");
  otherVendor = await createUser("VENDOR");
  shopper = await createUser("SHOPPER");
  operator = await createUser("OPERATOR");
  books = (await getDb().category.create({ data: { slug: `books-${unique()}`, names: { fr: "Livres", en: "Books" } } }))
    .id;
  novels = (
    await getDb().category.create({
      data: { slug: `novels-${unique()}`, names: { fr: "Romans", en: "Novels" }, parentId: books },
    })
  ).id;
  // VAT 20 % on fees, payment fee 1,5 % + 0,25 € passed on to every vendor, ambassadors 7 %.
  const settings = {
    paymentFeeBps: 150,
    paymentFeeFixedAmount: 25,
    paymentFeePassedOn: true,
    feesVatBps: 2000,
    ambassadorShareBps: 700,
    ambassadorsEnabled: true,
  };
  await getDb().marketplaceSettings.upsert({ where: { id: 1 }, create: { id: 1, ...settings }, update: settings });
});

describe("getShopRates", () => {
  it.each<[string, () => Actor | null, string]>([
    ["signed out", () => null, "UNAUTHENTICATED"],
    ["a shopper", () => shopper, "FORBIDDEN"],
    ["an operator", () => operator, "FORBIDDEN"],
    ["another shop's vendor", () => otherVendor, "NOT_FOUND"],
  ])("refuses %s", async (_who, actorOf, code) => {
    const shop = await createShop(vendor, { planId: (await plan()).id });
    expect((await refusal(getShopRates(actorOf(), shop.id))).code).toBe(code);
  });

  it("has nothing to work through while the shop has no plan", async () => {
    const shop = await createShop(vendor);
    expect(await getShopRates(vendor, shop.id)).toMatchObject({ plan: null, examples: [], planCost: null });
  });

  it("works the shop's plan through the engine: kinds, delivery, ambassador, categories and the plan's cost", async () => {
    const community = await plan({
      defaultCommissionBps: 1000,
      monthlyFeeAmount: 1900,
      commissionFreeSales: 10,
      commissionRules: {
        create: [
          { productKind: "SERVICE", rateBps: 2000 },
          { categoryId: books, rateBps: 500 },
        ],
      },
    });
    const shop = await createShop(vendor, { planId: community.id, paidSalesCount: 3 });
    const rates = await getShopRates(vendor, shop.id);
    expect(rates.plan).toMatchObject({ id: community.id, name: "Communauté" });
    expect(rates).toMatchObject({ currency: "EUR", paidSalesCount: 3, ambassadorShareBps: 700 });
    expect(rates.fees).toEqual({
      paymentFeeBps: 150,
      paymentFeeFixedAmount: 25,
      paymentFeePassedOn: true,
      feesVatBps: 2000,
    });

    const byKey = new Map(rates.examples.map((example) => [example.key, example]));
    const bookRule = rates.plan!.rules.find((rule) => rule.categoryId === books)!;
    expect([...byKey.keys()]).toEqual([
      "product",
      "service",
      "shipping",
      "ambassador",
      "firstSales",
      `category:${bookRule.id}`,
    ]);
    // 25,00 € at 10 %: 2,50 €, VAT 0,50 €, payment fee 0,38 + 0,25 = 0,63 €, net 21,37 €
    expect(byKey.get("product")).toMatchObject({
      commissionAmount: 250,
      feesVatAmount: 50,
      paymentFeeAmount: 63,
      vendorNetAmount: 2137,
    });
    // 60,00 € at 20 %: 12,00 €, VAT 2,40 €, payment fee 0,90 + 0,25 = 1,15 €
    expect(byKey.get("service")).toMatchObject({ rateBps: 2000, commissionAmount: 1200, vendorNetAmount: 4445 });
    // 7 % of 25,00 € = 1,75 €, out of the commission: the net is the product's
    expect(byKey.get("ambassador")).toMatchObject({ ambassadorShareAmount: 175, vendorNetAmount: 2137 });
    expect(byKey.get("firstSales")).toMatchObject({ commissionAmount: 0, vendorNetAmount: 2500 - 63 });
    // the category rule at 5 %: 1,25 €
    expect(byKey.get(`category:${bookRule.id}`)).toMatchObject({ rateBps: 500, commissionAmount: 125 });
    // 19,00 € a month + 20 % VAT = 22,80 €
    expect(rates.planCost).toEqual({
      billing: "MONTHLY",
      termMonths: 1,
      amountExclVat: 1900,
      vatRateBps: 2000,
      vatAmount: 380,
      totalAmount: 2280,
    });
  });

  it("walks a category rule's ancestors as checkout does: a rule on a subcategory beats its parent's", async () => {
    const layered = await plan({
      defaultCommissionBps: 1000,
      commissionRules: {
        create: [
          { categoryId: books, rateBps: 500 },
          { categoryId: novels, rateBps: 300 },
        ],
      },
    });
    const shop = await createShop(vendor, { planId: layered.id });
    const rates = await getShopRates(vendor, shop.id);
    const novelRule = rates.plan!.rules.find((rule) => rule.categoryId === novels)!;
    const novel = rates.examples.find((example) => example.ruleId === novelRule.id)!;
    expect(novel.input.parts[0].lines[0].categoryPath).toEqual([novels, books]);
    expect(novel.rateBps).toBe(300);
  });

  it("shows a fixed term's price and no commission, and keeps an archived plan's terms", async () => {
    const rent = await plan({
      billing: "FIXED_TERM",
      monthlyFeeAmount: 2000,
      termMonths: 3,
      discountBps: 500,
      active: false,
    });
    const shop = await createShop(vendor, { planId: rent.id });
    const rates = await getShopRates(vendor, shop.id);
    expect(rates.plan).toMatchObject({ active: false, billing: "FIXED_TERM" });
    // 3 × 20,00 € − 5 % = 57,00 €, + 20 % VAT = 68,40 €
    expect(rates.planCost).toMatchObject({
      billing: "FIXED_TERM",
      amountExclVat: 5700,
      vatAmount: 1140,
      totalAmount: 6840,
    });
    expect(rates.examples.every((example) => example.commissionAmount === 0)).toBe(true);
  });

  it("shows what checkout actually writes on an order of the same sale", async () => {
    const community = await plan({ defaultCommissionBps: 1000, commissionOnShipping: true });
    const { vendor: owner, shop, parcel } = await lyonShop({ planId: community.id });
    await getDb().shippingClass.update({ where: { id: parcel.id }, data: { fees: { POSTAL: 490 } } });
    const item = await product(shop.id, { priceAmount: 2500, shippingClassId: parcel.id });
    const rates = await getShopRates(owner, shop.id);

    for (const [key, deliveryMethod] of [
      ["product", "CLICK_AND_COLLECT"],
      ["shipping", "POSTAL"],
    ] as const) {
      const example = rates.examples.find((candidate) => candidate.key === key)!;
      const cart = await cartWith({
        lines: [{ productId: item.id, quantity: 1 }],
        choices: [{ shopId: shop.id, deliveryMethod }],
      });
      const placed = await placeOrder(null, {
        ...checkoutForm(example.shopperPaysAmount),
        guestToken: cart.guestToken,
      });
      const part = await getDb().shopOrder.findFirstOrThrow({ where: { orderId: placed.orderId } });
      expect({
        commission: part.commissionAmount,
        shippingCommission: part.shippingCommissionAmount,
        feesVat: part.feesVatAmount,
        paymentFee: part.paymentFeeAmount,
      }).toEqual({
        commission: example.commissionAmount,
        shippingCommission: example.shippingCommissionAmount,
        feesVat: example.feesVatAmount,
        paymentFee: example.paymentFeeAmount,
      });
    }
  });
});
