import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { getTranslator } from "@/lib/i18n/catalogues";
import { documentFormat } from "@/lib/statements/document-format";
import { getMonthlyStatement, listStatementEntries, listStatementMonths } from "@/lib/statements/monthly-statement";
import { renderStatementPdf } from "@/lib/statements/statement-pdf";
import {
  at,
  createUser,
  entry,
  marketplaceSettings,
  pdfPageCount,
  pdfTextOf,
  planCharge,
  premiumPlan,
  vendorShop,
} from "./statement-fixtures";

// A month of a shop's money to the cent (docs/payouts.md, statements): October's sales paid out in
// November, a refund written after that payout, the month's plan fee on the 1st at midnight, an
// adjustment in the last millisecond, and December's first sale left out.

let vendor: Actor;
let shopId: string;

beforeAll(async () => {
  await marketplaceSettings();
  const made = await vendorShop();
  vendor = made.vendor;
  shopId = made.shop.id;
  const db = getDb();
  // October: 100,00 € of sales, 10,00 € commission and 2,00 € VAT → 88,00 € carried into November
  const october = [
    await entry(shopId, "SALE", 10_000, at("2026-10-15T10:00:00+02:00")),
    await entry(shopId, "COMMISSION", -1_000, at("2026-10-15T10:00:00+02:00")),
    await entry(shopId, "FEE_VAT", -200, at("2026-10-15T10:00:00+02:00")),
  ];
  // the plan's fee, written at 00:00 on the 1st (Paris): in November
  const plan = await premiumPlan();
  await planCharge(
    shopId,
    plan.id,
    at("2026-11-01T00:00:00+01:00"),
    { amountExclVat: 3_999, vatAmount: 800 },
    "2026-11",
    { start: at("2026-11-01T00:00:00+01:00"), end: at("2026-12-01T00:00:00+01:00") },
  );
  // November's sale: 200,00 € + 5,00 € delivery, commission, its VAT, the payment fee
  for (const [type, amount] of [
    ["SALE", 20_000],
    ["SHIPPING", 500],
    ["COMMISSION", -2_050],
    ["FEE_VAT", -410],
    ["PAYMENT_FEE", -330],
  ] as const)
    await entry(shopId, type, amount, at("2026-11-03T14:00:00+01:00"));
  // the 10th's payout settles October
  const payout = await db.payout.create({
    data: {
      shopId,
      periodKey: "2026-11-10",
      cutoffAt: at("2026-11-10T00:00:00+01:00"),
      amount: 8_800,
      method: "BANK_TRANSFER",
      status: "PAID",
      scheduledFor: at("2026-11-10T00:00:00+01:00"),
      paidAt: at("2026-11-11T09:00:00+01:00"),
      createdAt: at("2026-11-10T06:00:00+01:00"),
    },
  });
  await db.ledgerEntry.updateMany({ where: { id: { in: october.map((e) => e.id) } }, data: { payoutId: payout.id } });
  await entry(shopId, "PAYOUT", -8_800, at("2026-11-10T06:00:00+01:00"), payout.id);
  // a refund of 50,00 € after the payout: commission and VAT given back in proportion
  await entry(shopId, "REFUND", -5_000, at("2026-11-12T16:00:00+01:00"));
  await entry(shopId, "COMMISSION", 500, at("2026-11-12T16:00:00+01:00"));
  await entry(shopId, "FEE_VAT", 100, at("2026-11-12T16:00:00+01:00"));
  // the last millisecond of November, Paris time
  await entry(shopId, "ADJUSTMENT", 123, at("2026-11-30T23:59:59.999+01:00"));
  // December's first instant
  await entry(shopId, "SALE", 7_777, at("2026-12-01T00:00:00+01:00"));
});

describe("a monthly statement", () => {
  it("adds up to the cent: opening, the month's groups, closing", async () => {
    const statement = await getMonthlyStatement(vendor, shopId, "2026-11");
    expect(statement.openingBalance).toBe(8_800);
    expect(statement.movements).toEqual({
      sales: 20_500,
      refunds: -5_000,
      commission: -1_550,
      feeVat: -310,
      paymentFees: -330,
      planCharges: -4_799,
      adjustments: 123,
      payouts: -8_800,
    });
    expect(statement.net).toBe(-166);
    expect(statement.closingBalance).toBe(8_634);
    expect(statement.entryCount).toBe(11);
    expect(statement.periodStart).toEqual(at("2026-11-01T00:00:00+01:00"));
    expect(statement.periodEnd).toEqual(at("2026-12-01T00:00:00+01:00"));
    expect(statement.payouts).toMatchObject([{ periodKey: "2026-11-10", amount: 8_800, status: "PAID" }]);
    expect(statement.invoice).toBeNull();
    expect(statement.shop.party).toMatchObject({ name: "SARL Fournil Léa", vatNumber: "FR45123456789" });
    expect(statement.marketplace).toMatchObject({ name: "Halle SAS", vatNumber: "FR12912345678" });
  });

  it("closes at the sum of every entry written before the next month, and December opens there", async () => {
    const statement = await getMonthlyStatement(vendor, shopId, "2026-11");
    const before = await getDb().ledgerEntry.aggregate({
      where: { shopId, createdAt: { lt: at("2026-12-01T00:00:00+01:00") } },
      _sum: { amount: true },
    });
    expect(statement.closingBalance).toBe(before._sum.amount);
    const december = await getMonthlyStatement(vendor, shopId, "2026-12");
    expect(december.openingBalance).toBe(statement.closingBalance);
    expect(december.closingBalance).toBe(8_634 + 7_777);
    const october = await getMonthlyStatement(vendor, shopId, "2026-10");
    expect(october.closingBalance).toBe(statement.openingBalance);
  });

  it("is empty for a month without entries, balances carried", async () => {
    const statement = await getMonthlyStatement(vendor, shopId, "2027-03");
    expect(statement.entryCount).toBe(0);
    expect(statement.openingBalance).toBe(statement.closingBalance);
    expect(statement.payouts).toEqual([]);
  });

  it("is readable by an operator", async () => {
    const operator = await createUser("OPERATOR");
    expect((await getMonthlyStatement(operator, shopId, "2026-11")).closingBalance).toBe(8_634);
  });

  it("lists the months with entries, newest first", async () => {
    const months = await listStatementMonths(vendor, shopId);
    expect(months.items.map((m) => m.periodKey)).toEqual(["2026-12", "2026-11", "2026-10"]);
    expect(months).toMatchObject({ page: 1, pageCount: 1, total: 3 });
  });

  it("lists the month's entries for the CSV, oldest first, the payout named", async () => {
    const { entries } = await listStatementEntries(vendor, shopId, "2026-11");
    expect(entries).toHaveLength(11);
    expect(entries[0]).toMatchObject({ type: "SUBSCRIPTION_FEE", amount: -4_799 });
    expect(entries.find((e) => e.type === "PAYOUT")?.payoutPeriodKey).toBe("2026-11-10");
    expect(entries.at(-1)).toMatchObject({ type: "ADJUSTMENT", amount: 123 });
  });

  it("prints as a PDF with its balances", async () => {
    const statement = await getMonthlyStatement(vendor, shopId, "2026-11");
    const pdf = await renderStatementPdf(statement, documentFormat(getTranslator("fr"), "fr", "EUR"), {
      compress: false,
    });
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdfPageCount(pdf)).toBe(1);
    const text = pdfTextOf(pdf);
    expect(text).toContain("Relevé de novembre 2026");
    expect(text).toContain("Solde au début du mois");
    expect(text).toContain("88,00 €");
    expect(text).toContain("86,34 €");
    expect(text).toContain("-1,66 €");
    expect(text).toContain("Versé le 11 novembre 2026");
  });
});
