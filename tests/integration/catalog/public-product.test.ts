import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getCategoryBySlug } from "@/lib/catalog/get-category-by-slug";
import { getPublicProduct } from "@/lib/catalog/get-public-product";
import { CATEGORY_PAGE_SIZE, listCategoryProducts } from "@/lib/catalog/list-category-products";
import { listMoreFromShop } from "@/lib/catalog/list-more-from-shop";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { listSitemapEntries } from "@/lib/seo/list-sitemap-entries";
import { createShop, createUser } from "../sellers/fixtures";

const unique = () => randomBytes(4).toString("hex");

let vendor: Actor;
beforeAll(async () => {
  vendor = await createUser("VENDOR");
});

async function category(parentId: string | null = null, prohibited = false) {
  const slug = `cat-${unique()}`;
  return getDb().category.create({
    data: { slug, names: { fr: `Rayon ${slug}`, en: `Aisle ${slug}` }, parentId, prohibited },
  });
}

async function approvedShop(data: Partial<Prisma.ShopUncheckedCreateInput> = {}) {
  return createShop(vendor, {
    status: "APPROVED",
    latitude: 45.94,
    longitude: -0.96,
    postalEnabled: true,
    postalCountries: ["FR"],
    postageDueOnDelivery: true,
    handlingDays: 3,
    payoutIban: "FR7630006000011234567890189",
    payoutHolderName: "Secret Holder",
    ...data,
  });
}

async function product(shopId: string, data: Partial<Prisma.ProductUncheckedCreateInput> = {}) {
  const slug = `p-${unique()}`;
  return getDb().product.create({
    data: {
      shopId,
      slug,
      title: `Produit ${slug}`,
      priceAmount: 1250,
      status: "ACTIVE",
      stockTracked: true,
      stock: 4,
      sku: `SKU-${slug}`,
      weightGrams: 321,
      moderationReason: null,
      ...data,
    },
  });
}

describe("getPublicProduct", () => {
  it("returns a visible product with its shop, images and category path", async () => {
    const shop = await approvedShop();
    const parent = await category();
    const child = await category(parent.id);
    const created = await product(shop.id, {
      categoryId: child.id,
      compareAtAmount: 1500,
      estimatedPrice: true,
      priceUnit: "kg",
    });
    await getDb().productImage.createMany({
      data: [
        { productId: created.id, url: "/files/b.webp", alt: "second", position: 1, width: 800, height: 600 },
        {
          productId: created.id,
          url: "/files/a.webp",
          alt: "first",
          position: 0,
          variants: [{ width: 320, url: "/files/a-320.webp" }],
        },
      ],
    });

    const found = await getPublicProduct(created.slug, "en");
    expect(found).toMatchObject({
      id: created.id,
      title: created.title,
      priceAmount: 1250,
      compareAtAmount: 1500,
      estimatedPrice: true,
      priceUnit: "kg",
      stockState: "IN_STOCK",
      categoryPath: [
        { slug: parent.slug, name: `Aisle ${parent.slug}` },
        { slug: child.slug, name: `Aisle ${child.slug}` },
      ],
      shop: {
        slug: shop.slug,
        name: shop.name,
        delivery: { postal: true, postageDueOnDelivery: true, handlingDays: 3 },
      },
    });
    expect(found?.images.map((image) => image.alt)).toEqual(["first", "second"]);
    expect(found?.images[0]?.variants).toEqual([{ width: 320, url: "/files/a-320.webp" }]);
  });

  it("tells the stock state without the stock count", async () => {
    const shop = await approvedShop();
    const out = await product(shop.id, { stock: 0 });
    const untracked = await product(shop.id, { stockTracked: false, stock: 0 });
    expect((await getPublicProduct(out.slug, "fr"))?.stockState).toBe("OUT_OF_STOCK");
    expect((await getPublicProduct(untracked.slug, "fr"))?.stockState).toBe("NOT_TRACKED");
  });

  it("exposes no private field of the product or the shop", async () => {
    const shop = await approvedShop();
    const created = await product(shop.id);
    const found = await getPublicProduct(created.slug, "fr");
    const json = JSON.stringify(found);
    for (const secret of [created.sku!, "FR7630006000011234567890189", "Secret Holder", vendor.id])
      expect(json).not.toContain(secret);
    expect(found).not.toHaveProperty("stock");
    expect(found).not.toHaveProperty("sku");
    expect(found).not.toHaveProperty("weightGrams");
    expect(found).not.toHaveProperty("moderationReason");
    expect(found?.shop).not.toHaveProperty("payoutIban");
    expect(found?.shop).not.toHaveProperty("ownerId");
    expect(found?.shop).not.toHaveProperty("status");
  });

  it("answers null for what a shopper may not see", async () => {
    const shop = await approvedShop();
    const suspended = await approvedShop({ status: "SUSPENDED" });
    const pending = await approvedShop({ status: "PENDING" });
    const prohibitedParent = await category(null, true);
    const underProhibited = await category(prohibitedParent.id);
    const hidden = [
      await product(shop.id, { status: "DRAFT" }),
      await product(shop.id, { status: "ARCHIVED" }),
      await product(suspended.id),
      await product(pending.id),
      await product(shop.id, { categoryId: prohibitedParent.id }),
      await product(shop.id, { categoryId: underProhibited.id }),
      await product(shop.id, { stock: 0, hideWhenOutOfStock: true }),
    ];
    for (const p of hidden) expect(await getPublicProduct(p.slug, "fr"), p.slug).toBeNull();
    expect(await getPublicProduct("no-such-product", "fr")).toBeNull();
    expect(await getPublicProduct("", "fr")).toBeNull();
  });
});

describe("listMoreFromShop", () => {
  it("lists the shop's other visible products, never itself, hidden ones or another shop's", async () => {
    const shop = await approvedShop();
    const other = await approvedShop();
    const current = await product(shop.id);
    const visible = [await product(shop.id), await product(shop.id, { stockTracked: false })];
    const draft = await product(shop.id, { status: "DRAFT" });
    const hiddenOut = await product(shop.id, { stock: 0, hideWhenOutOfStock: true });
    const elsewhere = await product(other.id);

    const ids = (await listMoreFromShop({ shopId: shop.id, excludeProductId: current.id })).map((p) => p.id);
    expect(ids.sort()).toEqual(visible.map((p) => p.id).sort());
    for (const excluded of [current, draft, hiddenOut, elsewhere]) expect(ids).not.toContain(excluded.id);
  });

  it("lists nothing for a shop that is not approved", async () => {
    const suspended = await approvedShop({ status: "SUSPENDED" });
    const current = await product(suspended.id);
    await product(suspended.id);
    expect(await listMoreFromShop({ shopId: suspended.id, excludeProductId: current.id })).toEqual([]);
  });

  it("stops at the requested count", async () => {
    const shop = await approvedShop();
    const current = await product(shop.id);
    for (let i = 0; i < 10; i++) await product(shop.id);
    expect(await listMoreFromShop({ shopId: shop.id, excludeProductId: current.id })).toHaveLength(8);
  });
});

describe("category pages", () => {
  it("list the category's and its subcategories' visible products, never a prohibited branch", async () => {
    const shop = await approvedShop();
    const root = await category();
    const child = await category(root.id);
    const grandchild = await category(child.id);
    const banned = await category(root.id, true);
    const sibling = await category();
    const inRoot = await product(shop.id, { categoryId: root.id });
    const inChild = await product(shop.id, { categoryId: child.id });
    const inGrandchild = await product(shop.id, { categoryId: grandchild.id });
    const inBanned = await product(shop.id, { categoryId: banned.id });
    const inSibling = await product(shop.id, { categoryId: sibling.id });
    const draft = await product(shop.id, { categoryId: child.id, status: "DRAFT" });

    const page = await listCategoryProducts(root.id);
    const ids = page.products.map((p) => p.id);
    expect(ids.sort()).toEqual([inRoot.id, inChild.id, inGrandchild.id].sort());
    expect(page.total).toBe(3);
    for (const excluded of [inBanned, inSibling, draft]) expect(ids).not.toContain(excluded.id);
    expect((await listCategoryProducts(child.id)).products.map((p) => p.id).sort()).toEqual(
      [inChild.id, inGrandchild.id].sort(),
    );
    expect((await listCategoryProducts(banned.id)).products).toEqual([]);
  });

  it("paginate without overlap", async () => {
    const shop = await approvedShop();
    const root = await category();
    const all = [];
    for (let i = 0; i < CATEGORY_PAGE_SIZE + 3; i++) all.push(await product(shop.id, { categoryId: root.id }));
    const first = await listCategoryProducts(root.id, { page: 1 });
    const second = await listCategoryProducts(root.id, { page: 2 });
    expect(first.products).toHaveLength(CATEGORY_PAGE_SIZE);
    expect(second.products).toHaveLength(3);
    expect(first.pageCount).toBe(2);
    const seen = new Set([...first.products, ...second.products].map((p) => p.id));
    expect(seen.size).toBe(all.length);
    expect((await listCategoryProducts(root.id, { page: 3 })).products).toEqual([]);
  });

  it("find a category with its ancestors and browsable children; a prohibited one is not found", async () => {
    const root = await category();
    const child = await category(root.id);
    const grandchild = await category(child.id);
    const bannedChild = await category(child.id, true);
    const belowBanned = await category(bannedChild.id);

    const found = await getCategoryBySlug(child.slug, "fr");
    expect(found).toMatchObject({
      id: child.id,
      name: `Rayon ${child.slug}`,
      ancestors: [{ slug: root.slug, name: `Rayon ${root.slug}` }],
    });
    expect(found?.children.map((c) => c.slug)).toEqual([grandchild.slug]);
    expect((await getCategoryBySlug(grandchild.slug, "en"))?.ancestors.map((a) => a.slug)).toEqual([
      root.slug,
      child.slug,
    ]);
    expect(await getCategoryBySlug(bannedChild.slug, "fr")).toBeNull();
    expect(await getCategoryBySlug(belowBanned.slug, "fr")).toBeNull();
    expect(await getCategoryBySlug("no-such-category", "fr")).toBeNull();
  });
});

describe("listSitemapEntries", () => {
  it("lists only public shops, products and categories", async () => {
    const shop = await approvedShop();
    const pending = await approvedShop({ status: "PENDING" });
    const suspended = await approvedShop({ status: "SUSPENDED" });
    const allowed = await category();
    const banned = await category(null, true);
    const belowBanned = await category(banned.id);
    const visible = await product(shop.id, { categoryId: allowed.id });
    const hidden = [
      await product(shop.id, { status: "DRAFT" }),
      await product(pending.id),
      await product(suspended.id),
      await product(shop.id, { categoryId: belowBanned.id }),
      await product(shop.id, { stock: 0, hideWhenOutOfStock: true }),
    ];

    const { shops, products, categories } = await listSitemapEntries();
    const shopPaths = shops.map((e) => e.path);
    const productPaths = products.map((e) => e.path);
    const categoryPaths = categories.map((e) => e.path);
    expect(shopPaths).toContain(`/shops/${shop.slug}`);
    expect(shopPaths).not.toContain(`/shops/${pending.slug}`);
    expect(shopPaths).not.toContain(`/shops/${suspended.slug}`);
    expect(productPaths).toContain(`/p/${visible.slug}`);
    for (const p of hidden) expect(productPaths).not.toContain(`/p/${p.slug}`);
    expect(categoryPaths).toContain(`/c/${allowed.slug}`);
    expect(categoryPaths).not.toContain(`/c/${banned.slug}`);
    expect(categoryPaths).not.toContain(`/c/${belowBanned.slug}`);
    expect(products.find((e) => e.path === `/p/${visible.slug}`)?.lastModified).toBeInstanceOf(Date);
  });
});
