import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { getTranslator } from "@/lib/i18n/catalogues";
import { documentFormat } from "@/lib/statements/document-format";
import { getCommissionInvoice, listInvoices } from "@/lib/statements/get-commission-invoice";
import { renderInvoicePdf } from "@/lib/statements/invoice-pdf";
import { issueMonthlyInvoices } from "@/lib/statements/issue-invoices";
import { getMonthlyStatement, listStatementMonths } from "@/lib/statements/monthly-statement";
import {
  at,
  entry,
  invoicesOf,
  marketplaceSettings,
  pdfPageCount,
  pdfTextOf,
  planCharge,
  premiumPlan,
  refusal,
  vendorShop,
} from "./statement-fixtures";

// The monthly commission invoices (docs/payouts.md, invoices): issued early the next month for
// the shops charged fees, once each, numbered in the year's gapless series; lines, VAT and both
// parties' details as they were; a month of reversals only is a credit note.

const NOVEMBER = { start: at("2026-11-01T00:00:00+01:00"), end: at("2026-12-01T00:00:00+01:00") };
const EARLY_DECEMBER = at("2026-12-01T00:05:00+01:00");

let vendor: Actor;
let shopId: string;
let refundOnly: { vendor: Actor; shopId: string };
let salesOnlyShopId: string;
let cardOnlyShopId: string;

beforeAll(async () => {
  await marketplaceSettings();
  const plan = await premiumPlan();
  const made = await vendorShop();
  vendor = made.vendor;
  shopId = made.shop.id;
  // commission 20,50 € less 5,00 € given back; its VAT; a payment fee; the month's plan fee
  await entry(shopId, "SALE", 20_000, at("2026-11-03T14:00:00+01:00"));
  await entry(shopId, "COMMISSION", -2_050, at("2026-11-03T14:00:00+01:00"));
  await entry(shopId, "FEE_VAT", -410, at("2026-11-03T14:00:00+01:00"));
  await entry(shopId, "PAYMENT_FEE", -330, at("2026-11-03T14:00:00+01:00"));
  await entry(shopId, "COMMISSION", 500, at("2026-11-12T16:00:00+01:00"));
  await entry(shopId, "FEE_VAT", 100, at("2026-11-12T16:00:00+01:00"));
  await planCharge(shopId, plan.id, NOVEMBER.start, { amountExclVat: 3_999, vatAmount: 800 }, "2026-11", NOVEMBER);
  // October's and December's fees are not November's
  await entry(shopId, "COMMISSION", -999, at("2026-10-31T23:59:59+01:00"));
  await entry(shopId, "COMMISSION", -888, NOVEMBER.end);

  // a shop whose only November fees are given back: a credit note
  const other = await vendorShop();
  refundOnly = { vendor: other.vendor, shopId: other.shop.id };
  await entry(refundOnly.shopId, "COMMISSION", -1_000, at("2026-10-20T10:00:00+02:00"));
  await entry(refundOnly.shopId, "COMMISSION", 1_000, at("2026-11-05T10:00:00+01:00"));
  await entry(refundOnly.shopId, "FEE_VAT", 200, at("2026-11-05T10:00:00+01:00"));

  // sales without fees (first sales free): nothing to invoice
  salesOnlyShopId = (await vendorShop()).shop.id;
  await entry(salesOnlyShopId, "SALE", 5_000, at("2026-11-05T10:00:00+01:00"));

  // a rent paid by card writes no entry: invoiced all the same
  cardOnlyShopId = (await vendorShop()).shop.id;
  await getDb().billingCharge.create({
    data: {
      shopId: cardOnlyShopId,
      planId: plan.id,
      kind: "RENT",
      periodKey: "rent:x",
      periodStart: at("2026-11-20T00:00:00+01:00"),
      periodEnd: at("2027-02-20T00:00:00+01:00"),
      amountExclVat: 2_850,
      vatRateBps: 2000,
      vatAmount: 570,
      totalAmount: 3_420,
      paidWith: "CARD",
      createdAt: at("2026-11-20T10:00:00+01:00"),
    },
  });
  // a card payment not confirmed is not invoiced
  await getDb().billingCharge.create({
    data: {
      shopId: salesOnlyShopId,
      planId: plan.id,
      kind: "RENT",
      periodKey: "rent:pending",
      periodStart: NOVEMBER.start,
      periodEnd: NOVEMBER.end,
      amountExclVat: 1_000,
      vatAmount: 200,
      totalAmount: 1_200,
      status: "PENDING",
      paidWith: "CARD",
      createdAt: at("2026-11-20T10:00:00+01:00"),
    },
  });
});

describe("issuing November's invoices", () => {
  it("issues one per shop charged fees, numbered from 1 in the year's series", async () => {
    expect(await issueMonthlyInvoices(EARLY_DECEMBER)).toEqual({ issued: 3 });
    const all = await getDb().commissionInvoice.findMany({ orderBy: { number: "asc" } });
    expect(all.map((invoice) => invoice.number)).toEqual(["2026-000001", "2026-000002", "2026-000003"]);
    expect(all.every((invoice) => invoice.periodKey === "2026-11")).toBe(true);
    expect(await invoicesOf(salesOnlyShopId)).toEqual([]);
    expect(await getDb().documentSequence.findUnique({ where: { key: "INV-2026" } })).toEqual({
      key: "INV-2026",
      last: 3,
    });
  });

  it("is safe to run again: nothing more is issued, no number is taken", async () => {
    expect(await issueMonthlyInvoices(EARLY_DECEMBER)).toEqual({ issued: 0 });
    expect(await issueMonthlyInvoices(at("2026-12-28T12:00:00+01:00"))).toEqual({ issued: 0 });
    expect((await getDb().documentSequence.findUnique({ where: { key: "INV-2026" } }))?.last).toBe(3);
  });

  it("bills the commission net of reversals, its VAT, the payment fee and the plan charge", async () => {
    const [invoice] = await invoicesOf(shopId);
    expect(invoice.lines).toEqual([
      { kind: "COMMISSION", amountExclVat: 1_550, vatAmount: 310 },
      { kind: "PAYMENT_FEE", amountExclVat: 330, vatAmount: 0 },
      {
        kind: "PLAN_CHARGE",
        chargeKind: "MONTHLY_FEE",
        planName: "Premium",
        periodStart: NOVEMBER.start.toISOString(),
        periodEnd: NOVEMBER.end.toISOString(),
        amountExclVat: 3_999,
        vatAmount: 800,
      },
    ]);
    expect(invoice).toMatchObject({
      amountExclVat: 5_879,
      vatAmount: 1_110,
      totalAmount: 6_989,
      vatRateBps: 2000,
      currency: "EUR",
      periodStart: NOVEMBER.start,
      periodEnd: NOVEMBER.end,
    });
  });

  it("invoices a rent paid by card", async () => {
    const [invoice] = await invoicesOf(cardOnlyShopId);
    expect(invoice).toMatchObject({ amountExclVat: 2_850, vatAmount: 570, totalAmount: 3_420 });
    expect(invoice.lines).toMatchObject([{ kind: "PLAN_CHARGE", chargeKind: "RENT" }]);
  });

  it("makes a month of reversals only a credit note with negative totals", async () => {
    const view = await getCommissionInvoice(refundOnly.vendor, refundOnly.shopId, "2026-11");
    expect(view).toMatchObject({ kind: "CREDIT_NOTE", amountExclVat: -1_000, vatAmount: -200, totalAmount: -1_200 });
  });

  it("keeps both parties' legal details as they were when issued", async () => {
    await getDb().shop.update({ where: { id: shopId }, data: { legalName: "SAS Nouveau Nom", vatNumber: null } });
    await getDb().marketplaceSettings.update({ where: { id: 1 }, data: { legalName: "Halle Holding" } });
    const view = await getCommissionInvoice(vendor, shopId, "2026-11");
    expect(view.buyer).toEqual({
      name: "SARL Fournil Léa",
      tradeName: expect.any(String),
      address: "4 rue des Boulangers\n69002 Lyon\nFR",
      registrationNumber: "123 456 789 00012",
      vatNumber: "FR45123456789",
    });
    expect(view.seller).toEqual({
      name: "Halle SAS",
      tradeName: "Halle",
      address: "1 place du Marché\n69001 Lyon\nFrance",
      registrationNumber: "RCS Lyon 912 345 678",
      vatNumber: "FR12912345678",
    });
    await marketplaceSettings();
  });

  it("is shown with the month's statement and listed", async () => {
    const statement = await getMonthlyStatement(vendor, shopId, "2026-11");
    expect(statement.invoice).toMatchObject({ number: "2026-000001", totalAmount: 6_989, kind: "INVOICE" });
    const months = await listStatementMonths(vendor, shopId);
    expect(months.items.find((m) => m.periodKey === "2026-11")?.invoice?.number).toBe("2026-000001");
    // a card-only month has no entry but has its statement row, for its invoice
    const cardMonths = await listStatementMonths(
      {
        id: (await getDb().shop.findUniqueOrThrow({ where: { id: cardOnlyShopId } })).ownerId,
        role: "VENDOR",
        name: "",
        email: "",
      },
      cardOnlyShopId,
    );
    expect(cardMonths.items.map((m) => m.periodKey)).toEqual(["2026-11"]);
    const list = await listInvoices(vendor, shopId);
    expect(list.items).toMatchObject([{ number: "2026-000001", periodKey: "2026-11", kind: "INVOICE" }]);
  });

  it("is NOT_FOUND for a month without an invoice", async () => {
    expect((await refusal(getCommissionInvoice(vendor, shopId, "2026-10"))).code).toBe("NOT_FOUND");
  });

  it("prints as a PDF showing its number, lines, parties and total", async () => {
    const view = await getCommissionInvoice(vendor, shopId, "2026-11");
    const pdf = await renderInvoicePdf(view, documentFormat(getTranslator("fr"), "fr", "EUR"), { compress: false });
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdfPageCount(pdf)).toBe(1);
    const text = pdfTextOf(pdf);
    expect(text).toContain("Facture 2026-000001");
    expect(text).toContain("Halle SAS");
    expect(text).toContain("SARL Fournil Léa");
    expect(text).toContain("N° de TVA : FR12912345678");
    expect(text).toContain("Commission sur les ventes du mois");
    expect(text).toContain("15,50 €");
    expect(text).toContain("TVA (20 %)");
    expect(text).toContain("69,89 €");
    const english = pdfTextOf(
      await renderInvoicePdf(view, documentFormat(getTranslator("en"), "en", "EUR"), { compress: false }),
    );
    expect(english).toContain("Invoice 2026-000001");
    expect(english).toContain("€69.89");
    const credit = await getCommissionInvoice(refundOnly.vendor, refundOnly.shopId, "2026-11");
    const creditText = pdfTextOf(
      await renderInvoicePdf(credit, documentFormat(getTranslator("fr"), "fr", "EUR"), { compress: false }),
    );
    expect(creditText).toContain(`Avoir ${credit.number}`);
    expect(creditText).toContain("-12,00 €");
  });

  it("numbers next year's invoices from 1 again", async () => {
    await entry(shopId, "COMMISSION", -100, at("2026-12-15T10:00:00+01:00"));
    expect(await issueMonthlyInvoices(at("2027-01-01T08:00:00+01:00"))).toEqual({ issued: 1 });
    const [, december] = await invoicesOf(shopId);
    expect(december).toMatchObject({ number: "2027-000001", periodKey: "2026-12", totalAmount: 988 });
  });
});
