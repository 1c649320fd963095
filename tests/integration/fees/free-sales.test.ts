// Commission-free first sales (docs/business-models.md, plans): counted when the payment is confirmed, under
// the shop's lock, so concurrent payments never hand out more free sales than the plan gives.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { confirmOrderPayment } from "@/lib/orders/confirm-order-payment";
import { startOrderPayment } from "@/lib/payments/start-order-payment";
import {
  ambassador,
  ambassadorEntriesOf,
  feePlan,
  feeSettings,
  ledgerOf,
  lyonShop,
  partOf,
  payPlacedOrder,
  placeFor,
  product,
  sumOfType,
} from "./fee-fixtures";

const db = () => getDb();

beforeAll(async () => {
  await feeSettings({ feesVatBps: 2000 });
});

describe("commission-free first sales", () => {
  it("6 payments confirmed at once for a plan with 3 free sales: exactly 3 free, sale numbers 1 to 6", async () => {
    const plan = await feePlan({ commissionFreeSales: 3 });
    const shop = await lyonShop({ planId: plan.id });
    const item = await product(shop.shop.id, { priceAmount: 2000, stock: 20 });
    const orderIds: string[] = [];
    for (let i = 0; i < 6; i++)
      orderIds.push(await placeFor(shop, [{ productId: item.id, quantity: 1, priceAmount: 2000 }]));
    for (const orderId of orderIds) await startOrderPayment(orderId);
    const orders = await db().order.findMany({ where: { id: { in: orderIds } } });

    const outcomes = await Promise.all(
      orders.map((order) =>
        confirmOrderPayment({
          orderId: order.id,
          provider: "test",
          reference: order.paymentReference!,
          amountReceived: order.totalAmount,
          currency: order.currency,
        }),
      ),
    );
    expect(outcomes.map((outcome) => outcome.status)).toEqual(Array(6).fill("confirmed"));

    const parts = await Promise.all(orderIds.map(partOf));
    expect(parts.map((part) => part.saleNumber).sort()).toEqual([1, 2, 3, 4, 5, 6]);
    const free = parts.filter((part) => part.commissionAmount === 0);
    expect(free).toHaveLength(3);
    expect(free.map((part) => part.saleNumber).sort()).toEqual([1, 2, 3]);
    for (const part of free) {
      expect(part).toMatchObject({ feesVatAmount: 0, shippingCommissionAmount: 0, ambassadorShareAmount: 0 });
      expect(part.lines.every((line) => line.commissionAmount === 0 && line.commissionRateBps === 0)).toBe(true);
      const ledger = await ledgerOf(part.id);
      expect(ledger.map((entry) => entry.type)).toEqual(["SALE"]);
    }
    // From the 4th sale: 10 % of 20,00 € = 2,00 €, VAT 20 % = 0,40 €.
    for (const part of parts.filter((part) => part.commissionAmount !== 0)) {
      expect(part).toMatchObject({ commissionAmount: 200, feesVatAmount: 40 });
      const ledger = await ledgerOf(part.id);
      expect(sumOfType(ledger, "COMMISSION")).toBe(-200);
      expect(sumOfType(ledger, "FEE_VAT")).toBe(-40);
    }
    expect((await db().shop.findUniqueOrThrow({ where: { id: shop.shop.id } })).paidSalesCount).toBe(6);
  });

  it("a free sale through an ambassador earns the ambassador nothing; the next one does", async () => {
    const plan = await feePlan({ commissionFreeSales: 1 });
    const shop = await lyonShop({ planId: plan.id });
    const item = await product(shop.shop.id, { priceAmount: 5000 });
    const referrer = await ambassador();
    const line = [{ productId: item.id, quantity: 1, priceAmount: 5000 }];
    const first = await placeFor(shop, line, { ambassadorCode: referrer.code });
    // Placed at the plan's rate, share included: it is only known at payment to be a free sale.
    expect((await partOf(first)).ambassadorShareAmount).toBe(350);
    await payPlacedOrder(first);
    const firstPart = await partOf(first);
    expect(firstPart).toMatchObject({ saleNumber: 1, commissionAmount: 0, ambassadorShareAmount: 0 });
    expect(firstPart.lines[0].ambassadorShareAmount).toBe(0);
    expect(await ambassadorEntriesOf(firstPart.id)).toEqual([]);

    const second = await placeFor(shop, line, { ambassadorCode: referrer.code });
    await payPlacedOrder(second);
    const secondPart = await partOf(second);
    expect(secondPart).toMatchObject({ saleNumber: 2, commissionAmount: 500, ambassadorShareAmount: 350 });
    expect((await ambassadorEntriesOf(secondPart.id)).map((entry) => [entry.type, entry.amount])).toEqual([
      ["AMBASSADOR_SHARE", 350],
    ]);
  });

  it("a shop without a plan of its own counts its free sales on the marketplace's default plan", async () => {
    const trial = await feePlan({ commissionFreeSales: 1 });
    const before = await db().marketplaceSettings.findUniqueOrThrow({ where: { id: 1 } });
    await db().marketplaceSettings.update({ where: { id: 1 }, data: { defaultPlanId: trial.id } });
    try {
      const shop = await lyonShop();
      const item = await product(shop.shop.id, { priceAmount: 1000 });
      const line = [{ productId: item.id, quantity: 1, priceAmount: 1000 }];
      const first = await placeFor(shop, line);
      await payPlacedOrder(first);
      const second = await placeFor(shop, line);
      await payPlacedOrder(second);
      expect(await partOf(first)).toMatchObject({ saleNumber: 1, commissionAmount: 0 });
      expect(await partOf(second)).toMatchObject({ saleNumber: 2, commissionAmount: 100 });
    } finally {
      await db().marketplaceSettings.update({ where: { id: 1 }, data: { defaultPlanId: before.defaultPlanId } });
    }
  });
});
