import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { importInAnotherProcess, writeFromAnotherProcess } from "./another-process";

// docs/scaling.md, "What each process keeps in memory": what an operator or a vendor changes
// through one web process is read from PostgreSQL by every other on its next request, never kept
// in a process's memory. These fail as soon as someone caches one of them without a bound.

describe("read from PostgreSQL on each request, whichever process wrote", () => {
  it("the marketplace settings: a change made elsewhere shows at the next read", async () => {
    const { getPublicSettings } = await import("@/lib/settings/get-public-settings");
    await getDb().marketplaceSettings.upsert({
      where: { id: 1 },
      create: { id: 1, name: "Halle" },
      update: { name: "Halle" },
    });
    expect((await getPublicSettings()).name).toBe("Halle");

    await writeFromAnotherProcess(
      `UPDATE "MarketplaceSettings" SET "name" = 'Halle de Lyon', "locales" = ARRAY['en'], "defaultLocale" = 'en' WHERE id = 1`,
    );

    expect(await getPublicSettings()).toMatchObject({ name: "Halle de Lyon", defaultLocale: "en", locales: ["en"] });
  });

  it("the category tree: a category prohibited elsewhere is off limits at the next search", async () => {
    const { loadCategoryIndex } = await import("@/lib/search/load-category-index");
    const category = await getDb().category.create({
      data: { slug: "scaling-herbs", names: { fr: "Herbes", en: "Herbs" } },
      select: { id: true },
    });
    const before = await loadCategoryIndex();
    expect(before.subtreeOf("scaling-herbs")).toEqual([category.id]);
    expect(before.blockedIds).not.toContain(category.id);

    await writeFromAnotherProcess(`UPDATE "Category" SET "prohibited" = true WHERE id = $1`, [category.id]);

    const after = await loadCategoryIndex();
    expect(after.blockedIds).toContain(category.id);
    expect(after.subtreeOf("scaling-herbs")).toEqual([]);
  });

  it("rate limits: two processes count against the same limit", async () => {
    const first = await import("@/lib/rate-limit/consume-rate-limit");
    const second = await importInAnotherProcess(() => import("@/lib/rate-limit/consume-rate-limit"));
    expect(second.consumeRateLimit).not.toBe(first.consumeRateLimit);
    const rule = { key: "scaling:two-processes", limit: 2, windowMs: 60_000 };
    const now = new Date("2026-12-06T10:00:10Z");

    expect((await first.consumeRateLimit(getDb(), rule, now)).allowed).toBe(true);
    expect((await second.consumeRateLimit(getDb(), rule, now)).allowed).toBe(true);
    expect((await first.consumeRateLimit(getDb(), rule, now)).allowed).toBe(false);
    expect((await second.consumeRateLimit(getDb(), rule, now)).allowed).toBe(false);
  });
});
