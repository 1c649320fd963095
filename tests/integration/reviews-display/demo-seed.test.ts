// The demo seed's reviews (prisma/seed/demo-reviews.ts) written to a real database: the Shop and
// Product counters equal the published reviews exactly (docs/trust.md, reviews), the hidden one is
// off the public lists, and the demo vendor's shops are left without reviews.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb, queryRows } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { listShopReviews } from "@/lib/reviews/list-public-reviews";
import { searchProducts } from "@/lib/search/search-products";
import { DEMO_SHOPS } from "../../../prisma/seed/demo-orders";
import { seedDemo } from "../../../prisma/seed/seed-demo";

let dir = "";
let counts: Awaited<ReturnType<typeof seedDemo>>;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "halle-seed-"));
  counts = await seedDemo(getDb(), {
    filesDir: path.join(dir, "files"),
    privateFilesDir: path.join(dir, "private"),
    now: new Date("2026-12-05T11:00:00Z"),
  });
}, 120_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("demo reviews", () => {
  it("keeps every shop's and product's counters equal to its published reviews", async () => {
    expect(counts.reviews).toBe(13);
    const shopMismatches = await queryRows<{ slug: string }>(Prisma.sql`
      SELECT s.slug FROM "Shop" s
      LEFT JOIN (SELECT "shopId", count(*)::int AS n, sum(rating)::int AS total FROM "Review"
                 WHERE status = 'PUBLISHED' GROUP BY 1) r ON r."shopId" = s.id
      WHERE s."ratingCount" <> COALESCE(r.n, 0) OR s."ratingSum" <> COALESCE(r.total, 0)`);
    expect(shopMismatches).toEqual([]);
    const productMismatches = await queryRows<{ slug: string }>(Prisma.sql`
      SELECT p.slug FROM "Product" p
      LEFT JOIN (SELECT pr."productId", count(*)::int AS n, sum(pr.rating)::int AS total FROM "ProductReview" pr
                 JOIN "Review" r ON r.id = pr."reviewId" WHERE r.status = 'PUBLISHED' GROUP BY 1) x
             ON x."productId" = p.id
      WHERE p."ratingCount" <> COALESCE(x.n, 0) OR p."ratingSum" <> COALESCE(x.total, 0)`);
    expect(productMismatches).toEqual([]);
    const rated = await getDb().shop.findMany({
      where: { ratingCount: { gt: 0 } },
      select: { slug: true, ratingCount: true, ratingSum: true },
      orderBy: { slug: "asc" },
    });
    expect(rated).toEqual([
      { slug: "fleurs-de-l-arsenal", ratingCount: 5, ratingSum: 23 },
      { slug: "la-maree-de-l-estuaire", ratingCount: 3, ratingSum: 14 },
      { slug: "les-jardins-de-la-charente", ratingCount: 4, ratingSum: 16 },
    ]);
  });

  it("reviews confirmed parts of their authors only, one review each", async () => {
    const reviews = await getDb().review.findMany({
      select: { authorId: true, shopId: true, shopOrder: { select: { status: true, shopId: true, order: true } } },
    });
    for (const review of reviews) {
      expect(review.shopOrder.status).toBe("CONFIRMED");
      expect(review.shopOrder.shopId).toBe(review.shopId);
      expect(review.shopOrder.order.userId).toBe(review.authorId);
    }
  });

  it("lists the published reviews of a shop, newest first, without the hidden one", async () => {
    const shop = await getDb().shop.findUniqueOrThrow({ where: { slug: "fleurs-de-l-arsenal" } });
    const page = await listShopReviews(shop.id);
    expect(page.total).toBe(5);
    expect(page.reviews.map((review) => review.rating)).toEqual([4, 5, 4, 5, 5]);
    expect(page.reviews.some((review) => review.reply)).toBe(true);
    expect(JSON.stringify(page)).not.toContain("escrocs");
  });

  it("leaves the demo vendor's shops unrated, and search's rating filter finds the rated shops", async () => {
    for (const slug of Object.values(DEMO_SHOPS))
      expect(await getDb().shop.findUniqueOrThrow({ where: { slug } })).toMatchObject({ ratingCount: 0, ratingSum: 0 });
    const result = await searchProducts({ locale: "fr", minRatingTenths: 45, sort: "rating", pageSize: 48 });
    expect(new Set(result.hits.map((hit) => hit.shop.slug))).toEqual(
      new Set(["fleurs-de-l-arsenal", "la-maree-de-l-estuaire"]), // 4.6 and 4.7; the garden's 4.0 is below
    );
    expect(result.hits[0].shop.slug).toBe("la-maree-de-l-estuaire");
  });
});
