// The operator's money (docs/payouts.md, the operator's money page): the figures of a hand-built
// month to the cent, the payout runs, "retry now", and balance adjustments (bad input,
// authorization, the audit row), each refusal writing nothing.
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getMarketplaceMoney, parsePeriod, periodChoices } from "@/lib/payouts/admin-money";
import { listPayoutRuns, listPayouts, retryPayoutNow } from "@/lib/payouts/admin-payouts";
import {
  adjustShopBalance,
  listAdjustments,
  listShopsForAdjustment,
  parseSignedMoney,
  previewShopAdjustment,
} from "@/lib/payouts/adjust-balance";
import { createShop, createUser, refusal } from "../sellers/fixtures";

const unique = () => randomBytes(4).toString("hex");
const at = (iso: string) => new Date(iso);
// Mid-April 2026 in Paris: the table's months run from May 2025 to April 2026.
const NOW = at("2026-04-15T10:00:00Z");

let operator: Actor;
let vendor: Actor;
let otherVendor: Actor;
let shopper: Actor;
let shop1: { id: string; name: string };
let shop2: { id: string; name: string };
let plan: { id: string };
let ambassadorId: string;

async function paidOrder(paidAt: Date | null, parts: { shopId: string; items: number; delivery?: number }[]) {
  const items = parts.reduce((sum, part) => sum + part.items, 0);
  const shipping = parts.reduce((sum, part) => sum + (part.delivery ?? 0), 0);
  return getDb().order.create({
    data: {
      number: `T-${unique()}`,
      email: "client@example.test",
      status: paidAt ? "PAID" : "AWAITING_PAYMENT",
      paidAt,
      itemsAmount: items,
      shippingAmount: shipping,
      totalAmount: items + shipping,
      shopOrders: {
        create: parts.map((part) => ({
          shopId: part.shopId,
          status: paidAt ? "ACCEPTED" : "AWAITING_PAYMENT",
          deliveryMethod: "POSTAL",
          itemsAmount: part.items,
          deliveryFeeAmount: part.delivery ?? 0,
        })),
      },
    },
  });
}

async function entries(rows: [string, Prisma.LedgerEntryCreateManyInput["type"], number, string][]) {
  await getDb().ledgerEntry.createMany({
    data: rows.map(([shopId, type, amount, createdAt]) => ({ shopId, type, amount, createdAt: at(createdAt) })),
  });
}

async function charge(
  kind: "MONTHLY_FEE" | "PRORATED_FEE" | "UPGRADE" | "RENT",
  amount: number,
  status: "PAID" | "PENDING" | "CANCELLED",
  createdAt: string,
) {
  await getDb().billingCharge.create({
    data: {
      shopId: shop1.id,
      planId: plan.id,
      kind,
      periodKey: `${kind}:${unique()}`,
      periodStart: at(createdAt),
      periodEnd: at(createdAt),
      amountExclVat: amount,
      vatAmount: Math.round(amount / 5),
      vatRateBps: 2000,
      totalAmount: amount + Math.round(amount / 5),
      status,
      createdAt: at(createdAt),
    },
  });
}

type PayoutRow = Partial<Prisma.PayoutUncheckedCreateInput> & { periodKey: string; amount: number };
async function payout(data: PayoutRow) {
  return getDb().payout.create({
    data: {
      method: "BANK_TRANSFER",
      cutoffAt: at("2026-03-01T00:00:00Z"),
      scheduledFor: at(`${data.periodKey.startsWith("request") ? "2026-04-02" : data.periodKey}T08:00:00Z`),
      ...data,
    },
  });
}

/** Everything an adjustment may write. */
async function adjustmentSnapshot() {
  const db = getDb();
  return {
    entries: await db.ledgerEntry.findMany({ where: { type: "ADJUSTMENT" }, orderBy: { id: "asc" } }),
    audits: await db.auditLog.count(),
  };
}

beforeAll(async () => {
  const db = getDb();
  await db.marketplaceSettings.upsert({ where: { id: 1 }, create: { id: 1 }, update: {} });
  operator = await createUser("OPERATOR");
  vendor = await createUser("VENDOR");
  otherVendor = await createUser("VENDOR");
  shopper = await createUser("SHOPPER");
  shop1 = await createShop(vendor, { name: "Boulangerie du Marché", status: "APPROVED" });
  shop2 = await createShop(otherVendor, { name: "Librairie des Halles", status: "APPROVED" });
  plan = await db.plan.create({ data: { code: `p-${unique()}`, name: "Standard" } });
  const ambassadorUser = await createUser("SHOPPER", "Ambre Ambassadrice");
  ambassadorId = (await db.ambassador.create({ data: { userId: ambassadorUser.id, code: "AMBRE" } })).id;

  // March 2026, Paris. GMV: 10,000 + 500 and 2,000 (order A), 3,000 paid at 00:30 on 1 March Paris (B).
  await paidOrder(at("2026-03-05T10:00:00Z"), [
    { shopId: shop1.id, items: 10_000, delivery: 500 },
    { shopId: shop2.id, items: 2_000 },
  ]);
  await paidOrder(at("2026-02-28T23:30:00Z"), [{ shopId: shop1.id, items: 3_000 }]);
  // April in Paris (00:30 on 1 April), and never paid.
  await paidOrder(at("2026-03-31T22:30:00Z"), [{ shopId: shop2.id, items: 7_000 }]);
  await paidOrder(null, [{ shopId: shop1.id, items: 99_999 }]);

  await entries([
    [shop1.id, "SALE", 10_000, "2026-03-05T10:00:00Z"],
    [shop1.id, "COMMISSION", -1_000, "2026-03-05T10:00:00Z"],
    [shop2.id, "COMMISSION", -200, "2026-03-05T10:00:00Z"],
    [shop1.id, "COMMISSION", -300, "2026-02-28T23:30:00Z"],
    [shop1.id, "FEE_VAT", -200, "2026-03-05T10:00:00Z"],
    [shop2.id, "FEE_VAT", -40, "2026-03-05T10:00:00Z"],
    [shop1.id, "PAYMENT_FEE", -50, "2026-03-05T10:00:00Z"],
    // a refund of 2,000 gives back 200 of commission and 40 of VAT
    [shop2.id, "REFUND", -2_000, "2026-03-20T10:00:00Z"],
    [shop2.id, "COMMISSION", 200, "2026-03-20T10:00:00Z"],
    [shop2.id, "FEE_VAT", 40, "2026-03-20T10:00:00Z"],
    [shop1.id, "ADJUSTMENT", 1_234, "2026-03-21T10:00:00Z"],
    [shop2.id, "ADJUSTMENT", -234, "2026-03-21T10:00:00Z"],
    [shop1.id, "SUBSCRIPTION_FEE", -2_280, "2026-03-01T00:00:00Z"],
    // April in Paris
    [shop2.id, "COMMISSION", -700, "2026-03-31T22:30:00Z"],
  ]);

  await charge("MONTHLY_FEE", 1_900, "PAID", "2026-03-01T00:00:00Z");
  await charge("PRORATED_FEE", 500, "PAID", "2026-03-10T00:00:00Z");
  await charge("UPGRADE", 300, "PAID", "2026-03-12T00:00:00Z");
  await charge("RENT", 20_000, "PAID", "2026-03-15T00:00:00Z");
  await charge("MONTHLY_FEE", 1_900, "CANCELLED", "2026-03-02T00:00:00Z");
  await charge("RENT", 20_000, "PENDING", "2026-03-16T00:00:00Z");

  await db.ambassadorEntry.createMany({
    data: [
      { ambassadorId, type: "AMBASSADOR_SHARE", amount: 70, createdAt: at("2026-03-05T10:00:00Z") },
      { ambassadorId, type: "AMBASSADOR_SHARE", amount: 14, createdAt: at("2026-03-05T10:00:00Z") },
      { ambassadorId, type: "AMBASSADOR_REVERSAL", amount: -14, createdAt: at("2026-03-20T10:00:00Z") },
      { ambassadorId, type: "AMBASSADOR_PAYOUT", amount: -70, createdAt: at("2026-03-25T10:00:00Z") },
    ],
  });

  await payout({ shopId: shop1.id, periodKey: "2026-03-25", amount: 5_000 });
  await payout({
    shopId: shop2.id,
    periodKey: "2026-03-25",
    amount: 1_500,
    method: "STRIPE",
    status: "PROCESSING",
    attempts: 2,
    lastError: "card_declined",
    nextAttemptAt: at("2026-04-15T12:00:00Z"),
  });
  await payout({
    shopId: shop1.id,
    periodKey: "2026-03-10",
    amount: 8_000,
    status: "PAID",
    paidAt: at("2026-03-11T09:00:00Z"),
  });
  await payout({
    shopId: shop2.id,
    periodKey: "2026-03-10",
    amount: 999,
    status: "FAILED",
    failedAt: at("2026-03-12T09:00:00Z"),
    failureReason: "IBAN fermé",
  });
  await payout({
    ambassadorId,
    periodKey: "2026-03-10",
    amount: 300,
    status: "PAID",
    paidAt: at("2026-03-12T09:00:00Z"),
  });
  await payout({ shopId: shop1.id, periodKey: "request:abc", amount: 100 });
});

describe("getMarketplaceMoney", () => {
  it("gives a hand-built month's figures to the cent, by Paris calendar month", async () => {
    const money = await getMarketplaceMoney(operator, { period: "2026-03", now: NOW });
    expect(money.period).toBe("2026-03");
    expect(money.periodStart).toEqual(at("2026-02-28T23:00:00Z"));
    expect(money.periodEnd).toEqual(at("2026-03-31T22:00:00Z"));
    expect(money.figures).toEqual({
      gmv: { count: 3, amount: 15_500 },
      refunds: 2_000,
      commission: 1_300,
      feesVat: 200,
      paymentFees: 50,
      subscriptions: 2_700,
      rent: 20_000,
      ambassadorShares: 70,
      commissionKept: 1_230,
      adjustments: 1_000,
      payoutsDue: { count: 2, amount: 6_500 },
      payoutsPaid: { count: 2, amount: 8_300 },
    });
    expect(money.outstanding).toEqual({ count: 3, amount: 6_600 });
    expect(money.currency).toBe("EUR");
  });

  it("adds up a year, and lists the last 12 months newest first", async () => {
    const money = await getMarketplaceMoney(operator, { period: "2026", now: NOW });
    expect(money.period).toBe("2026");
    expect(money.figures.gmv).toEqual({ count: 4, amount: 22_500 });
    expect(money.figures.commission).toBe(2_000);
    expect(money.figures.payoutsDue).toEqual({ count: 3, amount: 6_600 });
    expect(money.months.map((month) => month.month)).toEqual(periodChoices(NOW).slice(0, 12));
    expect(money.months[0]).toMatchObject({ month: "2026-04", gmv: { count: 1, amount: 7_000 }, commission: 700 });
    expect(money.months[1]).toMatchObject({ month: "2026-03", commission: 1_300, rent: 20_000 });
    expect(money.months[2]).toMatchObject({ month: "2026-02", gmv: { count: 0, amount: 0 }, commission: 0 });
  });

  it("falls back to the current month for a period it cannot read", async () => {
    expect((await getMarketplaceMoney(operator, { period: "2026-13", now: NOW })).period).toBe("2026-04");
    expect((await getMarketplaceMoney(operator, { period: "'; DROP", now: NOW })).period).toBe("2026-04");
    expect(parsePeriod("2026-00")).toBeNull();
    expect(periodChoices(NOW)).toEqual([
      "2026-04",
      "2026-03",
      "2026-02",
      "2026-01",
      "2025-12",
      "2025-11",
      "2025-10",
      "2025-09",
      "2025-08",
      "2025-07",
      "2025-06",
      "2025-05",
      "2026",
      "2025",
    ]);
  });

  it.each<[string, () => Actor | null, string]>([
    ["signed out", () => null, "UNAUTHENTICATED"],
    ["a shopper", () => shopper, "FORBIDDEN"],
    ["a vendor", () => vendor, "FORBIDDEN"],
  ])("is refused to %s", async (_who, actorOf, code) => {
    expect((await refusal(getMarketplaceMoney(actorOf(), { now: NOW }))).code).toBe(code);
    expect((await refusal(listPayouts(actorOf()))).code).toBe(code);
    expect((await refusal(listPayoutRuns(actorOf()))).code).toBe(code);
    expect((await refusal(listAdjustments(actorOf()))).code).toBe(code);
    expect((await refusal(listShopsForAdjustment(actorOf(), ""))).code).toBe(code);
  });
});

describe("the payout runs and the payouts list", () => {
  it("groups payouts by period, on-request ones together, with counts and amounts per status", async () => {
    const { runs } = await listPayoutRuns(operator);
    expect(runs.map((run) => run.periodKey)).toEqual(["request", "2026-03-25", "2026-03-10"]);
    expect(runs[1]).toMatchObject({
      total: { count: 2, amount: 6_500 },
      byStatus: {
        SCHEDULED: { count: 1, amount: 5_000 },
        PROCESSING: { count: 1, amount: 1_500 },
        PAID: { count: 0, amount: 0 },
        FAILED: { count: 0, amount: 0 },
      },
      retrying: 1,
    });
    expect(runs[2].byStatus).toMatchObject({ PAID: { count: 2, amount: 8_300 }, FAILED: { count: 1, amount: 999 } });
  });

  it("lists payouts with their payee, filtered by status, method and period", async () => {
    const all = await listPayouts(operator);
    expect(all.total).toBe(6);
    const failed = await listPayouts(operator, { status: "FAILED" });
    expect(failed.rows).toHaveLength(1);
    expect(failed.rows[0]).toMatchObject({
      payeeKind: "shop",
      payeeName: "Librairie des Halles",
      failureReason: "IBAN fermé",
      amount: 999,
      retryable: false,
    });
    const stripe = await listPayouts(operator, { method: "STRIPE" });
    expect(stripe.rows.map((row) => [row.amount, row.lastError, row.attempts, row.retryable])).toEqual([
      [1_500, "card_declined", 2, true],
    ]);
    expect((await listPayouts(operator, { periodKey: "2026-03-10" })).total).toBe(3);
    expect((await listPayouts(operator, { periodKey: "2026-03" })).total).toBe(5);
    expect((await listPayouts(operator, { periodKey: "request" })).total).toBe(1);
    const ambassador = (await listPayouts(operator, { periodKey: "2026-03-10", status: "PAID" })).rows.find(
      (row) => row.payeeKind === "ambassador",
    );
    expect(ambassador).toMatchObject({ payeeName: "Ambre Ambassadrice (AMBRE)", amount: 300 });
    // Junk filters are dropped, not refused.
    expect((await listPayouts(operator, { status: "LOST", method: "?", periodKey: "x", page: "-3" })).total).toBe(6);
  });
});

describe("retryPayoutNow", () => {
  it("makes a failed Stripe transfer due at once, audited; anything else is refused, nothing written", async () => {
    const processing = await getDb().payout.findFirstOrThrow({ where: { status: "PROCESSING" } });
    const scheduled = await getDb().payout.findFirstOrThrow({
      where: { periodKey: "2026-03-25", status: "SCHEDULED" },
    });
    const audits = await getDb().auditLog.count();

    for (const [actor, code] of [
      [null, "UNAUTHENTICATED"],
      [shopper, "FORBIDDEN"],
      [otherVendor, "FORBIDDEN"],
    ] as const)
      expect((await refusal(retryPayoutNow(actor, processing.id, { now: NOW }))).code).toBe(code);
    expect((await refusal(retryPayoutNow(operator, scheduled.id, { now: NOW }))).code).toBe("CONFLICT");
    expect((await refusal(retryPayoutNow(operator, "cl0000000000000000000000", { now: NOW }))).code).toBe("NOT_FOUND");
    expect(await getDb().auditLog.count()).toBe(audits);
    expect((await getDb().payout.findUniqueOrThrow({ where: { id: processing.id } })).nextAttemptAt).toEqual(
      processing.nextAttemptAt,
    );

    await retryPayoutNow(operator, processing.id, { now: NOW });
    const after = await getDb().payout.findUniqueOrThrow({ where: { id: processing.id } });
    expect(after).toMatchObject({ nextAttemptAt: NOW, status: "PROCESSING", attempts: 2 });
    const audit = await getDb().auditLog.findFirstOrThrow({ where: { action: "payout.retry_requested" } });
    expect(audit).toMatchObject({ actorId: operator.id, entityType: "Payout", entityId: processing.id });
  });
});

describe("adjustShopBalance", () => {
  it("reads a signed amount typed as money", () => {
    expect(parseSignedMoney("12,50", "fr", "EUR")).toBe(1250);
    expect(parseSignedMoney("+12,50 €", "fr", "EUR")).toBe(1250);
    expect(parseSignedMoney("-12.5", "en", "EUR")).toBe(-1250);
    expect(parseSignedMoney("\u2212 3", "fr", "EUR")).toBe(-300);
    expect(parseSignedMoney("--3", "fr", "EUR")).toBeNull();
    expect(parseSignedMoney("-", "fr", "EUR")).toBeNull();
  });

  it("credits or debits the shop: an ADJUSTMENT available at once, with its reason and author, audited", async () => {
    const now = at("2026-04-15T10:30:00Z");
    const preview = await previewShopAdjustment(
      operator,
      { shopId: shop1.id, amount: "-45,67", reason: "  Colis perdu remboursé par la place de marché  " },
      "fr",
    );
    expect(preview).toMatchObject({ shopName: "Boulangerie du Marché", amount: -4567, currency: "EUR" });
    const before = await adjustmentSnapshot();
    const result = await adjustShopBalance(
      operator,
      {
        shopId: shop1.id,
        amount: "-45,67",
        reason: "  Colis perdu remboursé par la place de marché  ",
        requestId: "req-0001-abcd",
      },
      "fr",
      { now },
    );
    expect(result).toMatchObject({ created: true, amount: -4567, shopId: shop1.id });
    const entry = await getDb().ledgerEntry.findUniqueOrThrow({ where: { id: result.entryId } });
    expect(entry).toMatchObject({
      shopId: shop1.id,
      type: "ADJUSTMENT",
      amount: -4567,
      currency: "EUR",
      availableAt: now,
      memo: "Colis perdu remboursé par la place de marché",
      createdById: operator.id,
      shopOrderId: null,
      payoutId: null,
    });
    const audit = await getDb().auditLog.findFirstOrThrow({ where: { action: "ledger.adjusted" } });
    expect(audit).toMatchObject({
      actorId: operator.id,
      entityType: "Shop",
      entityId: shop1.id,
      reason: "Colis perdu remboursé par la place de marché",
    });
    expect(audit.data).toEqual({ entryId: entry.id, amount: -4567, currency: "EUR", requestId: "req-0001-abcd" });
    expect((await adjustmentSnapshot()).audits).toBe(before.audits + 1);

    // The same form sent twice writes once.
    const again = await adjustShopBalance(
      operator,
      {
        shopId: shop1.id,
        amount: "-45,67",
        reason: "Colis perdu remboursé par la place de marché",
        requestId: "req-0001-abcd",
      },
      "fr",
    );
    expect(again).toMatchObject({ created: false, entryId: entry.id });
    expect((await adjustmentSnapshot()).entries).toHaveLength(before.entries.length + 1);

    const list = await listAdjustments(operator);
    expect(list.rows[0]).toMatchObject({
      id: entry.id,
      shopName: "Boulangerie du Marché",
      amount: -4567,
      reason: "Colis perdu remboursé par la place de marché",
      authorName: operator.name,
    });
  });

  it("finds shops by name for the form's select", async () => {
    expect((await listShopsForAdjustment(operator, "librairie")).map((shop) => shop.id)).toEqual([shop2.id]);
    expect((await listShopsForAdjustment(operator, "")).map((shop) => shop.name)).toEqual([
      "Boulangerie du Marché",
      "Librairie des Halles",
    ]);
  });

  const BAD: [string, Record<string, string>, string, string][] = [
    ["a zero amount", { amount: "0,00" }, "amount", "adminMoney.errors.amountZero"],
    ["an amount that is not money", { amount: "douze" }, "amount", "adminMoney.errors.amountInvalid"],
    ["an empty amount", { amount: "" }, "amount", "adminMoney.errors.amountInvalid"],
    ["three decimals", { amount: "1,234" }, "amount", "adminMoney.errors.amountInvalid"],
    ["too large a credit", { amount: "100000,01" }, "amount", "adminMoney.errors.amountTooLarge"],
    ["too large a debit", { amount: "-250000" }, "amount", "adminMoney.errors.amountTooLarge"],
    ["no reason", { reason: "   " }, "reason", "adminMoney.errors.reasonRequired"],
    ["a two-letter reason", { reason: "ok" }, "reason", "adminMoney.errors.reasonRequired"],
    ["too long a reason", { reason: "x".repeat(501) }, "reason", "adminMoney.errors.reasonTooLong"],
    ["an unknown shop", { shopId: "cl0000000000000000000000" }, "shopId", "adminMoney.errors.shopUnknown"],
    ["no shop", { shopId: "" }, "shopId", "adminMoney.errors.shopUnknown"],
    ["a shop id that cannot be one", { shopId: "../etc" }, "shopId", "adminMoney.errors.shopUnknown"],
  ];

  it.each(BAD)("refuses %s on its field, writing nothing", async (_what, changes, field, key) => {
    const before = await adjustmentSnapshot();
    const input = { shopId: shop2.id, amount: "15", reason: "Geste commercial", ...changes };
    for (const attempt of [
      () => adjustShopBalance(operator, input, "fr"),
      () => previewShopAdjustment(operator, input, "fr"),
    ]) {
      const error = await refusal(attempt());
      expect(error.code).toBe("VALIDATION");
      expect(error.fieldErrors[field]).toBe(key);
    }
    expect(await adjustmentSnapshot()).toEqual(before);
  });

  it.each<[string, () => Actor | null, string]>([
    ["signed out", () => null, "UNAUTHENTICATED"],
    ["a shopper", () => shopper, "FORBIDDEN"],
    ["the shop's own vendor", () => otherVendor, "FORBIDDEN"],
    ["another shop's vendor", () => vendor, "FORBIDDEN"],
  ])("is refused to %s, writing nothing", async (_who, actorOf, code) => {
    const before = await adjustmentSnapshot();
    const input = { shopId: shop2.id, amount: "500", reason: "Je me crédite" };
    expect((await refusal(adjustShopBalance(actorOf(), input, "fr"))).code).toBe(code);
    expect((await refusal(previewShopAdjustment(actorOf(), input, "fr"))).code).toBe(code);
    expect(await adjustmentSnapshot()).toEqual(before);
  });
});
