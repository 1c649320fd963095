import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { deleteProducts } from "@/lib/catalog/products/delete-products";
import { MAX_BULK_PRODUCTS, type ProductIdsInput } from "@/lib/catalog/products/owned-products";
import { setProductsStatus } from "@/lib/catalog/products/set-products-status";
import { getDb } from "@/lib/db";
import { createShop, createUser, refusal } from "../sellers/fixtures";
import { createProduct, orderProduct, productsSnapshot } from "./product-list-fixtures";

let vendor: Actor;
let otherVendor: Actor;
let shopId: string;
let secondShopId: string;

beforeAll(async () => {
  vendor = await createUser("VENDOR");
  otherVendor = await createUser("VENDOR");
  shopId = (await createShop(vendor, { status: "APPROVED" })).id;
  secondShopId = (await createShop(vendor, { status: "APPROVED" })).id;
});

const statuses = async (ids: string[]) =>
  Object.fromEntries(
    (await getDb().product.findMany({ where: { id: { in: ids } }, select: { id: true, status: true } })).map((p) => [
      p.id,
      p.status,
    ]),
  );

describe("setProductsStatus", () => {
  it("publishes complete products, refuses incomplete ones with what they lack, and audits", async () => {
    const ready = await createProduct(shopId);
    const readyElsewhere = await createProduct(secondShopId);
    const noPhoto = await createProduct(shopId, { title: "Miel" }, { photo: false });
    const bare = await createProduct(shopId, { shortDescription: " ", priceAmount: 0 }, { photo: false });
    const prohibited = await getDb().category.create({
      data: { slug: `banned-${shopId}`, names: { fr: "Interdit" }, prohibited: true },
    });
    const banned = await createProduct(shopId, { categoryId: prohibited.id });

    const result = await setProductsStatus(vendor, {
      productIds: [ready.id, readyElsewhere.id, noPhoto.id, bare.id, banned.id],
      status: "ACTIVE",
    });
    expect(result.updated.sort()).toEqual([ready.id, readyElsewhere.id].sort());
    expect(result.refused).toEqual(
      expect.arrayContaining([
        { id: noPhoto.id, title: "Miel", reasons: ["photo"] },
        { id: bare.id, title: bare.title, reasons: ["shortDescription", "price", "photo"] },
        { id: banned.id, title: banned.title, reasons: ["categoryProhibited"] },
      ]),
    );
    expect(result.refused).toHaveLength(3);
    expect(await statuses([ready.id, readyElsewhere.id, noPhoto.id, bare.id, banned.id])).toEqual({
      [ready.id]: "ACTIVE",
      [readyElsewhere.id]: "ACTIVE",
      [noPhoto.id]: "DRAFT",
      [bare.id]: "DRAFT",
      [banned.id]: "DRAFT",
    });
    const published = await getDb().product.findUniqueOrThrow({ where: { id: ready.id } });
    expect(published.publishedAt).not.toBeNull();
    const audit = await getDb().auditLog.findFirstOrThrow({
      where: { actorId: vendor.id, action: "products.status-active" },
      orderBy: { createdAt: "desc" },
    });
    expect((audit.data as { productIds: string[] }).productIds.sort()).toEqual([ready.id, readyElsewhere.id].sort());
  });

  it("skips a product on moderation hold, keeping its reason, and keeps the first publication date", async () => {
    // docs/security.md, moderation: only an operator lifts a hold.
    const firstPublished = new Date("2026-01-02T10:00:00Z");
    const moderated = await createProduct(shopId, {
      status: "DRAFT",
      moderationReason: "Photo floue",
      moderatedAt: new Date(),
      publishedAt: firstPublished,
    });
    const republished = await createProduct(shopId, { status: "DRAFT", publishedAt: firstPublished });
    const result = await setProductsStatus(vendor, { productIds: [moderated.id, republished.id], status: "ACTIVE" });
    expect(result.held.map((product) => product.id)).toEqual([moderated.id]);
    expect(result.updated).toEqual([republished.id]);
    expect(await getDb().product.findUniqueOrThrow({ where: { id: moderated.id } })).toMatchObject({
      status: "DRAFT",
      moderationReason: "Photo floue",
    });
    expect(await getDb().product.findUniqueOrThrow({ where: { id: republished.id } })).toMatchObject({
      status: "ACTIVE",
      publishedAt: firstPublished,
    });
  });

  it("moves to draft and archives without the publish rule; a product already there is left alone", async () => {
    const online = await createProduct(shopId, { status: "ACTIVE" });
    const incompleteOnline = await createProduct(shopId, { status: "ACTIVE" }, { photo: false });
    const draft = await createProduct(shopId, { status: "DRAFT" });
    const toDraft = await setProductsStatus(vendor, {
      productIds: [online.id, incompleteOnline.id, draft.id],
      status: "DRAFT",
    });
    expect(toDraft.updated.sort()).toEqual([online.id, incompleteOnline.id].sort());
    expect(toDraft.refused).toEqual([]);
    const archived = await setProductsStatus(vendor, { productIds: [online.id, draft.id], status: "ARCHIVED" });
    expect(archived.updated.sort()).toEqual([online.id, draft.id].sort());
    expect(await statuses([online.id, draft.id])).toEqual({ [online.id]: "ARCHIVED", [draft.id]: "ARCHIVED" });
  });

  it("acts on all or none: one foreign or unknown id makes it NOT_FOUND and changes nothing", async () => {
    const mine = await createProduct(shopId, { status: "ACTIVE" });
    const theirs = await createProduct((await createShop(otherVendor)).id, { status: "ACTIVE" });
    const before = await productsSnapshot([mine.id, theirs.id]);
    expect((await refusal(setProductsStatus(vendor, { productIds: [mine.id, theirs.id], status: "DRAFT" }))).code).toBe(
      "NOT_FOUND",
    );
    expect(
      (await refusal(setProductsStatus(vendor, { productIds: [mine.id, "missing"], status: "ARCHIVED" }))).code,
    ).toBe("NOT_FOUND");
    expect(await productsSnapshot([mine.id, theirs.id])).toEqual(before);
  });

  it("refuses an empty or oversized selection with VALIDATION", async () => {
    const mine = await createProduct(shopId);
    const empty = await refusal(setProductsStatus(vendor, { productIds: [], status: "DRAFT" }));
    expect(empty).toMatchObject({ code: "VALIDATION", fieldErrors: { productIds: "productList.errors.noneSelected" } });
    const many = await refusal(
      setProductsStatus(vendor, {
        productIds: Array.from({ length: MAX_BULK_PRODUCTS + 1 }, (_, i) => `${mine.id}-${i}`),
        status: "DRAFT",
      }),
    );
    expect(many).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { productIds: "productList.errors.tooManySelected" },
    });
    // Deliberately malformed, as a forged POST would be.
    const productIds = "all" as unknown as ProductIdsInput["productIds"];
    expect((await refusal(setProductsStatus(vendor, { productIds, status: "DRAFT" }))).code).toBe("VALIDATION");
  });

  it("is refused to anyone but the products' own vendor, changing nothing", async () => {
    const product = await createProduct(shopId, { status: "ACTIVE" });
    const before = await productsSnapshot([product.id]);
    const shopper = await createUser("SHOPPER");
    const operator = await createUser("OPERATOR");
    for (const [actor, code] of [
      [null, "UNAUTHENTICATED"],
      [shopper, "FORBIDDEN"],
      [operator, "FORBIDDEN"],
      [otherVendor, "NOT_FOUND"],
    ] as const) {
      expect((await refusal(setProductsStatus(actor, { productIds: [product.id], status: "ARCHIVED" }))).code).toBe(
        code,
      );
    }
    expect(await productsSnapshot([product.id])).toEqual(before);
  });
});

describe("deleteProducts", () => {
  it("deletes never-ordered products for good and archives ordered ones, whose order lines keep their link", async () => {
    const neverOrdered = await createProduct(shopId, { status: "ACTIVE" });
    const ordered = await createProduct(shopId, { status: "ACTIVE" });
    await orderProduct(ordered);

    const result = await deleteProducts(vendor, { productIds: [neverOrdered.id, ordered.id] });
    expect(result).toEqual({ deleted: [neverOrdered.id], archived: [ordered.id] });
    expect(await getDb().product.findUnique({ where: { id: neverOrdered.id } })).toBeNull();
    expect(await getDb().productImage.count({ where: { productId: neverOrdered.id } })).toBe(0);
    expect((await getDb().product.findUniqueOrThrow({ where: { id: ordered.id } })).status).toBe("ARCHIVED");
    const line = await getDb().orderLine.findFirstOrThrow({ where: { productId: ordered.id } });
    expect(line.titleSnapshot).toBe(ordered.title);
    const audit = await getDb().auditLog.findFirstOrThrow({
      where: { actorId: vendor.id, action: "products.deleted" },
      orderBy: { createdAt: "desc" },
    });
    expect(audit.data).toMatchObject({ deleted: [neverOrdered.id], archived: [ordered.id] });
  });

  it("acts on all or none: one foreign id makes it NOT_FOUND and deletes nothing", async () => {
    const mine = await createProduct(shopId);
    const theirs = await createProduct((await createShop(otherVendor)).id);
    const before = await productsSnapshot([mine.id, theirs.id]);
    expect((await refusal(deleteProducts(vendor, { productIds: [mine.id, theirs.id] }))).code).toBe("NOT_FOUND");
    expect(await productsSnapshot([mine.id, theirs.id])).toEqual(before);
    expect((await refusal(deleteProducts(vendor, { productIds: [] }))).code).toBe("VALIDATION");
  });

  it("is refused to anyone but the products' own vendor, deleting nothing", async () => {
    const product = await createProduct(shopId);
    const before = await productsSnapshot([product.id]);
    const shopper = await createUser("SHOPPER");
    const operator = await createUser("OPERATOR");
    for (const [actor, code] of [
      [null, "UNAUTHENTICATED"],
      [shopper, "FORBIDDEN"],
      [operator, "FORBIDDEN"],
      [otherVendor, "NOT_FOUND"],
    ] as const) {
      expect((await refusal(deleteProducts(actor, { productIds: [product.id] }))).code).toBe(code);
    }
    expect(await productsSnapshot([product.id])).toEqual(before);
  });
});
