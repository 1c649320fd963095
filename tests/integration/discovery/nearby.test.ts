import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { listNearbyProducts } from "@/lib/discovery/list-nearby-products";
import { listNearbyShops } from "@/lib/discovery/list-nearby-shops";
import { listShopTrades } from "@/lib/discovery/list-shop-trades";
import { distanceKm } from "@/lib/geo/distance";

// Real places: the viewer is in Rochefort; shops there, in La Rochelle, Saintes and Paris.
const ROCHEFORT = { latitude: 45.9421, longitude: -0.9588 };
const PLACES = {
  rochefort: { latitude: 45.937, longitude: -0.961, city: "Rochefort" },
  laRochelle: { latitude: 46.1591, longitude: -1.152, city: "La Rochelle" },
  saintes: { latitude: 45.7464, longitude: -0.6333, city: "Saintes" },
  paris: { latitude: 48.8566, longitude: 2.3522, city: "Paris" },
};
const ALWAYS_OPEN = Array.from({ length: 7 }, () => [{ open: "00:00", close: "23:59" }]);
const NEVER_OPEN = [[], [], [], [], [], [], []];
// A Wednesday at noon in Paris (10:00 UTC in winter): shops open 09:00–19:00 are open.
const WEDNESDAY_NOON = new Date("2026-11-25T11:00:00Z");
const WEEKDAYS_9_TO_7 = [0, 1, 2, 3, 4].map(() => [{ open: "09:00", close: "19:00" }]).concat([[], []]);

const fromViewer = (place: keyof typeof PLACES) =>
  distanceKm(
    { lat: ROCHEFORT.latitude, lng: ROCHEFORT.longitude },
    { lat: PLACES[place].latitude, lng: PLACES[place].longitude },
  );
const APPROVED_WITH_PLACE = [
  { name: "Zébulon Paris", place: "paris" },
  { name: "Aubergine Saintes", place: "saintes" },
  { name: "Mie de La Rochelle", place: "laRochelle" },
  { name: "Le Quai Rochefort", place: "rochefort" },
] as const;
/** The approved shops by great-circle distance from the viewer, computed here independently. */
const byDistance = (maxKm = Infinity) =>
  APPROVED_WITH_PLACE.filter((shop) => fromViewer(shop.place) <= maxKm)
    .sort((a, b) => fromViewer(a.place) - fromViewer(b.place))
    .map((shop) => shop.name);

let counter = 0;
async function createShop(options: {
  name: string;
  place?: keyof typeof PLACES | null;
  status?: "DRAFT" | "PENDING" | "APPROVED" | "REJECTED" | "SUSPENDED";
  trade?: string;
  openingHours?: unknown;
}) {
  counter += 1;
  const db = getDb();
  const owner = await db.user.create({
    data: { email: `nearby${counter}@example.fr`, name: `Owner ${counter}`, passwordHash: "x", role: "VENDOR" },
  });
  const place = options.place ? PLACES[options.place] : null;
  return db.shop.create({
    data: {
      slug: `nearby-${counter}`,
      name: options.name,
      trade: options.trade ?? "Épicerie",
      status: options.status ?? "APPROVED",
      ownerId: owner.id,
      city: place?.city ?? null,
      latitude: place?.latitude ?? null,
      longitude: place?.longitude ?? null,
      openingHours: (options.openingHours ?? WEEKDAYS_9_TO_7) as object,
    },
  });
}

beforeAll(async () => {
  await createShop({ name: "Zébulon Paris", place: "paris", trade: "Fromagerie" });
  await createShop({ name: "Aubergine Saintes", place: "saintes", trade: "Primeur", openingHours: ALWAYS_OPEN });
  await createShop({ name: "Mie de La Rochelle", place: "laRochelle", trade: "Boulangerie", openingHours: NEVER_OPEN });
  await createShop({ name: "Le Quai Rochefort", place: "rochefort", trade: "Boulangerie" });
  await createShop({ name: "Sans adresse", place: null, trade: "Primeur" });
  for (const status of ["DRAFT", "PENDING", "REJECTED", "SUSPENDED"] as const) {
    await createShop({ name: `Hidden ${status}`, place: "rochefort", status, trade: "Caviste" });
  }
});

describe("listNearbyShops", () => {
  it("lists approved shops only, nearest first, with real distances, those without coordinates last", async () => {
    const { shops, total } = await listNearbyShops({ near: ROCHEFORT, at: WEDNESDAY_NOON });
    expect(total).toBe(5);
    expect(shops.map((shop) => shop.name)).toEqual([...byDistance(), "Sans adresse"]);
    expect(shops[0].name).toBe("Le Quai Rochefort");
    for (const shop of shops) {
      if (shop.latitude === null || shop.longitude === null) {
        expect(shop.distanceKm).toBeNull();
        continue;
      }
      const expected = distanceKm(
        { lat: ROCHEFORT.latitude, lng: ROCHEFORT.longitude },
        { lat: shop.latitude, lng: shop.longitude },
      );
      expect(Math.abs((shop.distanceKm ?? Number.NaN) - expected)).toBeLessThan(expected * 0.01 + 0.05);
    }
    expect(shops[0].distanceKm).toBeLessThan(1);
  });

  it("keeps to the radius when one is given", async () => {
    const { shops } = await listNearbyShops({ near: ROCHEFORT, radiusKm: 50, at: WEDNESDAY_NOON });
    expect(shops.map((shop) => shop.name)).toEqual(byDistance(50));
    expect(shops.map((shop) => shop.name)).not.toContain("Zébulon Paris");
    expect(shops.every((shop) => (shop.distanceKm ?? Infinity) <= 50)).toBe(true);
  });

  it("without a location lists by name, without distances", async () => {
    const { shops } = await listNearbyShops({ at: WEDNESDAY_NOON });
    const names = shops.map((shop) => shop.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "fr")));
    expect(names).toHaveLength(5);
    expect(shops.every((shop) => shop.distanceKm === null)).toBe(true);
  });

  it("filters by trade", async () => {
    const { shops, total } = await listNearbyShops({ near: ROCHEFORT, trade: "Boulangerie", at: WEDNESDAY_NOON });
    expect(total).toBe(2);
    expect(shops.map((shop) => shop.name)).toEqual(["Le Quai Rochefort", "Mie de La Rochelle"]);
    expect(await listNearbyShops({ trade: "Caviste" })).toMatchObject({ total: 0, shops: [] });
  });

  it("filters the shops open now, judged in Paris time", async () => {
    const noon = await listNearbyShops({ near: ROCHEFORT, openNow: true, at: WEDNESDAY_NOON });
    expect(noon.shops.map((shop) => shop.name)).toEqual([
      ...byDistance().filter((name) => name !== "Mie de La Rochelle"),
      "Sans adresse",
    ]);
    expect(noon.shops.every((shop) => shop.openNow)).toBe(true);
    // Sunday 10:00 in Paris: only the shop open every day.
    const sunday = await listNearbyShops({ near: ROCHEFORT, openNow: true, at: new Date("2026-11-29T09:00:00Z") });
    expect(sunday.shops.map((shop) => shop.name)).toEqual(["Aubergine Saintes"]);
    expect(sunday.total).toBe(1);
    // Marked closed, not hidden, without the filter.
    const all = await listNearbyShops({ near: ROCHEFORT, at: new Date("2026-11-29T09:00:00Z") });
    expect(all.shops.find((shop) => shop.name === "Le Quai Rochefort")?.openNow).toBe(false);
  });

  it("pages through every shop once, in the same order", async () => {
    const whole = await listNearbyShops({ near: ROCHEFORT, at: WEDNESDAY_NOON });
    const pages = await Promise.all(
      [1, 2, 3].map((page) => listNearbyShops({ near: ROCHEFORT, page, pageSize: 2, at: WEDNESDAY_NOON })),
    );
    expect(pages.map((result) => result.pageCount)).toEqual([3, 3, 3]);
    expect(pages.flatMap((result) => result.shops.map((shop) => shop.id))).toEqual(whole.shops.map((shop) => shop.id));
    const openPages = await Promise.all(
      [1, 2].map((page) => listNearbyShops({ near: ROCHEFORT, openNow: true, page, pageSize: 3, at: WEDNESDAY_NOON })),
    );
    expect(openPages.map((result) => result.shops.length)).toEqual([3, 1]);
    expect(openPages[0].pageCount).toBe(2);
    expect((await listNearbyShops({ page: 99 })).shops).toEqual([]);
  });
});

describe("listShopTrades", () => {
  it("gives the trades of approved shops only", async () => {
    const trades = await listShopTrades();
    expect([...trades].sort()).toEqual(["Boulangerie", "Fromagerie", "Primeur"]);
    expect(trades).not.toContain("Caviste"); // only shops not approved have it
  });
});

describe("listNearbyProducts", () => {
  it("shows the nearest shops' online products first, a few per shop, never another shop's hidden ones", async () => {
    const db = getDb();
    const shops = await db.shop.findMany({ select: { id: true, name: true, status: true } });
    const byName = new Map(shops.map((shop) => [shop.name, shop]));
    let n = 0;
    async function product(shopName: string, status: "ACTIVE" | "DRAFT" = "ACTIVE") {
      n += 1;
      return db.product.create({
        data: {
          shopId: byName.get(shopName)!.id,
          title: `${shopName} produit ${n}`,
          slug: `nearby-product-${n}`,
          priceAmount: 100 * n,
          status,
          publishedAt: new Date(Date.UTC(2026, 0, n)),
        },
      });
    }
    for (let i = 0; i < 3; i++) await product("Le Quai Rochefort");
    await product("Le Quai Rochefort", "DRAFT");
    await product("Aubergine Saintes");
    await product("Zébulon Paris");
    await product("Hidden PENDING");

    const products = await listNearbyProducts({ near: ROCHEFORT, radiusKm: 50, take: 8, perShop: 2 });
    const shopOf = (title: string) => title.replace(/ produit \d+$/, "");
    expect(products.map((p) => shopOf(p.title))).toEqual([
      "Le Quai Rochefort",
      "Le Quai Rochefort",
      "Aubergine Saintes",
      "Le Quai Rochefort",
    ]);
    expect(products[0].distanceKm).toBeLessThan(products[2].distanceKm);
    expect(await listNearbyProducts({ near: PLACES.paris, radiusKm: 1 })).toHaveLength(1);
  });
});
