// The Persian demo (HALLE_DEMO=karkareh, prisma/seed/seed-karkareh.ts; docs/i18n.md) written to a
// real database: the marketplace speaks Persian first, prices are rials shown in toman, and the
// shops' Persian catalogues are found by search.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { recordTomanDisplay } from "@/lib/money/display-unit";
import { formatMoney } from "@/lib/money/format-money";
import { searchProducts } from "@/lib/search/search-products";
import { readSettingsRow } from "@/lib/settings/read-settings-row";
import { seedKarkareh } from "../../../prisma/seed/seed-karkareh";

let dir = "";

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "halle-karkareh-"));
  await seedKarkareh(getDb(), {
    filesDir: path.join(dir, "files"),
    privateFilesDir: path.join(dir, "private"),
    now: new Date("2026-12-06T09:00:00Z"),
  });
}, 120_000);

afterAll(async () => {
  recordTomanDisplay(false);
  await rm(dir, { recursive: true, force: true });
});

describe("the Karkareh demo", () => {
  it("runs in Persian first, in rials shown in toman, with no commission", async () => {
    const { values } = await readSettingsRow(getDb());
    expect(values).toMatchObject({ defaultLocale: "fa", currency: "IRR", tomanDisplay: true });
    expect([...values.locales].sort()).toEqual(["en", "fa"]);
    expect(formatMoney(6_900_000, "IRR", "fa").replace(/\u00a0/g, " ")).toBe("۶۹۰٬۰۰۰ تومان");
    const plans = await getDb().plan.findMany({ select: { defaultCommissionBps: true, currency: true } });
    expect(plans.length).toBe(4);
    expect(plans.every((plan) => plan.defaultCommissionBps === 0 && plan.currency === "IRR")).toBe(true);
  });

  it("has approved shops whose products are written and priced for Iran", async () => {
    const products = await getDb().product.findMany({
      select: { title: true, currency: true, priceAmount: true, shop: { select: { status: true, country: true } } },
    });
    expect(products.length).toBeGreaterThanOrEqual(20);
    for (const product of products) {
      expect(product.title).toMatch(/[\u0600-\u06FF]/);
      expect(product.currency).toBe("IRR");
      expect(product.shop).toEqual({ status: "APPROVED", country: "IR" });
    }
  });

  it("finds its Persian products by a Persian word", async () => {
    const result = await searchProducts({ locale: "fa", query: "زعفران", pageSize: 24 });
    expect(result.hits.map((hit) => hit.title)).toContain("زعفران سرگل یک مثقالی");
  });
});
