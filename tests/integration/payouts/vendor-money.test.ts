import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import type { PayoutStatus } from "@/lib/generated/prisma/enums";
import { decimalText, exportLedgerCsv } from "@/lib/payouts/ledger-csv";
import { LEDGER_PAGE_SIZE, listLedgerEntries } from "@/lib/payouts/list-ledger-entries";
import { getPartBreakdown } from "@/lib/payouts/part-breakdown";
import { getShopPayout } from "@/lib/payouts/payout-detail";
import { cutoffOf } from "@/lib/payouts/schedule";
import { getVendorMoney } from "@/lib/payouts/vendor-money";
import {
  at,
  createUser,
  daysAfter,
  moneySnapshot,
  paidPart,
  payoutSettings,
  payoutShop,
  refundPart,
  refusal,
  shopEntry,
} from "./payout-fixtures";

// The vendor's money page (docs/payouts.md, the vendor's money page): balances to the cent on a
// hand-built shop, the next payout per schedule or its blockers, the ledger's filters, pages and
// CSV, a part's breakdown and a payout's detail; each for the shop's owner only.

const NOW = at("2026-12-05T12:00:00+01:00");

/** Marks a part's hold as ended at `endsAt`, as the release pass does (entries: GREATEST(endsAt, createdAt)). */
async function release(shopOrderId: string, endsAt: Date) {
  const db = getDb();
  await db.shopOrder.update({ where: { id: shopOrderId }, data: { fundsAvailableAt: endsAt } });
  await db.$executeRaw`UPDATE "LedgerEntry" SET "availableAt" = GREATEST(${endsAt}::timestamp, "createdAt")
    WHERE "shopOrderId" = ${shopOrderId} AND "availableAt" IS NULL`;
}

/** A payout settling the part's entries, with its PAYOUT entry, as the payout run writes it. */
async function settle(
  shopId: string,
  shopOrderId: string,
  periodKey: string,
  status: PayoutStatus,
  extra: { paidAt?: Date; failedAt?: Date; failureReason?: string } = {},
) {
  const db = getDb();
  const entries = await db.ledgerEntry.findMany({ where: { shopOrderId, payoutId: null } });
  const amount = entries.reduce((sum, entry) => sum + entry.amount, 0);
  const cutoffAt = cutoffOf(periodKey);
  const payout = await db.payout.create({
    data: {
      shopId,
      periodKey,
      cutoffAt,
      amount,
      method: "BANK_TRANSFER",
      status,
      scheduledFor: cutoffAt,
      accountHolderName: "Atelier Léa",
      accountIban: "FR7630006000011234567890189",
      createdAt: cutoffAt,
      ...extra,
    },
  });
  await db.ledgerEntry.updateMany({ where: { id: { in: entries.map((e) => e.id) } }, data: { payoutId: payout.id } });
  await db.ledgerEntry.create({
    data: { shopId, type: "PAYOUT", amount: -amount, availableAt: cutoffAt, createdAt: cutoffAt, payoutId: payout.id },
  });
  if (status === "FAILED")
    await db.ledgerEntry.create({
      data: { shopId, type: "PAYOUT_REVERSAL", amount, availableAt: extra.failedAt, createdAt: extra.failedAt },
    });
  return payout;
}

let owner: Actor;
let shopId: string;
let otherVendor: Actor;
let shopper: Actor;
let operator: Actor;
const parts: Record<string, { id: string; number: string }> = {};
const payouts: Record<string, string> = {};

beforeAll(async () => {
  await payoutSettings();
  const made = await payoutShop();
  owner = made.vendor;
  shopId = made.shop.id;
  otherVendor = (await payoutShop()).vendor;
  shopper = await createUser("SHOPPER", "Marc Client");
  operator = await createUser("OPERATOR", "Olivia Opératrice");

  const part = async (name: string, options: Parameters<typeof paidPart>[1]) => {
    const made = await paidPart(shopId, options);
    parts[name] = { id: made.part.id, number: made.order.number };
    return made;
  };
  // p6: 9,00 € paid out on 25 October, the transfer rejected: back in the balance on 26 October.
  await part("p6", {
    itemsAmount: 1_000,
    commissionAmount: 100,
    paidAt: at("2026-09-25T10:00:00+02:00"),
    deliveredAt: at("2026-10-01T10:00:00+02:00"),
  });
  await release(parts.p6.id, at("2026-10-15T10:00:00+02:00"));
  payouts.p0 = (
    await settle(shopId, parts.p6.id, "2026-10-25", "FAILED", {
      failedAt: at("2026-10-26T10:00:00+01:00"),
      failureReason: "Compte clôturé",
    })
  ).id;
  // p1: 90,00 € paid out on 25 November.
  await part("p1", { paidAt: at("2026-10-28T10:00:00+01:00"), deliveredAt: at("2026-11-01T10:00:00+01:00") });
  await release(parts.p1.id, at("2026-11-15T10:00:00+01:00"));
  payouts.p1 = (
    await settle(shopId, parts.p1.id, "2026-11-25", "PAID", { paidAt: at("2026-11-26T10:00:00+01:00") })
  ).id;
  // p2: released on 24 November, 48,10 € (50 + 4,90 − 5 − 1 − 0,80), then 10,00 € refunded on 2 December.
  await part("p2", {
    itemsAmount: 5_000,
    deliveryFeeAmount: 490,
    commissionAmount: 500,
    feesVatAmount: 100,
    paymentFeeAmount: 80,
    ambassadorShareAmount: 70,
    paidAt: at("2026-11-05T10:00:00+01:00"),
    deliveredAt: at("2026-11-10T10:00:00+01:00"),
  });
  await release(parts.p2.id, at("2026-11-24T10:00:00+01:00"));
  await getDb().ledgerEntry.create({
    data: {
      shopId,
      shopOrderId: parts.p2.id,
      type: "REFUND",
      amount: -1_000,
      createdAt: at("2026-12-02T10:00:00+01:00"),
      availableAt: at("2026-12-02T10:00:00+01:00"),
    },
  });
  // held: p4 (18,00 €, hold ends 6 December), p3 (36,00 €, ends 12 December), p5 (27,00 €, not delivered)
  await part("p4", {
    itemsAmount: 2_000,
    commissionAmount: 200,
    paidAt: at("2026-11-20T10:00:00+01:00"),
    deliveredAt: at("2026-11-22T10:00:00+01:00"),
  });
  await part("p3", {
    itemsAmount: 4_000,
    commissionAmount: 400,
    paidAt: at("2026-11-25T10:00:00+01:00"),
    deliveredAt: at("2026-11-28T10:00:00+01:00"),
  });
  await part("p5", {
    itemsAmount: 3_000,
    commissionAmount: 300,
    status: "ACCEPTED",
    paidAt: at("2026-12-04T10:00:00+01:00"),
  });
  // the plan's fee, 19,00 €, just after midnight (Paris) on 1 December
  await shopEntry(shopId, "SUBSCRIPTION_FEE", -1_900, at("2026-12-01T00:30:00+01:00"));
});

describe("getVendorMoney", () => {
  it("adds up available, pending and paid out to the cent", async () => {
    const money = await getVendorMoney(owner, shopId, { now: NOW });
    // available: p2 48,10 − refund 10,00 − fee 19,00 + rejected payout 9,00
    expect(money.balances).toMatchObject({
      available: 4_810 - 1_000 - 1_900 + 900,
      pending: 1_800 + 3_600 + 2_700,
      paidOut: 9_000,
      inTransit: 0,
      total: 2_810 + 8_100,
    });
    expect(money.currency).toBe("EUR");
    const total = await getDb().ledgerEntry.aggregate({ where: { shopId }, _sum: { amount: true } });
    expect(money.balances.total).toBe(total._sum.amount);
  });

  it("announces the next run's date and amount: available now plus the holds ending before its cutoff", async () => {
    const money = await getVendorMoney(owner, shopId, { now: NOW });
    expect(money.schedule).toMatchObject({ schedule: "TWICE_MONTHLY", fromPlan: false });
    expect(money.method).toBe("BANK_TRANSFER");
    // p4's hold ends on 6 December, before the 10th's cutoff; p3's on the 12th, after it
    expect(money.next).toEqual({ kind: "scheduled", runDate: "2026-12-10", current: false, amount: 2_810 + 1_800 });
  });

  it("lists the pending parts with the date each becomes available and the run that pays it", async () => {
    const money = await getVendorMoney(owner, shopId, { now: NOW });
    const rows = money.pendingParts.rows.map((row) => ({
      id: row.id,
      amount: row.pendingAmount,
      endsAt: row.hold.endsAt,
      reason: row.hold.reason,
      payout: row.expectedPayoutDate,
    }));
    expect(rows).toEqual([
      { id: parts.p5.id, amount: 2_700, endsAt: null, reason: "awaitingDelivery", payout: null },
      {
        id: parts.p3.id,
        amount: 3_600,
        endsAt: at("2026-12-12T10:00:00+01:00"),
        reason: "withdrawalPeriod",
        payout: "2026-12-25",
      },
      {
        id: parts.p4.id,
        amount: 1_800,
        endsAt: at("2026-12-06T10:00:00+01:00"),
        reason: "withdrawalPeriod",
        payout: "2026-12-10",
      },
    ]);
    expect(money.pendingParts.more).toBe(false);
  });

  it("lists the payouts, newest first, and none in transit", async () => {
    const money = await getVendorMoney(owner, shopId, { now: NOW });
    expect(money.inTransit).toEqual([]);
    expect(money.payouts.rows.map((p) => [p.id, p.status, p.amount])).toEqual([
      [payouts.p1, "PAID", 9_000],
      [payouts.p0, "FAILED", 900],
    ]);
    expect(money.payouts).toMatchObject({ page: 1, pageCount: 1, count: 2 });
  });

  it("on a run day whose payout is not made yet, the next payout is that period's, of what was available before its cutoff", async () => {
    const money = await getVendorMoney(owner, shopId, { now: at("2026-12-10T08:00:00+01:00") });
    // p4 is not released yet (the release pass has not run): only what is available counts
    expect(money.next).toEqual({ kind: "scheduled", runDate: "2026-12-10", current: true, amount: 2_810 });
  });
});

describe("the next payout per schedule", () => {
  let vendor: Actor;
  let id: string;
  beforeAll(async () => {
    const made = await payoutShop();
    vendor = made.vendor;
    id = made.shop.id;
    // 50,00 € available since this morning: after today's cutoff, so paid by the next run
    await shopEntry(id, "ADJUSTMENT", 5_000, at("2026-12-05T09:00:00+01:00"));
  });

  it.each([
    ["TWICE_MONTHLY", 1, "2026-12-10"],
    ["WEEKLY", 1, "2026-12-07"],
    ["WEEKLY", 5, "2026-12-11"],
    ["MONTHLY", 1, "2026-12-31"],
  ] as const)("%s (weekday %i): %s", async (payoutSchedule, payoutWeekday, runDate) => {
    await payoutSettings({ payoutSchedule, payoutWeekday });
    const money = await getVendorMoney(vendor, id, { now: NOW });
    expect(money.next).toEqual({ kind: "scheduled", runDate, current: false, amount: 5_000 });
    await payoutSettings();
  });

  it("the shop's plan overrides the marketplace's schedule", async () => {
    const plan = await getDb().plan.create({
      data: { code: "mensuel-virement", name: "Mensuel", payoutSchedule: "MONTHLY" },
    });
    await getDb().shop.update({ where: { id }, data: { planId: plan.id } });
    const money = await getVendorMoney(vendor, id, { now: NOW });
    expect(money.schedule).toMatchObject({ schedule: "MONTHLY", fromPlan: true });
    expect(money.next).toMatchObject({ kind: "scheduled", runDate: "2026-12-31" });
    await getDb().shop.update({ where: { id }, data: { planId: null } });
  });

  it("on request: the available balance, requestable until a requested payout is under way", async () => {
    await payoutSettings({ payoutSchedule: "ON_REQUEST" });
    expect((await getVendorMoney(vendor, id, { now: NOW })).next).toEqual({
      kind: "onRequest",
      amount: 5_000,
      requestable: true,
      inProgress: false,
    });
    await getDb().payout.create({
      data: {
        shopId: id,
        periodKey: "request:open",
        cutoffAt: NOW,
        amount: 100,
        method: "BANK_TRANSFER",
        scheduledFor: daysAfter(NOW, 3),
      },
    });
    const money = await getVendorMoney(vendor, id, { now: NOW });
    expect(money.next).toMatchObject({ kind: "onRequest", requestable: false, inProgress: true });
    // a shop with nothing available has nothing to request, and no blocker to read
    const empty = await payoutShop();
    expect((await getVendorMoney(empty.vendor, empty.shop.id, { now: NOW })).next).toEqual({
      kind: "onRequest",
      amount: 0,
      requestable: false,
      inProgress: false,
    });
    expect(money.inTransit.map((p) => p.periodKey)).toEqual(["request:open"]);
    expect(money.balances.inTransit).toBe(100);
    await payoutSettings();
  });
});

describe("blockers", () => {
  const blockersOf = async (vendor: Actor, id: string) => {
    const money = await getVendorMoney(vendor, id, { now: NOW });
    return money.next.kind === "blocked" ? money.next.blockers : [];
  };

  it.each([
    ["shopSuspended", { status: "SUSPENDED" as const }],
    ["identityNotVerified", { approvedAt: null }],
    ["identityNotVerified", { reviewPending: true }],
    ["noBankAccount", { payoutIban: null }],
    ["noBankAccount", { payoutIban: "FR7730006000011234567890189" }],
  ])("%s", async (blocker, data) => {
    const { vendor, shop } = await payoutShop(data);
    await shopEntry(shop.id, "ADJUSTMENT", 5_000, at("2026-12-01T09:00:00+01:00"));
    expect(await blockersOf(vendor, shop.id)).toEqual([blocker]);
  });

  it("lateOrder: a part accepted and past its ship deadline", async () => {
    const { vendor, shop } = await payoutShop();
    await shopEntry(shop.id, "ADJUSTMENT", 5_000, at("2026-12-01T09:00:00+01:00"));
    await paidPart(shop.id, { status: "ACCEPTED", shipBy: at("2026-12-04T18:00:00+01:00") });
    expect(await blockersOf(vendor, shop.id)).toEqual(["lateOrder"]);
  });

  it("belowMinimum: under the marketplace's minimum, and a negative balance", async () => {
    const { vendor, shop } = await payoutShop();
    await shopEntry(shop.id, "ADJUSTMENT", 5_000, at("2026-12-01T09:00:00+01:00"));
    await payoutSettings({ payoutMinimumAmount: 10_000 });
    const money = await getVendorMoney(vendor, shop.id, { now: NOW });
    expect(money.next).toEqual({ kind: "blocked", runDate: "2026-12-10", amount: 5_000, blockers: ["belowMinimum"] });
    await payoutSettings();
    await shopEntry(shop.id, "SUBSCRIPTION_FEE", -6_000, at("2026-12-02T09:00:00+01:00"));
    expect(await blockersOf(vendor, shop.id)).toEqual(["belowMinimum"]);
    expect((await getVendorMoney(vendor, shop.id, { now: NOW })).balances.available).toBe(-1_000);
  });

  it("nothing available and nothing in the way: the next date only, no blocker shown", async () => {
    const { vendor, shop } = await payoutShop();
    expect((await getVendorMoney(vendor, shop.id, { now: NOW })).next).toEqual({
      kind: "nothing",
      runDate: "2026-12-10",
    });
  });

  it("a closed shop still sees its money", async () => {
    const { vendor, shop } = await payoutShop({ status: "CLOSED" });
    await shopEntry(shop.id, "ADJUSTMENT", 1_234, at("2026-12-01T09:00:00+01:00"));
    const money = await getVendorMoney(vendor, shop.id, { now: NOW });
    expect(money.shop.status).toBe("CLOSED");
    expect(money.balances.available).toBe(1_234);
  });
});

describe("listLedgerEntries", () => {
  const list = (filters: Record<string, string>, page = 1) =>
    listLedgerEntries(owner, shopId, { filters, page, now: NOW });

  it("lists every entry, newest first, with its order, state and payout", async () => {
    const ledger = await list({});
    expect(ledger.total).toBe(20);
    const times = ledger.rows.map((row) => row.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(ledger.rows[0]).toMatchObject({ orderNumber: parts.p5.number, shopOrderId: parts.p5.id, state: "pending" });
    const settled = ledger.rows.find((row) => row.shopOrderId === parts.p1.id && row.type === "SALE");
    expect(settled).toMatchObject({ state: "paid", payout: { id: payouts.p1, periodKey: "2026-11-25" } });
  });

  it("filters by type, by state and by Paris calendar days", async () => {
    expect((await list({ type: "COMMISSION" })).total).toBe(6);
    expect((await list({ state: "pending" })).total).toBe(6);
    expect((await list({ state: "paid" })).total).toBe(6);
    expect((await list({ state: "available" })).total).toBe(8);
    // the fee at 00:30 Paris on 1 December (23:30 UTC on 30 November) is on the 1st
    const december = await list({ from: "2026-12-01", to: "2026-12-02" });
    expect(december.rows.map((row) => row.type)).toEqual(["REFUND", "SUBSCRIPTION_FEE"]);
    expect((await list({ to: "2026-11-30", type: "SUBSCRIPTION_FEE" })).total).toBe(0);
    expect((await list({ from: "2026-12-01", type: "SUBSCRIPTION_FEE", state: "available" })).total).toBe(1);
    // empty fields of the GET form are no filter
    expect((await list({ type: "", state: "", from: "", to: "" })).total).toBe(20);
  });

  it("pages by 50, without overlap, the last page clamped", async () => {
    const { vendor, shop } = await payoutShop();
    await getDb().ledgerEntry.createMany({
      data: Array.from({ length: 120 }, (_, index) => ({
        shopId: shop.id,
        type: "ADJUSTMENT" as const,
        amount: index + 1,
        memo: String(index + 1),
        availableAt: at("2026-11-01T10:00:00+01:00"),
        createdAt: new Date(at("2026-11-01T10:00:00+01:00").getTime() + index * 60_000),
      })),
    });
    const pages = await Promise.all([1, 2, 3].map((page) => listLedgerEntries(vendor, shop.id, { page, now: NOW })));
    expect(pages.map((p) => p.rows.length)).toEqual([LEDGER_PAGE_SIZE, LEDGER_PAGE_SIZE, 20]);
    expect(pages[0].pageCount).toBe(3);
    const memos = pages.flatMap((p) => p.rows.map((row) => Number(row.memo)));
    expect(memos).toEqual(Array.from({ length: 120 }, (_, index) => 120 - index));
    expect((await listLedgerEntries(vendor, shop.id, { page: 99, now: NOW })).page).toBe(3);
  });

  it.each([
    [{ type: "BOGUS" }, "type", "money.ledger.errors.type"],
    [{ state: "everything" }, "state", "money.ledger.errors.state"],
    [{ from: "2026-13-45" }, "from", "money.ledger.errors.date"],
    [{ to: "05/12/2026" }, "to", "money.ledger.errors.date"],
    [{ from: "2026-12-05", to: "2026-12-01" }, "to", "money.ledger.errors.range"],
  ])("refuses bad filters %j on their field", async (filters, field, key) => {
    const error = await refusal(list(filters));
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors[field]).toBe(key);
    const csv = await refusal(exportLedgerCsv(owner, shopId, { filters, locale: "fr", now: NOW }));
    expect(csv.code).toBe("VALIDATION");
  });
});

describe("exportLedgerCsv", () => {
  it.each([
    [-1_900, "EUR", ",", "-19,00"],
    [-5, "EUR", ",", "-0,05"],
    [490, "EUR", ".", "4.90"],
    [0, "EUR", ",", "0,00"],
    [123_456_789, "EUR", ",", "1234567,89"],
    [-1_500, "JPY", ",", "-1500"],
    [1_234, "KWD", ".", "1.234"],
  ])("writes %i %s as exact decimal text", (amount, currency, decimal, text) => {
    expect(decimalText(amount, currency, decimal)).toBe(text);
  });

  // the bytes as sent: Response.text() would drop the BOM
  const text = async (stream: ReadableStream<Uint8Array>) =>
    new TextDecoder("utf-8", { ignoreBOM: true }).decode(await new Response(stream).arrayBuffer());

  it("writes the filtered entries for a French spreadsheet: BOM, `;`, decimal comma, Paris time", async () => {
    const { fileName, stream } = await exportLedgerCsv(owner, shopId, {
      filters: { state: "available" },
      locale: "fr",
      now: NOW,
    });
    expect(fileName).toMatch(/^ledger-shop-[0-9a-f]+-2026-12-05\.csv$/);
    const csv = await text(stream);
    expect(csv.startsWith("\uFEFFDate;Type;Commande;Libellé;Montant;Devise;État;Disponible le;Virement\r\n")).toBe(
      true,
    );
    const lines = csv.slice(1).trimEnd().split("\r\n");
    expect(lines).toHaveLength(1 + 8);
    expect(lines).toContain(
      "2026-12-01 00:30;Abonnement ou location;;subscription_fee;-19,00;EUR;Disponible;2026-12-01 00:30;",
    );
    expect(lines).toContain(
      `2026-11-05 10:00;Frais de livraison;${parts.p2.number};${parts.p2.number};4,90;EUR;Disponible;2026-11-24 10:00;`,
    );
  });

  it("in English: `,` and a decimal point; a settled entry names its payout", async () => {
    const { stream } = await exportLedgerCsv(owner, shopId, { filters: { state: "paid" }, locale: "en", now: NOW });
    const lines = (await text(stream)).slice(1).trimEnd().split("\r\n");
    expect(lines[0]).toBe("Date,Type,Order,Description,Amount,Currency,Status,Available on,Payout");
    expect(lines).toContain("2026-11-25 00:00,Payout,,,-90.00,EUR,In a payout,2026-11-25 00:00,2026-11-25");
    expect(lines).toHaveLength(1 + 6);
  });

  it("streams every row in order, chunk after chunk", async () => {
    const { vendor, shop } = await payoutShop();
    const base = at("2026-10-01T10:00:00+02:00").getTime();
    await getDb().ledgerEntry.createMany({
      data: Array.from({ length: 2_150 }, (_, index) => ({
        shopId: shop.id,
        type: "ADJUSTMENT" as const,
        amount: -index,
        memo: `n${index}`,
        availableAt: new Date(base),
        // pairs share an instant: the keyset must not lose or repeat either
        createdAt: new Date(base + Math.floor(index / 2) * 1_000),
      })),
    });
    const { stream } = await exportLedgerCsv(vendor, shop.id, { locale: "fr", now: NOW });
    const rows = (await text(stream)).slice(1).trimEnd().split("\r\n").slice(1);
    expect(rows).toHaveLength(2_150);
    const memos = rows.map((row) => Number(row.split(";")[3].slice(1)));
    expect(new Set(memos).size).toBe(2_150);
    expect(rows[0].split(";")[4]).toMatch(/^-21,4[89]$/);
  });
});

describe("getPartBreakdown", () => {
  it("breaks a part down by its entries: the lines add up to the net", async () => {
    const part = await getPartBreakdown(owner, parts.p2.id, { now: NOW });
    expect(part.lines).toEqual([
      { line: "SALE", amount: 5_000 },
      { line: "SHIPPING", amount: 490 },
      { line: "COMMISSION", amount: -500 },
      { line: "FEE_VAT", amount: -100 },
      { line: "PAYMENT_FEE", amount: -80 },
      { line: "REFUND", amount: -1_000 },
    ]);
    expect(part.net).toBe(3_810);
    const entries = await getDb().ledgerEntry.aggregate({
      where: { shopOrderId: parts.p2.id },
      _sum: { amount: true },
    });
    expect(part.net).toBe(entries._sum.amount);
    expect(part).toMatchObject({
      orderNumber: parts.p2.number,
      ambassadorShare: 70,
      commission: { charged: 500, onShipping: 0, givenBack: 0 },
      released: true,
      hold: { endsAt: at("2026-11-24T10:00:00+01:00"), reason: "ends" },
      unsettledAmount: 3_810,
      expectedPayoutDate: "2026-12-10",
      payouts: [],
    });
    expect(part.items).toEqual([expect.objectContaining({ title: "Vase en grès", quantity: 1, lineAmount: 5_000 })]);
  });

  it("names the payout that paid a part, and a held part's date", async () => {
    const paid = await getPartBreakdown(owner, parts.p1.id, { now: NOW });
    expect(paid).toMatchObject({ net: 9_000, unsettledAmount: 0, expectedPayoutDate: null });
    expect(paid.payouts.map((p) => [p.id, p.status])).toEqual([[payouts.p1, "PAID"]]);
    const held = await getPartBreakdown(owner, parts.p3.id, { now: NOW });
    expect(held).toMatchObject({
      released: false,
      hold: { endsAt: at("2026-12-12T10:00:00+01:00"), reason: "withdrawalPeriod" },
      expectedPayoutDate: "2026-12-25",
    });
    const waiting = await getPartBreakdown(owner, parts.p5.id, { now: NOW });
    expect(waiting).toMatchObject({ hold: { endsAt: null, reason: "awaitingDelivery" }, expectedPayoutDate: null });
  });

  it("after a refund, the commission and its VAT given back are shown and the lines still add up", async () => {
    const { vendor, shop } = await payoutShop();
    const { part } = await paidPart(shop.id, { itemsAmount: 8_000, commissionAmount: 800, feesVatAmount: 160 });
    await refundPart(part.id, 2_000);
    const breakdown = await getPartBreakdown(vendor, part.id, { now: NOW });
    const db = getDb();
    const sum = async (where: object) =>
      (await db.ledgerEntry.aggregate({ where: { shopOrderId: part.id, ...where }, _sum: { amount: true } }))._sum
        .amount ?? 0;
    expect(breakdown.lines.reduce((total, line) => total + line.amount, 0)).toBe(breakdown.net);
    expect(breakdown.net).toBe(await sum({}));
    expect(breakdown.commission.givenBack).toBe(await sum({ type: "COMMISSION", amount: { gt: 0 } }));
    expect(breakdown.commission.givenBack).toBeGreaterThan(0);
    expect(breakdown.feesVat.givenBack).toBe(await sum({ type: "FEE_VAT", amount: { gt: 0 } }));
  });
});

describe("getShopPayout", () => {
  it("shows a payout with the entries it settles, adding up to its amount", async () => {
    const payout = await getShopPayout(owner, payouts.p1, { now: NOW });
    expect(payout).toMatchObject({
      periodKey: "2026-11-25",
      status: "PAID",
      amount: 9_000,
      accountIban: "FR76 •••• •••• •••• •••• •••0 189",
      requested: false,
    });
    expect(payout.entries.rows.map((row) => row.type).sort()).toEqual(["COMMISSION", "SALE"]);
    expect(payout.entries.total).toBe(payout.amount);
  });

  it("a failed payout says why", async () => {
    const payout = await getShopPayout(owner, payouts.p0, { now: NOW });
    expect(payout).toMatchObject({ status: "FAILED", failureReason: "Compte clôturé", amount: 900 });
    expect(payout.entries.total).toBe(900);
  });

  it("an ambassador's payout is no shop's", async () => {
    const user = await createUser("SHOPPER", "Nina");
    const ambassador = await getDb().ambassador.create({ data: { userId: user.id, code: "NINAPAY" } });
    const payout = await getDb().payout.create({
      data: {
        ambassadorId: ambassador.id,
        periodKey: "2026-11-25",
        cutoffAt: NOW,
        amount: 100,
        method: "BANK_TRANSFER",
        scheduledFor: NOW,
      },
    });
    expect((await refusal(getShopPayout(owner, payout.id))).code).toBe("NOT_FOUND");
  });
});

describe("authorization: only the shop's owner", () => {
  const READS = {
    getVendorMoney: (actor: Actor | null) => getVendorMoney(actor, shopId, { now: NOW }),
    listLedgerEntries: (actor: Actor | null) => listLedgerEntries(actor, shopId, { now: NOW }),
    exportLedgerCsv: (actor: Actor | null) => exportLedgerCsv(actor, shopId, { locale: "fr", now: NOW }),
    getPartBreakdown: (actor: Actor | null) => getPartBreakdown(actor, parts.p2.id, { now: NOW }),
    getShopPayout: (actor: Actor | null) => getShopPayout(actor, payouts.p1, { now: NOW }),
  };
  const WHO: Record<string, { actor: () => Actor | null; code: string }> = {
    "another shop's vendor": { actor: () => otherVendor, code: "NOT_FOUND" },
    "a shopper": { actor: () => shopper, code: "FORBIDDEN" },
    "an operator": { actor: () => operator, code: "FORBIDDEN" },
    "a signed-out visitor": { actor: () => null, code: "UNAUTHENTICATED" },
  };

  describe.each(Object.keys(READS) as (keyof typeof READS)[])("%s", (read) => {
    for (const [who, { actor, code }] of Object.entries(WHO)) {
      it(`is refused to ${who} (${code}), nothing changed`, async () => {
        const before = await moneySnapshot(shopId);
        expect((await refusal(READS[read](actor()))).code).toBe(code);
        expect(await moneySnapshot(shopId)).toEqual(before);
      });
    }
    it("is the owner's", async () => {
      await expect(READS[read](owner)).resolves.toBeTruthy();
    });
  });

  it.each(["", "../etc", "x".repeat(80), "not an id!"])("junk ids are NOT_FOUND (%s)", async (junk) => {
    expect((await refusal(getVendorMoney(owner, junk))).code).toBe("NOT_FOUND");
    expect((await refusal(getPartBreakdown(owner, junk))).code).toBe("NOT_FOUND");
    expect((await refusal(getShopPayout(owner, junk))).code).toBe("NOT_FOUND");
    expect((await refusal(listLedgerEntries(owner, junk))).code).toBe("NOT_FOUND");
  });
});
