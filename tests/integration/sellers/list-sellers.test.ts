import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { listSellers, SELLERS_PAGE_SIZE } from "@/lib/sellers/list-sellers";
import { createShop, createUser } from "./fixtures";

let operator: Actor;
let vendor: Actor;

// This file's database holds only the shops created here.
beforeAll(async () => {
  operator = await createUser("OPERATOR");
  vendor = await createUser("VENDOR", "Nadia Torréfactrice");
  const base = new Date("2026-10-01T08:00:00Z").getTime();
  for (let index = 0; index < SELLERS_PAGE_SIZE + 3; index += 1) {
    // Submitted in reverse creation order: the queue must follow submission, not creation.
    await createShop(vendor, {
      status: "PENDING",
      name: `Attente ${index}`,
      city: "Lyon",
      submittedAt: new Date(base - index * 60_000),
    });
  }
  await createShop(vendor, { status: "APPROVED", name: "Brûlerie du Quai", city: "Nantes" });
  await createShop(vendor, { status: "APPROVED", name: "Fromagerie Dupont", city: "Évreux", reviewPending: true });
  await createShop(vendor, { status: "REJECTED", name: "Épicerie fine", city: "Saint-Étienne" });
  await createShop(vendor, { status: "SUSPENDED", name: "Cave à vins", city: "Bordeaux" });
  await createShop(vendor, { status: "DRAFT", name: "Atelier brouillon", city: null });
});

describe("listSellers", () => {
  it("shows pending applications by default, first submitted first, 20 per page", async () => {
    const first = await listSellers(operator);
    expect(first).toMatchObject({ filter: "PENDING", page: 1, pages: 2, total: SELLERS_PAGE_SIZE + 3 });
    expect(first.shops).toHaveLength(SELLERS_PAGE_SIZE);
    const submitted = first.shops.map((shop) => shop.submittedAt!.getTime());
    expect(submitted).toEqual([...submitted].sort((a, b) => a - b));
    expect(first.shops.every((shop) => shop.status === "PENDING")).toBe(true);
    expect(first.shops[0].owner).toEqual({ name: vendor.name, email: vendor.email });

    const second = await listSellers(operator, { page: 2 });
    expect(second.shops).toHaveLength(3);
    const ids = new Set([...first.shops, ...second.shops].map((shop) => shop.id));
    expect(ids.size).toBe(SELLERS_PAGE_SIZE + 3);
    expect(second.shops[2].submittedAt!.getTime()).toBeGreaterThan(first.shops[0].submittedAt!.getTime());
  });

  it("clamps an out-of-range page", async () => {
    expect((await listSellers(operator, { page: 99 })).page).toBe(2);
    expect((await listSellers(operator, { page: -3 })).page).toBe(1);
    expect((await listSellers(operator, { page: Number.NaN })).page).toBe(1);
  });

  it("filters by each status, by changes under review, or shows all; counts every filter", async () => {
    const db = getDb();
    for (const filter of ["APPROVED", "REJECTED", "SUSPENDED", "DRAFT"] as const) {
      const list = await listSellers(operator, { filter: filter.toLowerCase() });
      expect(list.filter).toBe(filter);
      expect(list.total).toBe(await db.shop.count({ where: { status: filter } }));
      expect(list.shops.every((shop) => shop.status === filter)).toBe(true);
    }
    const review = await listSellers(operator, { filter: "review" });
    expect(review.shops.map((shop) => shop.name)).toEqual(["Fromagerie Dupont"]);
    expect(review.shops[0].reviewPending).toBe(true);

    const all = await listSellers(operator, { filter: "all" });
    expect(all.total).toBe(await db.shop.count());
    expect(all.counts).toEqual({
      PENDING: SELLERS_PAGE_SIZE + 3,
      REVIEW: 1,
      APPROVED: 2,
      REJECTED: 1,
      SUSPENDED: 1,
      LAPSED: 0,
      CLOSED: 0,
      DRAFT: 1,
      ALL: SELLERS_PAGE_SIZE + 8,
    });
    expect((await listSellers(operator, { filter: "nonsense" })).filter).toBe("PENDING");
  });

  it("searches by shop name or city, ignoring case and accents", async () => {
    const names = async (query: string, filter = "all") =>
      (await listSellers(operator, { filter, query })).shops.map((shop) => shop.name).sort();
    expect(await names("brulerie")).toEqual(["Brûlerie du Quai"]);
    expect(await names("BRÛLERIE")).toEqual(["Brûlerie du Quai"]);
    expect(await names("evreux")).toEqual(["Fromagerie Dupont"]);
    expect(await names("saint-etienne")).toEqual(["Épicerie fine"]);
    expect(await names("epicerie")).toEqual(["Épicerie fine"]);
    expect(await names("nantes", "pending")).toEqual([]);
    expect(await names("100%")).toEqual([]);
    expect(await names("_")).toEqual([]);
    const search = await listSellers(operator, { filter: "pending", query: "lyon" });
    expect(search.total).toBe(SELLERS_PAGE_SIZE + 3);
    expect(search.counts.APPROVED).toBe(0);
    expect(search.query).toBe("lyon");
  });
});
