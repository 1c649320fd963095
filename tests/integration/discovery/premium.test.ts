// Premium plans in the shop directory, the home page's lists and the shop page (docs/domain.md,
// premium plans): the badge's data, and nearest first with a premium shop's distance counted × 0.8,
// never more than 1 km less.
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { listNewProducts } from "@/lib/catalog/list-new-products";
import { getDb } from "@/lib/db";
import { listNearbyProducts } from "@/lib/discovery/list-nearby-products";
import { listNearbyShops } from "@/lib/discovery/list-nearby-shops";
import { getApprovedShop } from "@/lib/shops/get-approved-shop";
import { listApprovedShops } from "@/lib/shops/list-approved-shops";

const unique = () => randomBytes(4).toString("hex");
const VIEWER = { latitude: 45.9421, longitude: -0.9588 };
// earthdistance's sphere (radius 6,378,168 m): one degree of latitude is 111.32 km.
const north = (km: number) => ({ latitude: VIEWER.latitude + km / 111.32, longitude: VIEWER.longitude });

let premiumPlanId: string;
let standardPlanId: string;

async function shop(name: string, km: number | null, plan: "premium" | "standard" | null, status = "APPROVED") {
  const db = getDb();
  const owner = await db.user.create({
    data: { email: `v-${unique()}@example.test`, name: "Vendor", passwordHash: "x", role: "VENDOR" },
  });
  return db.shop.create({
    data: {
      slug: `shop-${unique()}`,
      name,
      trade: "Épicerie",
      status: status as "APPROVED",
      ownerId: owner.id,
      planId: plan === "premium" ? premiumPlanId : plan === "standard" ? standardPlanId : null,
      ...(km === null ? {} : north(km)),
    },
  });
}

beforeAll(async () => {
  const db = getDb();
  premiumPlanId = (await db.plan.create({ data: { code: "premium", name: "Premium", premium: true } })).id;
  standardPlanId = (await db.plan.create({ data: { code: "standard", name: "Standard" } })).id;
  // Distances from the viewer, and where nearest-first puts each (premium: × 0.8, at most 1 km less).
  await shop("A standard 2 km", 2, "standard");
  await shop("B premium 2.4 km", 2.4, "premium"); // counts 1.92 km
  await shop("C premium 4 km", 4, "premium"); // counts 3.2 km
  await shop("D standard 3.5 km", 3.5, null);
  await shop("E standard 38.5 km", 38.5, "standard");
  await shop("F premium 40 km", 40, "premium"); // counts 39 km, not 32
  await shop("G standard 39.5 km", 39.5, "standard");
  await shop("H premium, no address", null, "premium");
  await shop("I premium, suspended", 1, "premium", "SUSPENDED");
});

describe("listNearbyShops with premium shops", () => {
  it("orders nearest first with the bounded premium boost, and shows real distances", async () => {
    const { shops, total } = await listNearbyShops({ near: VIEWER });
    expect(total).toBe(8);
    expect(shops.map((s) => s.name)).toEqual([
      "B premium 2.4 km",
      "A standard 2 km",
      "C premium 4 km",
      "D standard 3.5 km",
      "E standard 38.5 km",
      "F premium 40 km",
      "G standard 39.5 km",
      "H premium, no address",
    ]);
    const b = shops.find((s) => s.name === "B premium 2.4 km")!;
    expect(b.distanceKm).toBeCloseTo(2.4, 1);
  });

  it("gives each shop's premium flag (a shop without a plan is not premium)", async () => {
    const { shops } = await listNearbyShops({ near: VIEWER });
    expect(Object.fromEntries(shops.map((s) => [s.name.slice(0, 1), s.premium]))).toEqual({
      A: false,
      B: true,
      C: true,
      D: false,
      E: false,
      F: true,
      G: false,
      H: true,
    });
  });

  it("pages through the boosted order once, and keeps to the radius with real distances", async () => {
    const whole = await listNearbyShops({ near: VIEWER });
    const pages = await Promise.all([1, 2, 3].map((page) => listNearbyShops({ near: VIEWER, page, pageSize: 3 })));
    expect(pages.flatMap((result) => result.shops.map((s) => s.id))).toEqual(whole.shops.map((s) => s.id));
    // F counts as 39 km but is 40 km away: outside a 39.8 km radius (the radius is about real distances).
    const within = await listNearbyShops({ near: VIEWER, radiusKm: 39.8 });
    expect(within.shops.map((s) => s.name)).not.toContain("F premium 40 km");
    expect(within.shops.map((s) => s.name)).toContain("G standard 39.5 km");
  });

  it("without a position stays by name, premium or not", async () => {
    const names = (await listNearbyShops({})).shops.map((s) => s.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "fr")));
  });
});

describe("premium flags for the home page and the shop page", () => {
  it("listNearbyProducts follows the directory's order and flags premium shops' cards", async () => {
    const db = getDb();
    const shops = await db.shop.findMany({ where: { status: "APPROVED" }, select: { id: true, name: true } });
    const id = (prefix: string) => shops.find((s) => s.name.startsWith(prefix))!.id;
    for (const prefix of ["A", "B", "F"]) {
      await db.product.create({
        data: {
          shopId: id(prefix),
          title: `${prefix} produit`,
          slug: `p-${unique()}`,
          priceAmount: 100,
          status: "ACTIVE",
        },
      });
    }
    const products = await listNearbyProducts({ near: VIEWER, radiusKm: 50 });
    expect(products.map((p) => [p.title, p.shop.premium])).toEqual([
      ["B produit", true],
      ["A produit", false],
      ["F produit", true],
    ]);
    const cards = await listNewProducts({ take: 10 });
    expect(Object.fromEntries(cards.map((card) => [card.title, card.shop.premium]))).toEqual({
      "A produit": false,
      "B produit": true,
      "F produit": true,
    });
  });

  it("listApprovedShops and getApprovedShop say whether the shop is premium", async () => {
    const listed = await listApprovedShops();
    expect(listed.find((s) => s.name === "B premium 2.4 km")?.premium).toBe(true);
    expect(listed.find((s) => s.name === "D standard 3.5 km")?.premium).toBe(false);
    expect(listed.map((s) => s.name)).not.toContain("I premium, suspended");
    const slugs = await getDb().shop.findMany({ select: { slug: true, name: true } });
    const slug = (name: string) => slugs.find((s) => s.name === name)!.slug;
    expect((await getApprovedShop(slug("C premium 4 km")))?.premium).toBe(true);
    expect((await getApprovedShop(slug("A standard 2 km")))?.premium).toBe(false);
    expect(await getApprovedShop(slug("I premium, suspended"))).toBeNull();
  });
});
