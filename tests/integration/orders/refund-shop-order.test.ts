// Refunds after the goods left (docs/domain.md, Refund): who may refund (docs/architecture.md,
// authorization), bad input refused with nothing written, partial then full, two concurrent
// refunds that together exceed what was paid, the ledger entries, and the job that sends them.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import type { ShopOrderStatus } from "@/lib/generated/prisma/client";
import { getMyOrder } from "@/lib/orders/get-my-order";
import { getShopOrder } from "@/lib/orders/get-shop-order";
import { refundShopOrder, type RefundShopOrderInput } from "@/lib/orders/refund-shop-order";
import { processPendingRefunds } from "@/lib/payments/process-pending-refunds";
import { createUser, lifeSnapshot, paidOrder, putPartIn, refusal, twoShops, type Shops } from "./order-fixtures";

let shops: Shops;
const db = () => getDb();

beforeAll(() => {
  process.env.APP_URL = "https://halle.test";
});

beforeEach(async () => {
  shops = await twoShops();
});

/** A paid order whose posted part (1 bowl 28 € + 6.90 € postage = 34.90 €; commission 2.80 €) is in `status`. */
async function deliveredPottery(status: ShopOrderStatus = "DELIVERED") {
  const paid = await paidOrder(shops);
  await putPartIn(paid.potteryPart.id, status, { deliveredAt: new Date() });
  const line = await db().orderLine.findFirstOrThrow({ where: { shopOrderId: paid.potteryPart.id } });
  return { ...paid, part: paid.potteryPart, line };
}

const ledgerOf = (shopOrderId: string) =>
  db().ledgerEntry.findMany({ where: { shopOrderId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });

describe("refundShopOrder: who may refund", () => {
  type Who = "shopVendor" | "otherVendor" | "shopper" | "otherShopper" | "operator" | "signedOut";
  const cases: { who: Who; outcome: "allowed" | "NOT_FOUND" | "FORBIDDEN" | "UNAUTHENTICATED" }[] = [
    { who: "shopVendor", outcome: "allowed" },
    { who: "operator", outcome: "allowed" },
    { who: "otherVendor", outcome: "NOT_FOUND" },
    { who: "otherShopper", outcome: "NOT_FOUND" },
    { who: "shopper", outcome: "FORBIDDEN" },
    { who: "signedOut", outcome: "UNAUTHENTICATED" },
  ];
  for (const { who, outcome } of cases) {
    it(`${who}: ${outcome}`, async () => {
      const paid = await deliveredPottery();
      const actors: Record<Who, Actor | null> = {
        shopVendor: shops.potterVendor,
        otherVendor: shops.bakerVendor,
        shopper: paid.shopper,
        otherShopper: await createUser("SHOPPER"),
        operator: await createUser("OPERATOR"),
        signedOut: null,
      };
      const input: RefundShopOrderInput = { shopOrderId: paid.part.id, reason: "Bol ébréché", amount: 500 };
      const before = await lifeSnapshot(paid.order.id);
      if (outcome === "allowed") {
        const result = await refundShopOrder(actors[who], input);
        expect(result).toMatchObject({ amount: 500, refundedAmount: 500 });
        const event = await db().shopOrderEvent.findFirstOrThrow({
          where: { shopOrderId: paid.part.id, action: "REFUND" },
        });
        expect(event).toMatchObject({
          fromStatus: "DELIVERED",
          toStatus: "DELIVERED",
          actorKind: who === "operator" ? "OPERATOR" : "VENDOR",
          reason: "Bol ébréché",
          data: { refundId: result.refundId, amount: 500, lines: [] },
        });
        return;
      }
      expect((await refusal(refundShopOrder(actors[who], input))).code).toBe(outcome);
      expect(await lifeSnapshot(paid.order.id)).toEqual(before);
    });
  }

  it("only after the goods left: before shipping, or once refunded in full, it is a CONFLICT", async () => {
    for (const status of ["ACCEPTED", "READY_FOR_PICKUP", "CANCELLED", "REFUSED"] as const) {
      const paid = await deliveredPottery(status);
      const before = await lifeSnapshot(paid.order.id);
      const error = await refusal(
        refundShopOrder(shops.potterVendor, { shopOrderId: paid.part.id, reason: "x", amount: 100 }),
      );
      expect(error).toMatchObject({ code: "CONFLICT", message: "orders.refund.errors.notRefundable" });
      expect(await lifeSnapshot(paid.order.id)).toEqual(before);
    }
    for (const status of ["SHIPPED", "CONFIRMED"] as const) {
      const paid = await deliveredPottery(status);
      await refundShopOrder(shops.potterVendor, { shopOrderId: paid.part.id, reason: "x", amount: 100 });
      expect((await db().shopOrder.findUniqueOrThrow({ where: { id: paid.part.id } })).status).toBe(status);
    }
  });
});

describe("refundShopOrder: bad input changes nothing", () => {
  it("refuses each with a field error", async () => {
    const paid = await deliveredPottery();
    const bakeryLine = await db().orderLine.findFirstOrThrow({ where: { shopOrderId: paid.bakeryPart.id } });
    const base = { shopOrderId: paid.part.id, reason: "Bol ébréché" };
    const cases: [RefundShopOrderInput, Record<string, string>][] = [
      [{ shopOrderId: paid.part.id, amount: 500 }, { reason: "orders.refund.errors.reasonRequired" }],
      [{ ...base, reason: "   ", amount: 500 }, { reason: "orders.refund.errors.reasonRequired" }],
      [{ ...base, amount: 0 }, { amount: "orders.refund.errors.amountPositive" }],
      [{ ...base, amount: -100 }, { amount: "orders.refund.errors.amountPositive" }],
      [{ ...base, amount: 3491 }, { amount: "orders.refund.errors.amountTooLarge" }],
      [{ ...base, amount: "34,91" }, { amount: "orders.refund.errors.amountTooLarge" }],
      [{ ...base, amount: "12,505" }, { amount: "orders.refund.errors.amountInvalid" }],
      [{ ...base, amount: "-3" }, { amount: "orders.refund.errors.amountInvalid" }],
      [{ ...base, amount: 12.5 }, { amount: "orders.refund.errors.amountInvalid" }],
      [
        { ...base, lines: [{ orderLineId: bakeryLine.id, quantity: 1 }] },
        { lines: "orders.refund.errors.lineUnknown" },
      ],
      [
        { ...base, lines: [{ orderLineId: paid.line.id, quantity: 2 }] },
        { [`quantity.${paid.line.id}`]: "orders.refund.errors.quantityTooLarge" },
      ],
      [
        { ...base, lines: [{ orderLineId: paid.line.id, quantity: "1.5" }] },
        { [`quantity.${paid.line.id}`]: "orders.refund.errors.quantityInvalid" },
      ],
      // Persian digits are read (docs/i18n.md, digits): "۲" is 2, too many; "۱٫۵" is not whole
      [
        { ...base, lines: [{ orderLineId: paid.line.id, quantity: "۲" }] },
        { [`quantity.${paid.line.id}`]: "orders.refund.errors.quantityTooLarge" },
      ],
      [
        { ...base, lines: [{ orderLineId: paid.line.id, quantity: "۱٫۵" }] },
        { [`quantity.${paid.line.id}`]: "orders.refund.errors.quantityInvalid" },
      ],
      [{ ...base }, { mode: "orders.refund.errors.chooseWhat" }],
      [{ ...base, lines: [] }, { mode: "orders.refund.errors.chooseWhat" }],
      [
        { ...base, amount: 100, lines: [{ orderLineId: paid.line.id, quantity: 1 }] },
        { mode: "orders.refund.errors.chooseOne" },
      ],
    ];
    const before = await lifeSnapshot(paid.order.id);
    for (const [input, fieldErrors] of cases) {
      const error = await refusal(refundShopOrder(shops.potterVendor, input));
      expect({ input, code: error.code, fieldErrors: error.fieldErrors }).toEqual({
        input,
        code: "VALIDATION",
        fieldErrors,
      });
    }
    expect(await lifeSnapshot(paid.order.id)).toEqual(before);
    // the preview checks the same and writes nothing either
    expect(await refundShopOrder(shops.potterVendor, { ...base, amount: "12,50" }, { preview: true })).toEqual({
      refundId: null,
      amount: 1250,
      refundedAmount: 1250,
    });
    expect(await lifeSnapshot(paid.order.id)).toEqual(before);
  });
});

describe("refundShopOrder: money", () => {
  it("refunds an amount, then a line, then the whole remaining amount; never beyond what was paid", async () => {
    const paid = await deliveredPottery();
    const first = await refundShopOrder(shops.potterVendor, {
      shopOrderId: paid.part.id,
      reason: "Bol ébréché",
      amount: "5,00",
    });
    expect(first).toMatchObject({ amount: 500, refundedAmount: 500 });

    // 28 € + 5 € > 34.90 € − 5 €? No: 28 ≤ 29.90, so the bowl itself may still be refunded.
    const second = await refundShopOrder(shops.potterVendor, {
      shopOrderId: paid.part.id,
      reason: "Bol cassé",
      lines: [{ orderLineId: paid.line.id, quantity: "1" }],
    });
    expect(second).toMatchObject({ amount: 2800, refundedAmount: 3300 });
    expect((await db().orderLine.findUniqueOrThrow({ where: { id: paid.line.id } })).refundedQuantity).toBe(1);
    expect(
      (
        await refusal(
          refundShopOrder(shops.potterVendor, {
            shopOrderId: paid.part.id,
            reason: "encore",
            lines: [{ orderLineId: paid.line.id, quantity: 1 }],
          }),
        )
      ).fieldErrors,
    ).toEqual({ [`quantity.${paid.line.id}`]: "orders.refund.errors.quantityTooLarge" });

    const third = await refundShopOrder(shops.potterVendor, { shopOrderId: paid.part.id, reason: "Port", all: true });
    expect(third).toMatchObject({ amount: 190, refundedAmount: 3490 });
    expect(
      (await refusal(refundShopOrder(shops.potterVendor, { shopOrderId: paid.part.id, reason: "x", all: true })))
        .fieldErrors,
    ).toEqual({ form: "orders.refund.errors.nothingLeft" });

    const refunds = await db().refund.findMany({ where: { shopOrderId: paid.part.id }, orderBy: { amount: "asc" } });
    expect(refunds.map((refund) => [refund.amount, refund.status, refund.reason])).toEqual([
      [190, "PENDING", "Port"],
      [500, "PENDING", "Bol ébréché"],
      [2800, "PENDING", "Bol cassé"],
    ]);

    // Ledger: the sale entries, then per refund −amount and the commission given back pro rata;
    // in the end the whole commission is back and the shop owes only the payment fee.
    const ledger = await ledgerOf(paid.part.id);
    const net = ledger.reduce((sum, entry) => sum + entry.amount, 0);
    const commission = ledger.filter((entry) => entry.type === "COMMISSION").map((entry) => entry.amount);
    expect(commission[0]).toBe(-280);
    expect(commission.slice(1).every((amount) => amount > 0)).toBe(true);
    expect(commission.reduce((sum, amount) => sum + amount, 0)).toBe(0);
    expect(ledger.filter((entry) => entry.type === "REFUND").map((entry) => entry.amount)).toEqual([-500, -2800, -190]);
    expect(net).toBe(-77);

    // The part's status never changed; the e-mails went to the shopper.
    expect((await db().shopOrder.findUniqueOrThrow({ where: { id: paid.part.id } })).status).toBe("DELIVERED");
    const emails = await db().emailMessage.findMany({ where: { template: "order.refunded", to: paid.order.email } });
    expect(emails).toHaveLength(3);
    expect(emails.map((email) => email.text).join("\n")).toContain("Bol cassé");
  });

  it("keeps the shop's net for the part at most what it sold minus what was refunded, after each partial refund", async () => {
    const paid = await deliveredPottery();
    let refunded = 0;
    for (const amount of [333, 1, 1200, 956]) {
      await refundShopOrder(shops.potterVendor, { shopOrderId: paid.part.id, reason: "Geste", amount });
      refunded += amount;
      const ledger = await ledgerOf(paid.part.id);
      const net = ledger.reduce((sum, entry) => sum + entry.amount, 0);
      expect(net).toBeLessThanOrEqual(3490 - refunded);
      const commissionKept = -ledger
        .filter((entry) => entry.type === "COMMISSION")
        .reduce((sum, entry) => sum + entry.amount, 0);
      expect(commissionKept).toBeGreaterThanOrEqual(0);
      const part = await db().shopOrder.findUniqueOrThrow({ where: { id: paid.part.id } });
      expect(part.refundedAmount).toBe(refunded);
    }
  });

  it("of two concurrent refunds of 60 % each, exactly one succeeds", async () => {
    const paid = await deliveredPottery();
    const amount = Math.round(3490 * 0.6);
    const results = await Promise.allSettled([
      refundShopOrder(shops.potterVendor, { shopOrderId: paid.part.id, reason: "A", amount }),
      refundShopOrder(await createUser("OPERATOR"), { shopOrderId: paid.part.id, reason: "B", amount }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((result) => result.status === "rejected");
    expect(rejected?.reason).toMatchObject({ code: expect.stringMatching(/^(CONFLICT|VALIDATION)$/) });
    const part = await db().shopOrder.findUniqueOrThrow({ where: { id: paid.part.id } });
    expect(part.refundedAmount).toBe(amount);
    expect(await db().refund.count({ where: { shopOrderId: paid.part.id } })).toBe(1);
    expect(await db().shopOrderEvent.count({ where: { shopOrderId: paid.part.id, action: "REFUND" } })).toBe(1);
    expect((await ledgerOf(paid.part.id)).filter((entry) => entry.type === "REFUND")).toHaveLength(1);
  });

  it("is sent to the provider by processPendingRefunds, and shown on both pages", async () => {
    // this file's database: the job sees only this test's refund
    await db().refund.updateMany({ where: { status: "PENDING" }, data: { status: "FAILED" } });
    const paid = await deliveredPottery();
    await refundShopOrder(shops.potterVendor, { shopOrderId: paid.part.id, reason: "Bol ébréché", amount: 1250 });
    const now = new Date("2026-12-07T10:00:00Z");
    expect(await processPendingRefunds(now, 10)).toEqual({ succeeded: 1, retrying: 0, failed: 0 });
    const refund = await db().refund.findFirstOrThrow({ where: { shopOrderId: paid.part.id } });
    expect(refund).toMatchObject({ status: "SUCCEEDED", amount: 1250, attempts: 1, processedAt: now });
    expect(refund.providerReference).toMatch(/^test_re_/);

    const vendorView = await getShopOrder(shops.potterVendor, paid.part.id);
    expect(vendorView).toMatchObject({ refundedAmount: 1250, refundableAmount: 2240, canRefund: true });
    expect(vendorView.refunds).toMatchObject([{ amount: 1250, status: "SUCCEEDED", reason: "Bol ébréché" }]);
    expect(vendorView.timeline.at(-1)).toMatchObject({ action: "REFUND", reason: "Bol ébréché" });
    const shopperView = await getMyOrder(paid.shopper, paid.order.id);
    const part = shopperView.parts.find((candidate) => candidate.id === paid.part.id)!;
    expect(part.refunds).toMatchObject([{ amount: 1250, status: "SUCCEEDED" }]);
  });
});
