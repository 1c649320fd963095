import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { issueMonthlyInvoices } from "@/lib/statements/issue-invoices";
import { at, entry, marketplaceSettings, vendorShop } from "./statement-fixtures";

// Gapless numbers under concurrency (docs/payouts.md, invoices): three runs at once over the
// same 50 shops issue each shop's invoice once, numbered exactly 1..50, and the series' counter
// stops at 50 — a run that lost the race rolled its number back.

const SHOPS = 50;

beforeAll(async () => {
  await marketplaceSettings();
  for (let i = 0; i < SHOPS; i += 1) {
    const { shop } = await vendorShop();
    await entry(shop.id, "COMMISSION", -(100 + i), at("2030-01-15T12:00:00+01:00"));
  }
});

describe("invoices issued by concurrent runs", () => {
  it("get exactly the numbers 1..50, one per shop", async () => {
    const now = at("2030-02-01T00:10:00+01:00");
    const reports = await Promise.all([
      issueMonthlyInvoices(now),
      issueMonthlyInvoices(now),
      issueMonthlyInvoices(now),
    ]);
    expect(reports.reduce((sum, report) => sum + report.issued, 0)).toBe(SHOPS);
    const invoices = await getDb().commissionInvoice.findMany({ select: { number: true, shopId: true } });
    expect(invoices).toHaveLength(SHOPS);
    expect(new Set(invoices.map((invoice) => invoice.shopId)).size).toBe(SHOPS);
    expect(invoices.map((invoice) => invoice.number).sort()).toEqual(
      Array.from({ length: SHOPS }, (_, i) => `2030-${String(i + 1).padStart(6, "0")}`),
    );
    expect((await getDb().documentSequence.findUnique({ where: { key: "INV-2030" } }))?.last).toBe(SHOPS);
    expect(await issueMonthlyInvoices(now)).toEqual({ issued: 0 });
  });
});
