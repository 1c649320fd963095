import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { listMyProductCategories } from "@/lib/catalog/products/list-my-product-categories";
import { listMyProducts, LOW_STOCK_THRESHOLD, PRODUCT_LIST_PAGE_SIZE } from "@/lib/catalog/products/list-my-products";
import { getDb } from "@/lib/db";
import { createShop, createUser, refusal } from "../sellers/fixtures";
import { createProduct } from "./product-list-fixtures";

let vendor: Actor;
let otherVendor: Actor;

beforeAll(async () => {
  vendor = await createUser("VENDOR");
  otherVendor = await createUser("VENDOR");
});

const ids = (page: { rows: { id: string }[] }) => page.rows.map((row) => row.id);

describe("listMyProducts", () => {
  it("lists the shop's products but not archived ones by default, with the fields the list shows", async () => {
    const shop = await createShop(vendor, { status: "APPROVED" });
    const category = await getDb().category.create({
      data: { slug: `cat-${shop.id}`, names: { fr: "Épicerie", en: "Grocery" } },
    });
    const draft = await createProduct(shop.id, { status: "DRAFT", sku: "MIEL-01", categoryId: category.id });
    const active = await createProduct(shop.id, { status: "ACTIVE", moderationReason: "Photo floue" });
    const archived = await createProduct(shop.id, { status: "ARCHIVED" });
    const elsewhere = await createProduct((await createShop(otherVendor)).id, { status: "ACTIVE" });

    const page = await listMyProducts(vendor, shop.id, {}, "en");
    expect(ids(page).sort()).toEqual([draft.id, active.id].sort());
    expect(page).toMatchObject({ total: 2, page: 1, pageCount: 1, shopHasProducts: true });
    expect(ids(page)).not.toContain(archived.id);
    expect(ids(page)).not.toContain(elsewhere.id);
    const row = page.rows.find((r) => r.id === draft.id)!;
    expect(row).toEqual({
      id: draft.id,
      title: draft.title,
      sku: "MIEL-01",
      thumbnailUrl: expect.stringMatching(/^\/files\//),
      priceAmount: draft.priceAmount,
      currency: "EUR",
      estimatedPrice: false,
      stockTracked: true,
      stock: draft.stock,
      status: "DRAFT",
      categoryName: "Grocery",
      moderationReason: null,
      updatedAt: draft.updatedAt,
    });
    expect(page.rows.find((r) => r.id === active.id)?.moderationReason).toBe("Photo floue");

    expect(ids(await listMyProducts(vendor, shop.id, { status: "ARCHIVED" }, "fr"))).toEqual([archived.id]);
    expect(ids(await listMyProducts(vendor, shop.id, { status: "ACTIVE" }, "fr"))).toEqual([active.id]);
    expect(ids(await listMyProducts(vendor, shop.id, { status: "all" }, "fr"))).toHaveLength(3);
    expect(ids(await listMyProducts(vendor, shop.id, { category: category.id }, "fr"))).toEqual([draft.id]);
  });

  it("searches title and SKU, ignoring letter case", async () => {
    const shop = await createShop(vendor);
    const honey = await createProduct(shop.id, { title: "Miel de lavande", sku: "API-001" });
    const jam = await createProduct(shop.id, { title: "Confiture de figues", sku: "CONF-7" });
    expect(ids(await listMyProducts(vendor, shop.id, { q: "MIEL" }, "fr"))).toEqual([honey.id]);
    expect(ids(await listMyProducts(vendor, shop.id, { q: "conf-" }, "fr"))).toEqual([jam.id]);
    expect(ids(await listMyProducts(vendor, shop.id, { q: "de " }, "fr")).sort()).toEqual([honey.id, jam.id].sort());
    const none = await listMyProducts(vendor, shop.id, { q: "introuvable" }, "fr");
    expect(none).toMatchObject({ rows: [], total: 0, shopHasProducts: true });
  });

  it("filters by stock: in stock, out of stock, not tracked, low", async () => {
    const shop = await createShop(vendor);
    const plenty = await createProduct(shop.id, { stock: LOW_STOCK_THRESHOLD + 10 });
    const low = await createProduct(shop.id, { stock: LOW_STOCK_THRESHOLD });
    const out = await createProduct(shop.id, { stock: 0 });
    const untracked = await createProduct(shop.id, { stockTracked: false, stock: 0 });
    const list = async (stock: string) => ids(await listMyProducts(vendor, shop.id, { stock }, "fr")).sort();
    expect(await list("inStock")).toEqual([plenty.id, low.id, untracked.id].sort());
    expect(await list("outOfStock")).toEqual([out.id]);
    expect(await list("notTracked")).toEqual([untracked.id]);
    expect(await list("low")).toEqual([low.id]);
    expect(await list("nonsense")).toHaveLength(4);
  });

  it("sorts by date, title, price and stock", async () => {
    const shop = await createShop(vendor);
    const base = Date.now() - 100_000;
    for (const [index, [title, price, stock]] of (
      [
        ["Cerise", 300, 7],
        ["abricot", 900, 2],
        ["Banane", 100, 40],
      ] as const
    ).entries()) {
      await createProduct(shop.id, { title, priceAmount: price, stock, createdAt: new Date(base + index * 1000) });
    }
    const rows = async (sort: string) => (await listMyProducts(vendor, shop.id, { sort }, "fr")).rows;
    const newest = await rows("newest");
    expect(newest.map((r) => r.title)).toEqual(["Banane", "abricot", "Cerise"]);
    expect((await rows("oldest")).map((r) => r.title)).toEqual(["Cerise", "abricot", "Banane"]);
    // A–Z ignores letter case, as a reader expects.
    const titles = (await rows("titleAsc")).map((r) => r.title);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, "fr", { sensitivity: "base" })));
    const prices = (await rows("priceAsc")).map((r) => r.priceAmount);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
    const pricesDesc = (await rows("priceDesc")).map((r) => r.priceAmount);
    expect(pricesDesc).toEqual([...pricesDesc].sort((a, b) => b - a));
    const stocks = (await rows("stockAsc")).map((r) => r.stock);
    expect(stocks).toEqual([...stocks].sort((a, b) => a - b));
  });

  it("pages 25 at a time with the total; pages never overlap; a page past the end shows the last", async () => {
    const shop = await createShop(vendor);
    const count = PRODUCT_LIST_PAGE_SIZE + 3;
    for (let i = 0; i < count; i += 1)
      await createProduct(shop.id, { title: `Article ${String(i).padStart(2, "0")}` }, { photo: false });
    const first = await listMyProducts(vendor, shop.id, { sort: "titleAsc" }, "fr");
    const second = await listMyProducts(vendor, shop.id, { sort: "titleAsc", page: "2" }, "fr");
    expect(first).toMatchObject({ total: count, pageCount: 2, page: 1 });
    expect(first.rows).toHaveLength(PRODUCT_LIST_PAGE_SIZE);
    expect(second.rows).toHaveLength(count - PRODUCT_LIST_PAGE_SIZE);
    expect(new Set([...ids(first), ...ids(second)]).size).toBe(count);
    expect((await listMyProducts(vendor, shop.id, { sort: "titleAsc", page: "99" }, "fr")).page).toBe(2);
    expect((await listMyProducts(vendor, shop.id, { page: "-3" }, "fr")).page).toBe(1);
  });

  it("tells an empty shop apart from a search without results", async () => {
    const shop = await createShop(vendor);
    expect(await listMyProducts(vendor, shop.id, { q: "x" }, "fr")).toMatchObject({
      rows: [],
      total: 0,
      shopHasProducts: false,
    });
  });

  it("is refused to anyone but the shop's own vendor", async () => {
    const shop = await createShop(vendor);
    await createProduct(shop.id);
    const shopper = await createUser("SHOPPER");
    const operator = await createUser("OPERATOR");
    for (const [actor, code] of [
      [null, "UNAUTHENTICATED"],
      [shopper, "FORBIDDEN"],
      [operator, "FORBIDDEN"],
      [otherVendor, "NOT_FOUND"],
    ] as const) {
      expect((await refusal(listMyProducts(actor, shop.id, {}, "fr"))).code).toBe(code);
    }
    expect((await refusal(listMyProducts(vendor, "missing-shop", {}, "fr"))).code).toBe("NOT_FOUND");
  });
});

describe("listMyProductCategories", () => {
  it("offers the categories the shop's products are in, named in the locale, and only to the owner", async () => {
    const shop = await createShop(vendor);
    const used = await getDb().category.create({
      data: { slug: `used-${shop.id}`, names: { fr: "Miels", en: "Honey" } },
    });
    const unused = await getDb().category.create({
      data: { slug: `unused-${shop.id}`, names: { fr: "Vins", en: "Wine" } },
    });
    await createProduct(shop.id, { categoryId: used.id });
    await createProduct((await createShop(otherVendor)).id, { categoryId: unused.id });
    expect(await listMyProductCategories(vendor, shop.id, "en")).toEqual([{ id: used.id, name: "Honey" }]);
    const shopper = await createUser("SHOPPER");
    for (const [actor, code] of [
      [null, "UNAUTHENTICATED"],
      [shopper, "FORBIDDEN"],
      [otherVendor, "NOT_FOUND"],
    ] as const) {
      expect((await refusal(listMyProductCategories(actor, shop.id, "fr"))).code).toBe(code);
    }
  });
});
