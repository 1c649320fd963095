// Estimated prices (docs/domain.md, estimated prices): the vendor enters each estimated line's
// final amount when the goods leave (shipped, handed over, made available). Lower than paid: the
// difference is refunded in the same transaction (Refund PENDING, REFUND entry, commission reversed
// pro rata, refundedAmount); above the margin, above what was paid for a part that travels, or
// missing: VALIDATION with nothing written; above what was paid within the margin for click &
// collect: accepted, settled at the counter. Who may do it: as for the other transitions.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { deliverPendingEmails } from "@/lib/notifications/deliver-pending-emails";
import { getMyOrder } from "@/lib/orders/get-my-order";
import { getShopOrder } from "@/lib/orders/get-shop-order";
import { refundShopOrder } from "@/lib/orders/refund-shop-order";
import { finalAmountField, FINAL_PRICE_ERRORS } from "@/lib/orders/rules/final-prices";
import { transitionShopOrder, type TransitionInput } from "@/lib/orders/transition-shop-order";
import { startSmtpCatcher, type SmtpCatcher } from "../../support/smtp-catcher";
import {
  createUser,
  estimatedOrder,
  lifeSnapshot,
  paidOrder,
  putPartIn,
  refusal,
  twoShops,
  type Shops,
} from "./order-fixtures";

let shops: Shops;
let smtp: SmtpCatcher;
const db = () => getDb();

beforeAll(async () => {
  process.env.APP_URL = "https://halle.test";
  smtp = await startSmtpCatcher();
});

afterAll(async () => {
  delete process.env.SMTP_URL;
  await smtp.close();
});

beforeEach(async () => {
  shops = await twoShops();
});

/** lifeSnapshot and the lines (their final amounts): a refusal writes none of it. */
const snapshot = async (orderId: string) => ({
  ...(await lifeSnapshot(orderId)),
  lines: await db().orderLine.findMany({ where: { shopOrder: { orderId } }, orderBy: { id: "asc" } }),
});

const ledgerOf = (shopOrderId: string) =>
  db().ledgerEntry.findMany({
    where: { shopOrderId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { type: true, amount: true },
  });

const ship = (shopOrderId: string, finalAmounts?: TransitionInput["finalAmounts"], locale?: string) =>
  ({ shopOrderId, action: "SHIP", finalAmounts, locale }) as TransitionInput;
const handOver = (shopOrderId: string, finalAmounts?: TransitionInput["finalAmounts"]) =>
  ({ shopOrderId, action: "HAND_OVER", pickupCode: "123456", finalAmounts }) as TransitionInput;

describe("the vendor's part page", () => {
  it("lists the lines to price with the estimate and the most allowed; none once priced", async () => {
    const order = await estimatedOrder(shops);
    expect((await getShopOrder(shops.bakerVendor, order.bakeryPart.id)).pendingFinalPrices).toEqual([
      { id: order.bakeryLine.id, title: "Pain de campagne", estimatedAmount: 900, maxAmount: 990 },
    ]);
    // posted: never above what was paid
    expect((await getShopOrder(shops.potterVendor, order.potteryPart.id)).pendingFinalPrices).toEqual([
      { id: order.potteryLine.id, title: "Bol en grès", estimatedAmount: 2800, maxAmount: 2800 },
    ]);
    await transitionShopOrder(shops.potterVendor, ship(order.potteryPart.id, { [order.potteryLine.id]: "28" }));
    expect((await getShopOrder(shops.potterVendor, order.potteryPart.id)).pendingFinalPrices).toEqual([]);
  });
});

describe("a final amount lower than paid", () => {
  it("refunds the difference with the shipment: Refund, REFUND entry, commission reversed pro rata, refundedAmount", async () => {
    const order = await estimatedOrder(shops);
    const part = order.potteryPart;
    // 28 € estimated, 23,80 € weighed: 4,20 € back; commission 2,80 € × 4,20 / 34,90 (paid, postage included) = 0,34 €
    const result = await transitionShopOrder(shops.potterVendor, ship(part.id, { [order.potteryLine.id]: "23,80" }));
    expect(result).toEqual({ shopOrderId: part.id, status: "SHIPPED" });

    const line = await db().orderLine.findUniqueOrThrow({ where: { id: order.potteryLine.id } });
    expect(line).toMatchObject({ lineAmount: 2800, finalLineAmount: 2380 });
    const refunds = await db().refund.findMany({ where: { shopOrderId: part.id } });
    expect(refunds).toHaveLength(1);
    expect(refunds[0]).toMatchObject({ amount: 420, currency: "EUR", status: "PENDING", reason: null });
    expect(await db().shopOrder.findUniqueOrThrow({ where: { id: part.id } })).toMatchObject({
      status: "SHIPPED",
      refundedAmount: 420,
    });
    expect(await ledgerOf(part.id)).toEqual([
      { type: "SALE", amount: 2800 },
      { type: "SHIPPING", amount: 690 },
      { type: "COMMISSION", amount: -280 },
      { type: "PAYMENT_FEE", amount: -77 },
      { type: "REFUND", amount: -420 },
      { type: "COMMISSION", amount: 34 },
    ]);
    const event = await db().shopOrderEvent.findFirstOrThrow({ where: { shopOrderId: part.id, action: "SHIP" } });
    expect(event.data).toEqual({
      finalAmounts: { [order.potteryLine.id]: 2380 },
      refundId: refunds[0].id,
      refundAmount: 420,
    });

    // Both sides see the estimate, the final amount and the difference refunded.
    const vendorView = await getShopOrder(shops.potterVendor, part.id);
    expect(vendorView.lines[0]).toMatchObject({ lineAmount: 2800, finalLineAmount: 2380, estimatedPrice: true });
    expect(vendorView.finalPrices).toEqual({
      estimatedAmount: 2800,
      finalAmount: 2380,
      refundAmount: 420,
      settleAmount: 0,
    });
    const shopperView = await getMyOrder(order.shopper, order.order.id);
    const shopperPart = shopperView.parts.find((candidate) => candidate.id === part.id)!;
    expect(shopperPart.lines[0]).toMatchObject({ finalLineAmount: 2380 });
    expect(shopperPart.finalPrices).toMatchObject({ refundAmount: 420, settleAmount: 0 });
  });

  it("the shopper's e-mail of the step shows the estimate, the final price and the difference refunded", async () => {
    const order = await estimatedOrder(shops);
    process.env.SMTP_URL = smtp.url;
    await deliverPendingEmails(); // the payment's own e-mails
    smtp.received.length = 0;
    await transitionShopOrder(shops.potterVendor, ship(order.potteryPart.id, { [order.potteryLine.id]: "23,80" }));
    await deliverPendingEmails();
    const mails = smtp.received.filter((received) => received.envelopeTo.includes(order.order.email));
    expect(mails).toHaveLength(1);
    const { text } = mails[0].mail;
    expect(text).toMatch(/Bol en grès : 23,80\s€ \(estimé 28,00\s€\)/);
    expect(text).toMatch(/Différence remboursée : 4,20\s€/);
  });

  it("reads the amount the way the vendor's language writes it, or as minor units", async () => {
    const first = await estimatedOrder(shops);
    await transitionShopOrder(
      shops.potterVendor,
      ship(first.potteryPart.id, { [first.potteryLine.id]: "23.80" }, "en"),
    );
    expect((await db().orderLine.findUniqueOrThrow({ where: { id: first.potteryLine.id } })).finalLineAmount).toBe(
      2380,
    );
    const second = await estimatedOrder(shops);
    await transitionShopOrder(shops.potterVendor, ship(second.potteryPart.id, { [second.potteryLine.id]: 2500 }));
    expect(await db().shopOrder.findUniqueOrThrow({ where: { id: second.potteryPart.id } })).toMatchObject({
      refundedAmount: 300,
    });
  });
});

describe("a refund of lines after the goods left", () => {
  it("gives back an estimated line's units at what they finally cost, not at the estimate", async () => {
    const order = await estimatedOrder(shops);
    // 2 bread, 9 € estimated, 8,10 € weighed: 0,90 € back at handover; a loaf is then worth 4,05 €
    await transitionShopOrder(shops.bakerVendor, handOver(order.bakeryPart.id, { [order.bakeryLine.id]: "8,10" }));
    const lines = (quantity: number) => ({
      shopOrderId: order.bakeryPart.id,
      reason: "Pain rassis",
      lines: [{ orderLineId: order.bakeryLine.id, quantity }],
    });
    expect(await refundShopOrder(shops.bakerVendor, lines(1))).toMatchObject({ amount: 405, refundedAmount: 495 });
    expect(await refundShopOrder(shops.bakerVendor, lines(1))).toMatchObject({ amount: 405, refundedAmount: 900 });
  });
});

describe("a final amount equal to what was paid", () => {
  it("records it and refunds nothing", async () => {
    const order = await estimatedOrder(shops);
    await transitionShopOrder(shops.potterVendor, ship(order.potteryPart.id, { [order.potteryLine.id]: "28" }));
    expect((await db().orderLine.findUniqueOrThrow({ where: { id: order.potteryLine.id } })).finalLineAmount).toBe(
      2800,
    );
    expect(await db().refund.count({ where: { shopOrderId: order.potteryPart.id } })).toBe(0);
    expect(await db().shopOrder.findUniqueOrThrow({ where: { id: order.potteryPart.id } })).toMatchObject({
      status: "SHIPPED",
      refundedAmount: 0,
    });
    expect((await ledgerOf(order.potteryPart.id)).map((entry) => entry.type)).not.toContain("REFUND");
  });
});

describe("click & collect: above what was paid, within the margin", () => {
  it("is accepted at handover, refunds nothing, and both sides see what is settled at the counter", async () => {
    const order = await estimatedOrder(shops);
    const part = order.bakeryPart;
    // 9 € estimated, margin 10 %: at most 9,90 €
    await transitionShopOrder(shops.bakerVendor, handOver(part.id, { [order.bakeryLine.id]: "9,90" }));
    expect(await db().shopOrder.findUniqueOrThrow({ where: { id: part.id } })).toMatchObject({
      status: "DELIVERED",
      refundedAmount: 0,
    });
    expect((await db().orderLine.findUniqueOrThrow({ where: { id: order.bakeryLine.id } })).finalLineAmount).toBe(990);
    expect(await db().refund.count({ where: { shopOrderId: part.id } })).toBe(0);
    const event = await db().shopOrderEvent.findFirstOrThrow({ where: { shopOrderId: part.id, action: "HAND_OVER" } });
    expect(event.data).toEqual({ finalAmounts: { [order.bakeryLine.id]: 990 }, settleAmount: 90 });
    expect((await getShopOrder(shops.bakerVendor, part.id)).finalPrices).toMatchObject({ settleAmount: 90 });
    const shopperPart = (await getMyOrder(order.shopper, order.order.id)).parts.find((p) => p.id === part.id)!;
    expect(shopperPart.finalPrices).toMatchObject({ refundAmount: 0, settleAmount: 90 });
  });

  it("a lower final amount at handover is refunded too", async () => {
    const order = await estimatedOrder(shops);
    await transitionShopOrder(shops.bakerVendor, handOver(order.bakeryPart.id, { [order.bakeryLine.id]: "8,10" }));
    expect(await db().refund.findMany({ where: { shopOrderId: order.bakeryPart.id } })).toMatchObject([
      { amount: 90, status: "PENDING" },
    ]);
    // commission 0,90 € × 0,90 / 9,00 = 0,09 €
    expect((await ledgerOf(order.bakeryPart.id)).slice(-2)).toEqual([
      { type: "REFUND", amount: -90 },
      { type: "COMMISSION", amount: 9 },
    ]);
  });
});

describe("refused with nothing changed", () => {
  it("above the estimate plus the margin", async () => {
    const order = await estimatedOrder(shops);
    const before = await snapshot(order.order.id);
    const error = await refusal(
      transitionShopOrder(shops.bakerVendor, handOver(order.bakeryPart.id, { [order.bakeryLine.id]: "9,91" })),
    );
    expect(error).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { [finalAmountField(order.bakeryLine.id)]: FINAL_PRICE_ERRORS.aboveMargin },
    });
    expect(await snapshot(order.order.id)).toEqual(before);
  });

  it("a wrong pickup code and a bad final price at handover: both errors at once", async () => {
    const order = await estimatedOrder(shops);
    const before = await snapshot(order.order.id);
    const error = await refusal(
      transitionShopOrder(shops.bakerVendor, {
        ...handOver(order.bakeryPart.id, { [order.bakeryLine.id]: "9,91" }),
        pickupCode: "999999",
      }),
    );
    expect(error).toMatchObject({ code: "VALIDATION" });
    expect(error.fieldErrors).toEqual({
      pickupCode: "orderLife.errors.pickupCodeWrong",
      [finalAmountField(order.bakeryLine.id)]: FINAL_PRICE_ERRORS.aboveMargin,
    });
    const missing = await refusal(
      transitionShopOrder(shops.bakerVendor, { ...handOver(order.bakeryPart.id), pickupCode: "" }),
    );
    expect(missing.fieldErrors).toEqual({
      pickupCode: "orderLife.errors.pickupCodeRequired",
      [finalAmountField(order.bakeryLine.id)]: FINAL_PRICE_ERRORS.required,
    });
    expect(await snapshot(order.order.id)).toEqual(before);
  });

  it("the margin is the marketplace's setting", async () => {
    const order = await estimatedOrder(shops, { marginBps: 500 });
    const before = await snapshot(order.order.id);
    // 9 € + 5 % = 9,45 €
    expect(
      (
        await refusal(
          transitionShopOrder(shops.bakerVendor, handOver(order.bakeryPart.id, { [order.bakeryLine.id]: "9,46" })),
        )
      ).fieldErrors,
    ).toEqual({ [finalAmountField(order.bakeryLine.id)]: FINAL_PRICE_ERRORS.aboveMargin });
    expect(await snapshot(order.order.id)).toEqual(before);
    await transitionShopOrder(shops.bakerVendor, handOver(order.bakeryPart.id, { [order.bakeryLine.id]: "9,45" }));
    await db().marketplaceSettings.update({ where: { id: 1 }, data: { estimatedPriceMarginBps: 1000 } });
  });

  it("above what was paid for a posted part (nothing can be collected at the door)", async () => {
    const order = await estimatedOrder(shops);
    const before = await snapshot(order.order.id);
    const error = await refusal(
      transitionShopOrder(shops.potterVendor, ship(order.potteryPart.id, { [order.potteryLine.id]: "28,01" })),
    );
    expect(error).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { [finalAmountField(order.potteryLine.id)]: FINAL_PRICE_ERRORS.abovePaid },
    });
    expect(await snapshot(order.order.id)).toEqual(before);
  });

  it("missing, blank, unreadable, zero or negative", async () => {
    const order = await estimatedOrder(shops);
    const field = finalAmountField(order.potteryLine.id);
    const cases: [TransitionInput["finalAmounts"] | undefined, string][] = [
      [undefined, FINAL_PRICE_ERRORS.required],
      [{}, FINAL_PRICE_ERRORS.required],
      [{ [order.potteryLine.id]: "  " }, FINAL_PRICE_ERRORS.required],
      [{ [order.potteryLine.id]: "vingt euros" }, FINAL_PRICE_ERRORS.invalid],
      [{ [order.potteryLine.id]: "12,505" }, FINAL_PRICE_ERRORS.invalid],
      [{ [order.potteryLine.id]: "-3" }, FINAL_PRICE_ERRORS.invalid],
      [{ [order.potteryLine.id]: 12.5 }, FINAL_PRICE_ERRORS.invalid],
      [{ [order.potteryLine.id]: "0" }, FINAL_PRICE_ERRORS.notPositive],
      [{ [order.potteryLine.id]: -100 }, FINAL_PRICE_ERRORS.notPositive],
      // another part's line does not price this one
      [{ [order.bakeryLine.id]: "5" }, FINAL_PRICE_ERRORS.required],
    ];
    const before = await snapshot(order.order.id);
    for (const [finalAmounts, key] of cases) {
      const error = await refusal(transitionShopOrder(shops.potterVendor, ship(order.potteryPart.id, finalAmounts)));
      expect(error, JSON.stringify(finalAmounts)).toMatchObject({ code: "VALIDATION", fieldErrors: { [field]: key } });
    }
    const forged = await refusal(
      transitionShopOrder(shops.potterVendor, {
        ...ship(order.potteryPart.id),
        finalAmounts: "2380" as unknown as Record<string, string>,
      }),
    );
    expect(forged.fieldErrors).toEqual({ [field]: FINAL_PRICE_ERRORS.required });
    expect(await snapshot(order.order.id)).toEqual(before);
  });
});

describe("which steps ask for it", () => {
  it("a service sold at an estimated price (by the hour) is priced when made available", async () => {
    const paid = await paidOrder(shops, { services: true });
    await db().orderLine.updateMany({ where: { shopOrderId: paid.bakeryPart.id }, data: { estimatedPrice: true } });
    await putPartIn(paid.bakeryPart.id, "ACCEPTED");
    const line = await db().orderLine.findFirstOrThrow({ where: { shopOrderId: paid.bakeryPart.id } });
    const input: TransitionInput = { shopOrderId: paid.bakeryPart.id, action: "MAKE_AVAILABLE" };
    expect((await refusal(transitionShopOrder(shops.bakerVendor, input))).fieldErrors).toEqual({
      [finalAmountField(line.id)]: FINAL_PRICE_ERRORS.required,
    });
    await transitionShopOrder(shops.bakerVendor, { ...input, finalAmounts: { [line.id]: "7,50" } });
    expect(await db().shopOrder.findUniqueOrThrow({ where: { id: paid.bakeryPart.id } })).toMatchObject({
      status: "DELIVERED",
      refundedAmount: 150,
    });
  });

  it("once priced, later steps ask nothing; parts without estimated lines ask nothing", async () => {
    const order = await estimatedOrder(shops);
    await transitionShopOrder(shops.potterVendor, ship(order.potteryPart.id, { [order.potteryLine.id]: "28" }));
    await transitionShopOrder(shops.potterVendor, { shopOrderId: order.potteryPart.id, action: "MARK_DELIVERED" });
    const plain = await paidOrder(shops);
    await putPartIn(plain.potteryPart.id, "ACCEPTED");
    await transitionShopOrder(shops.potterVendor, ship(plain.potteryPart.id));
    expect(
      await db().refund.count({ where: { shopOrderId: { in: [order.potteryPart.id, plain.potteryPart.id] } } }),
    ).toBe(0);
  });
});

describe("who may enter final prices: as for the other transitions, nothing changed when refused", () => {
  type Who = "otherVendor" | "shopper" | "otherShopper" | "operator" | "signedOut";
  const cases: { who: Who; code: string }[] = [
    { who: "otherVendor", code: "NOT_FOUND" },
    { who: "otherShopper", code: "NOT_FOUND" },
    { who: "shopper", code: "FORBIDDEN" },
    { who: "operator", code: "FORBIDDEN" },
    { who: "signedOut", code: "UNAUTHENTICATED" },
  ];
  for (const { who, code } of cases) {
    it(`${who}: ${code}`, async () => {
      const order = await estimatedOrder(shops);
      const actors: Record<Who, Actor | null> = {
        otherVendor: shops.bakerVendor,
        shopper: order.shopper,
        otherShopper: await createUser("SHOPPER"),
        operator: await createUser("OPERATOR"),
        signedOut: null,
      };
      const before = await snapshot(order.order.id);
      const input = ship(order.potteryPart.id, { [order.potteryLine.id]: "20" });
      expect((await refusal(transitionShopOrder(actors[who], input))).code).toBe(code);
      expect(await snapshot(order.order.id)).toEqual(before);
    });
  }
});
