// Moderation holds (docs/security.md, moderation): a product an operator unpublished stays offline
// until an operator lifts the hold — whatever its vendor does (publish, bulk publish, quick edit,
// editor, CSV import) — and only an operator lifts it, audited.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { commitCatalogImport } from "@/lib/catalog/csv/commit-import";
import { previewCatalogImport } from "@/lib/catalog/csv/preview-import";
import { updatePlannedRows } from "@/lib/catalog/csv/write-planned-rows";
import { liftProductHold } from "@/lib/catalog/moderation/lift-product-hold";
import { unpublishProduct } from "@/lib/catalog/moderation/unpublish-product";
import { quickEditProduct } from "@/lib/catalog/products/quick-edit-product";
import { setProductsStatus } from "@/lib/catalog/products/set-products-status";
import { updateProduct } from "@/lib/catalog/products/update-product";
import { getDb } from "@/lib/db";
import { unique, validFields } from "../catalog/product-fixtures";
import { createShop, createUser, refusal } from "../sellers/fixtures";

const HELD = "security.review.moderation.held";
const utf8 = (text: string) => new TextEncoder().encode(text);

let operator: Actor;
let shopper: Actor;
let privateDir: string;

beforeAll(async () => {
  operator = await createUser("OPERATOR");
  shopper = await createUser("SHOPPER");
  privateDir = await mkdtemp(path.join(tmpdir(), "halle-holds-"));
  process.env.HALLE_PRIVATE_FILES_DIR = privateDir;
});

afterAll(async () => {
  delete process.env.HALLE_PRIVATE_FILES_DIR;
  await rm(privateDir, { recursive: true, force: true });
});

/** A fresh vendor's approved shop with one online product (complete, with a SKU), then unpublished by an operator. */
async function heldProduct(reason = "Photo trompeuse : elle montre un autre article.") {
  const vendor = await createUser("VENDOR");
  const shop = await createShop(vendor, { status: "APPROVED" });
  const sku = `SKU-${unique()}`;
  const product = await getDb().product.create({
    data: {
      shopId: shop.id,
      slug: `p-${unique()}`,
      sku,
      title: "Vase en grès",
      shortDescription: "Tourné à la main",
      priceAmount: 4500,
      status: "ACTIVE",
      publishedAt: new Date(),
      stockTracked: false,
      images: { create: { url: "/files/test.webp", alt: "photo" } },
    },
  });
  await unpublishProduct(operator, { productId: product.id, reason });
  return { vendor, shop, product, sku, reason };
}

const productOf = (id: string) => getDb().product.findUniqueOrThrow({ where: { id } });

/** What a hold decision may write: the product row, its audit rows and the e-mail to its vendor. */
async function snapshot(productId: string) {
  return {
    product: await productOf(productId),
    audits: await getDb().auditLog.count({ where: { entityType: "Product", entityId: productId } }),
    liftedEmails: await getDb().emailMessage.count({
      where: { template: "product.hold-lifted", data: { path: ["productUrl"], string_ends_with: productId } },
    }),
  };
}

describe("a moderation hold", () => {
  it("is set by the operator's unpublish: reason, who and when", async () => {
    const { product, reason } = await heldProduct();
    expect(await productOf(product.id)).toMatchObject({
      status: "DRAFT",
      moderationReason: reason,
      moderatedById: operator.id,
    });
    expect((await productOf(product.id)).moderatedAt).toBeInstanceOf(Date);
  });

  it("keeps the vendor from publishing it, alone or in bulk (skipped and counted)", async () => {
    const { vendor, shop, product, reason } = await heldProduct();
    const free = await getDb().product.create({
      data: {
        shopId: shop.id,
        slug: `p-${unique()}`,
        title: "Bol",
        shortDescription: "Grès",
        priceAmount: 1500,
        images: { create: { url: "/files/b.webp" } },
      },
    });
    const result = await setProductsStatus(vendor, { productIds: [product.id, free.id], status: "ACTIVE" });
    expect(result.held).toEqual([{ id: product.id, title: "Vase en grès" }]);
    expect(result.updated).toEqual([free.id]);
    expect(await productOf(product.id)).toMatchObject({ status: "DRAFT", moderationReason: reason });
    expect(await productOf(free.id)).toMatchObject({ status: "ACTIVE" });
  });

  it("keeps the vendor's quick edit from publishing it", async () => {
    const { vendor, product } = await heldProduct();
    const before = await snapshot(product.id);
    const error = await refusal(quickEditProduct(vendor, { productId: product.id, locale: "fr", status: "ACTIVE" }));
    expect(error).toMatchObject({ code: "VALIDATION", fieldErrors: { status: HELD } });
    expect(await snapshot(product.id)).toEqual(before);
    // A price change is still fine, and keeps the hold.
    await quickEditProduct(vendor, { productId: product.id, locale: "fr", price: "39,00" });
    expect(await productOf(product.id)).toMatchObject({
      priceAmount: 3900,
      status: "DRAFT",
      moderationReason: before.product.moderationReason,
    });
  });

  it("survives the editor: saving as online is refused, saving a draft keeps the hold and the reason", async () => {
    const { vendor, product, reason } = await heldProduct();
    const before = await snapshot(product.id);
    const error = await refusal(
      updateProduct(vendor, { productId: product.id, locale: "fr", fields: validFields(), status: "ACTIVE" }),
    );
    expect(error).toMatchObject({ code: "VALIDATION", fieldErrors: { status: HELD } });
    expect(await snapshot(product.id)).toEqual(before);

    await updateProduct(vendor, {
      productId: product.id,
      locale: "fr",
      fields: validFields({ title: "Vase en grès, photo corrigée" }),
      status: "DRAFT",
    });
    expect(await productOf(product.id)).toMatchObject({
      title: "Vase en grès, photo corrigée",
      status: "DRAFT",
      moderationReason: reason,
      moderatedById: operator.id,
    });
  });

  it("survives a CSV import: a row putting it online is refused, a draft row keeps the hold", async () => {
    const { vendor, shop, product, sku, reason } = await heldProduct();
    const online = await previewCatalogImport(vendor, {
      shopId: shop.id,
      fileName: "c.csv",
      bytes: utf8(`sku;title;price;short_description;status\n${sku};Vase;45;Grès;online\n`),
    });
    expect(online.errors).toEqual([{ line: 2, column: "status", message: "security.review.moderation.csvHeld" }]);
    await expect(commitCatalogImport(vendor, { importId: online.importId })).rejects.toMatchObject({
      code: "VALIDATION",
    });
    expect(await productOf(product.id)).toMatchObject({ status: "DRAFT", moderationReason: reason });

    const draft = await previewCatalogImport(vendor, {
      shopId: shop.id,
      fileName: "c.csv",
      bytes: utf8(`sku;title;price;short_description;status\n${sku};Vase retouché;45;Grès;draft\n`),
    });
    expect(draft.errors).toEqual([]);
    await commitCatalogImport(vendor, { importId: draft.importId });
    expect(await productOf(product.id)).toMatchObject({
      title: "Vase retouché",
      status: "DRAFT",
      moderationReason: reason,
    });
  });

  it("survives an import previewed before the hold and committed after it", async () => {
    const vendor = await createUser("VENDOR");
    const shop = await createShop(vendor, { status: "APPROVED" });
    const sku = `SKU-${unique()}`;
    const product = await getDb().product.create({
      data: {
        shopId: shop.id,
        slug: `p-${unique()}`,
        sku,
        title: "Vase",
        shortDescription: "Grès",
        priceAmount: 4500,
        status: "DRAFT",
        stockTracked: false,
        images: { create: { url: "/files/v.webp" } },
      },
    });
    const preview = await previewCatalogImport(vendor, {
      shopId: shop.id,
      fileName: "c.csv",
      bytes: utf8(`sku;title;price;short_description;status\n${sku};Vase;45;Grès;online\n`),
    });
    expect(preview.errors).toEqual([]);
    await getDb().product.update({ where: { id: product.id }, data: { status: "ACTIVE" } });
    await unpublishProduct(operator, { productId: product.id, reason: "Contrefaçon signalée" });
    await refusal(commitCatalogImport(vendor, { importId: preview.importId }));
    expect(await productOf(product.id)).toMatchObject({ status: "DRAFT", moderationReason: "Contrefaçon signalée" });
  });
});

describe("the import's writer", () => {
  it("keeps a held product offline and its reason even when the plan says to publish it", async () => {
    const { shop, product, sku, reason } = await heldProduct();
    const data = {
      title: "Vase publié de force",
      shortDescription: "Grès",
      description: "",
      kind: "PHYSICAL" as const,
      status: "ACTIVE" as const,
      categoryId: null,
      priceAmount: 4500,
      compareAtAmount: null,
      estimatedPrice: false,
      priceUnit: null,
      stockTracked: false,
      stock: 0,
      hideWhenOutOfStock: false,
      weightGrams: null,
      shippingClassId: null,
    };
    await getDb().$transaction((tx) =>
      updatePlannedRows(
        tx,
        shop.id,
        [{ line: 2, sku, action: "update", productId: product.id, data, publishes: true }],
        new Date(),
      ),
    );
    expect(await productOf(product.id)).toMatchObject({
      title: "Vase publié de force",
      status: "DRAFT",
      moderationReason: reason,
    });
  });
});

describe("liftProductHold", () => {
  it("lets only an operator lift it, audited; the vendor may then publish", async () => {
    const { vendor, product, reason } = await heldProduct();
    await liftProductHold(operator, { productId: product.id });
    expect(await productOf(product.id)).toMatchObject({
      status: "DRAFT",
      moderationReason: null,
      moderatedAt: null,
      moderatedById: null,
    });
    const audit = await getDb().auditLog.findFirstOrThrow({
      where: { entityType: "Product", entityId: product.id, action: "product.hold-lifted" },
    });
    expect(audit).toMatchObject({ actorId: operator.id, reason });
    // The vendor is told, in their language, which product may go back on sale.
    const email = await getDb().emailMessage.findFirstOrThrow({
      where: { to: vendor.email, template: "product.hold-lifted" },
    });
    expect(email.subject).toContain(product.title);

    const result = await setProductsStatus(vendor, { productIds: [product.id], status: "ACTIVE" });
    expect(result.updated).toEqual([product.id]);
    expect(await productOf(product.id)).toMatchObject({ status: "ACTIVE" });
  });

  it("is refused to the product's vendor, another shop's vendor, a shopper and a signed-out visitor", async () => {
    const { vendor, product } = await heldProduct();
    const otherVendor = await createUser("VENDOR");
    await createShop(otherVendor, { status: "APPROVED" });
    const before = await snapshot(product.id);
    for (const [who, code] of [
      [vendor, "FORBIDDEN"],
      [otherVendor, "FORBIDDEN"],
      [shopper, "FORBIDDEN"],
      [null, "UNAUTHENTICATED"],
    ] as const) {
      expect((await refusal(liftProductHold(who, { productId: product.id }))).code).toBe(code);
    }
    expect(await snapshot(product.id)).toEqual(before);
  });

  it("refuses a product without a hold (CONFLICT), an unknown one and a malformed id, writing nothing", async () => {
    const { product } = await heldProduct();
    await liftProductHold(operator, { productId: product.id });
    const before = await snapshot(product.id);
    expect(await refusal(liftProductHold(operator, { productId: product.id }))).toMatchObject({
      code: "CONFLICT",
      fieldErrors: { form: "security.review.moderation.notHeld" },
    });
    expect((await refusal(liftProductHold(operator, { productId: "cl0000000000000000000000" }))).code).toBe(
      "NOT_FOUND",
    );
    expect((await refusal(liftProductHold(operator, { productId: "../etc" }))).code).toBe("VALIDATION");
    expect(await snapshot(product.id)).toEqual(before);
  });
});
