// The money a paid part writes (docs/domain.md, LedgerEntry and ambassadors): the shop's entries
// SALE, SHIPPING, COMMISSION, FEE_VAT, PAYMENT_FEE; the ambassador's AMBASSADOR_SHARE per line,
// carved out of the commission (the vendor's net does not change); and refunds, which give back
// the commission with its VAT and reverse the ambassador's share in the same proportion.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { refundShopOrder } from "@/lib/orders/refund-shop-order";
import { transitionShopOrder } from "@/lib/orders/transition-shop-order";
import { refusal } from "../checkout/place-order-fixtures";
import {
  ambassador,
  ambassadorEntriesOf,
  createUser,
  feePlan,
  feeSettings,
  ledgerOf,
  lyonShop,
  partOf,
  payPlacedOrder,
  placeFor,
  product,
  sumOf,
  sumOfType,
} from "./fee-fixtures";

const db = () => getDb();

beforeAll(async () => {
  await feeSettings({ feesVatBps: 2000, paymentFeeBps: 200, paymentFeeFixedAmount: 0, paymentFeePassedOn: true });
});

/**
 * A paid order at a 10 % shop: a jug 25,00 € and a dish 50,00 €, posted 6,90 € — 81,90 €.
 * Commission 7,50 €, VAT 20 % 1,50 €, payment fee 2 % of 81,90 € = 1,638 → 1,64 € (passed on):
 * the vendor's net 81,90 − 7,50 − 1,50 − 1,64 = 71,26 €. Through an ambassador: 7 % of each line,
 * 1,75 € + 3,50 €.
 */
async function paidPart(options: { ambassadorCode?: string } = {}) {
  const shop = await lyonShop({ planId: (await feePlan()).id });
  const jug = await product(shop.shop.id, { priceAmount: 2500, shippingClassId: shop.parcel.id });
  const dish = await product(shop.shop.id, { priceAmount: 5000, shippingClassId: shop.parcel.id });
  const shopper = await createUser("SHOPPER");
  const orderId = await placeFor(
    shop,
    [
      { productId: jug.id, quantity: 1, priceAmount: 2500 },
      { productId: dish.id, quantity: 1, priceAmount: 5000 },
    ],
    { delivery: "POSTAL", shopper, ambassadorCode: options.ambassadorCode },
  );
  await payPlacedOrder(orderId);
  return { shop, shopper, part: await partOf(orderId) };
}

const entriesOf = async (shopOrderId: string) =>
  (await ledgerOf(shopOrderId)).map((entry) => [entry.type, entry.amount] as const);

describe("payment confirmation writes the engine's entries", () => {
  it("the vendor's net does not change with an ambassador; the ambassador earns per line", async () => {
    const referrer = await ambassador();
    const plain = await paidPart();
    const referred = await paidPart({ ambassadorCode: referrer.code });
    const expected = [
      ["SALE", 7500],
      ["SHIPPING", 690],
      ["COMMISSION", -750],
      ["FEE_VAT", -150],
      ["PAYMENT_FEE", -164],
    ];
    expect(await entriesOf(plain.part.id)).toEqual(expected);
    expect(await entriesOf(referred.part.id)).toEqual(expected);
    expect(sumOf(await ledgerOf(referred.part.id))).toBe(7126);

    expect(await ambassadorEntriesOf(plain.part.id)).toEqual([]);
    const earned = await ambassadorEntriesOf(referred.part.id);
    const lineOf = (amount: number) => referred.part.lines.find((line) => line.lineAmount === amount)!.id;
    expect(
      earned.map((entry) => ({ ...entry, id: undefined, createdAt: undefined })).sort((a, b) => a.amount - b.amount),
    ).toEqual([
      {
        id: undefined,
        createdAt: undefined,
        ambassadorId: referrer.id,
        shopOrderId: referred.part.id,
        orderLineId: lineOf(2500),
        type: "AMBASSADOR_SHARE",
        amount: 175,
        currency: "EUR",
        // held with the part until its hold ends, then paid (docs/payouts.md, holds)
        availableAt: null,
        payoutId: null,
      },
      {
        id: undefined,
        createdAt: undefined,
        ambassadorId: referrer.id,
        shopOrderId: referred.part.id,
        orderLineId: lineOf(5000),
        type: "AMBASSADOR_SHARE",
        amount: 350,
        currency: "EUR",
        // held with the part until its hold ends, then paid (docs/payouts.md, holds)
        availableAt: null,
        payoutId: null,
      },
    ]);
    expect(referred.part.ambassadorShareAmount).toBe(525);
  });
});

describe("refunds reverse the commission's VAT and the ambassador's share", () => {
  it("half, then the rest: each reversed pro rata, the whole share by the end, never more", async () => {
    const referrer = await ambassador();
    const { shop, part } = await paidPart({ ambassadorCode: referrer.code });
    await db().shopOrder.update({ where: { id: part.id }, data: { status: "SHIPPED" } });

    await refundShopOrder(shop.vendor, { shopOrderId: part.id, reason: "Pot fêlé", amount: 4095 });
    let ledger = await ledgerOf(part.id);
    // half of 81,90 €: commission 3,75 € and VAT 0,75 € back to the shop
    expect(sumOfType(ledger, "COMMISSION")).toBe(-750 + 375);
    expect(sumOfType(ledger, "FEE_VAT")).toBe(-150 + 75);
    let shares = await ambassadorEntriesOf(part.id);
    // half of 3,50 € = 1,75 €; half of 1,75 € = 0,875 → 0,88 €
    expect(
      shares
        .filter((entry) => entry.type === "AMBASSADOR_REVERSAL")
        .map((entry) => entry.amount)
        .sort((a, b) => a - b),
    ).toEqual([-175, -88]);

    await refundShopOrder(shop.vendor, { shopOrderId: part.id, reason: "Pot fêlé", all: true });
    ledger = await ledgerOf(part.id);
    expect(sumOfType(ledger, "COMMISSION")).toBe(0);
    expect(sumOfType(ledger, "FEE_VAT")).toBe(0);
    // Everything refunded: the shop keeps nothing but owes the provider's fee.
    expect(sumOf(ledger)).toBe(-164);
    shares = await ambassadorEntriesOf(part.id);
    expect(sumOf(shares)).toBe(0);
    for (const line of part.lines) expect(sumOf(shares.filter((entry) => entry.orderLineId === line.id))).toBe(0);
    expect(shares.every((entry) => (entry.type === "AMBASSADOR_SHARE") === entry.amount > 0)).toBe(true);
  });

  it("a part refused by its shop reverses the whole share and the whole commission with its VAT", async () => {
    const referrer = await ambassador();
    const { shop, part } = await paidPart({ ambassadorCode: referrer.code });
    await transitionShopOrder(shop.vendor, { shopOrderId: part.id, action: "REFUSE", reason: "Plus en stock" });
    const ledger = await ledgerOf(part.id);
    expect(sumOfType(ledger, "COMMISSION")).toBe(0);
    expect(sumOfType(ledger, "FEE_VAT")).toBe(0);
    expect(sumOfType(ledger, "REFUND")).toBe(-8190);
    expect(sumOf(await ambassadorEntriesOf(part.id))).toBe(0);
  });

  it("a refund refused (another shop's vendor, the shopper, signed out) reverses nothing", async () => {
    const referrer = await ambassador();
    const { part, shopper } = await paidPart({ ambassadorCode: referrer.code });
    await db().shopOrder.update({ where: { id: part.id }, data: { status: "SHIPPED" } });
    const otherVendor = (await lyonShop()).vendor;
    const before = { ledger: await ledgerOf(part.id), shares: await ambassadorEntriesOf(part.id) };
    for (const [actor, code] of [
      [otherVendor, "NOT_FOUND"],
      [shopper, "FORBIDDEN"],
      [null, "UNAUTHENTICATED"],
    ] as const) {
      const error = await refusal(refundShopOrder(actor, { shopOrderId: part.id, reason: "x", amount: 100 }));
      expect(error.code).toBe(code);
    }
    expect({ ledger: await ledgerOf(part.id), shares: await ambassadorEntriesOf(part.id) }).toEqual(before);
  });
});
