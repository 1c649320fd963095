import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { quickEditProduct, type QuickEditInput } from "@/lib/catalog/products/quick-edit-product";
import { getDb } from "@/lib/db";
import { createShop, createUser, refusal } from "../sellers/fixtures";
import { createProduct, productsSnapshot } from "./product-list-fixtures";

let vendor: Actor;
let otherVendor: Actor;
let shopId: string;

beforeAll(async () => {
  vendor = await createUser("VENDOR");
  otherVendor = await createUser("VENDOR");
  shopId = (await createShop(vendor, { status: "APPROVED" })).id;
});

const read = (id: string) => getDb().product.findUniqueOrThrow({ where: { id } });

describe("quickEditProduct", () => {
  it("changes price (typed in the locale), stock and status in one go, audited", async () => {
    const product = await createProduct(shopId, { status: "DRAFT", priceAmount: 500, stock: 3 });
    const result = await quickEditProduct(vendor, {
      productId: product.id,
      locale: "fr",
      price: "12,50",
      stock: "0",
      status: "ACTIVE",
      updatedAt: product.updatedAt.toISOString(),
    });
    const after = await read(product.id);
    expect(after).toMatchObject({ priceAmount: 1250, stock: 0, status: "ACTIVE" });
    expect(after.publishedAt).not.toBeNull();
    expect(result).toEqual({
      id: product.id,
      priceAmount: 1250,
      stock: 0,
      status: "ACTIVE",
      updatedAt: after.updatedAt,
    });
    const audit = await getDb().auditLog.findFirstOrThrow({
      where: { entityId: product.id, action: "product.quick-edited" },
    });
    expect(audit).toMatchObject({
      actorId: vendor.id,
      data: {
        priceAmount: { from: 500, to: 1250 },
        stock: { from: 3, to: 0 },
        status: { from: "DRAFT", to: "ACTIVE" },
      },
    });
  });

  it("reads an English price and leaves empty fields unchanged", async () => {
    const product = await createProduct(shopId, { priceAmount: 500, stock: 3 });
    await quickEditProduct(vendor, { productId: product.id, locale: "en", price: "1,234.50", stock: "", status: "" });
    expect(await read(product.id)).toMatchObject({ priceAmount: 123450, stock: 3, status: "DRAFT" });
    await quickEditProduct(vendor, { productId: product.id, locale: "fr", stock: 7 });
    expect(await read(product.id)).toMatchObject({ priceAmount: 123450, stock: 7 });
    // Persian digits (docs/i18n.md, digits)
    await quickEditProduct(vendor, { productId: product.id, locale: "fa", stock: "۱۲" });
    expect(await read(product.id)).toMatchObject({ stock: 12 });
  });

  it("writes nothing (no audit either) when nothing changes", async () => {
    const product = await createProduct(shopId, { priceAmount: 500, stock: 3 });
    const result = await quickEditProduct(vendor, { productId: product.id, locale: "fr", price: "5,00", stock: "3" });
    expect(result.updatedAt).toEqual(product.updatedAt);
    expect(await getDb().auditLog.count({ where: { entityId: product.id } })).toBe(0);
  });

  it("refuses a bad price or stock with VALIDATION on that field, writing nothing", async () => {
    const product = await createProduct(shopId, { priceAmount: 500, stock: 3 });
    const before = await productsSnapshot([product.id]);
    const cases: [Omit<QuickEditInput, "productId" | "locale">, string, string][] = [
      [{ price: "-5" }, "price", "products.errors.priceInvalid"],
      [{ price: "99999999999" }, "price", "products.errors.priceInvalid"],
      [{ price: "douze" }, "price", "products.errors.priceInvalid"],
      [{ price: "1,234" }, "price", "products.errors.priceInvalid"],
      [{ stock: "-1" }, "stock", "products.errors.stockInvalid"],
      [{ stock: "1000001" }, "stock", "products.errors.stockInvalid"],
      [{ stock: "2.5" }, "stock", "products.errors.stockInvalid"],
      [{ stock: "1e9" }, "stock", "products.errors.stockInvalid"],
      [{ status: "DELETED" }, "status", "forms.errors.invalid"],
      [{ price: "8,00", stock: "-2" }, "stock", "products.errors.stockInvalid"],
    ];
    for (const [fields, field, key] of cases) {
      const error = await refusal(quickEditProduct(vendor, { productId: product.id, locale: "fr", ...fields }));
      expect(error.code, JSON.stringify(fields)).toBe("VALIDATION");
      expect(error.fieldErrors[field], JSON.stringify(fields)).toBe(key);
    }
    expect(await productsSnapshot([product.id])).toEqual(before);
  });

  it("refuses a stock for a product whose stock is not tracked", async () => {
    const product = await createProduct(shopId, { stockTracked: false, stock: 0 });
    const error = await refusal(quickEditProduct(vendor, { productId: product.id, locale: "fr", stock: "4" }));
    expect(error).toMatchObject({ code: "VALIDATION", fieldErrors: { stock: "productList.errors.stockNotTracked" } });
    expect((await read(product.id)).stock).toBe(0);
  });

  it("refuses to publish an incomplete product, naming what is missing, writing nothing", async () => {
    const product = await createProduct(shopId, { shortDescription: "", priceAmount: 0 }, { photo: false });
    const before = await productsSnapshot([product.id]);
    const error = await refusal(
      quickEditProduct(vendor, { productId: product.id, locale: "fr", stock: "9", status: "ACTIVE" }),
    );
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors).toEqual({
      status: "productList.errors.cannotPublish",
      "publishMissing.shortDescription": "products.publish.missing.shortDescription",
      "publishMissing.price": "products.publish.missing.price",
      "publishMissing.photo": "products.publish.missing.photo",
    });
    expect(await productsSnapshot([product.id])).toEqual(before);
    // The price given in the same edit counts towards the rule.
    const priced = await createProduct(shopId, { priceAmount: 0 });
    await quickEditProduct(vendor, { productId: priced.id, locale: "fr", price: "3", status: "ACTIVE" });
    expect(await read(priced.id)).toMatchObject({ status: "ACTIVE", priceAmount: 300 });
  });

  it("refuses a zero price on an online product", async () => {
    const product = await createProduct(shopId, { status: "ACTIVE" });
    const error = await refusal(quickEditProduct(vendor, { productId: product.id, locale: "fr", price: "0" }));
    expect(error).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { price: "products.errors.priceInvalid", "publishMissing.price": "products.publish.missing.price" },
    });
    expect((await read(product.id)).priceAmount).toBe(product.priceAmount);
  });

  it("refuses to publish a product on moderation hold, keeping the reason (docs/security.md, moderation)", async () => {
    const product = await createProduct(shopId, {
      status: "DRAFT",
      moderationReason: "Photo trompeuse",
      moderatedAt: new Date(),
    });
    const error = await refusal(quickEditProduct(vendor, { productId: product.id, locale: "fr", status: "ACTIVE" }));
    expect(error.fieldErrors).toEqual({ status: "security.review.moderation.held" });
    expect(await read(product.id)).toMatchObject({ status: "DRAFT", moderationReason: "Photo trompeuse" });
  });

  it("refuses with CONFLICT when the product changed since it was loaded, writing nothing", async () => {
    const product = await createProduct(shopId, { stock: 3 });
    const seen = product.updatedAt.toISOString();
    await quickEditProduct(vendor, { productId: product.id, locale: "fr", stock: "4", updatedAt: seen });
    const before = await productsSnapshot([product.id]);
    const error = await refusal(
      quickEditProduct(vendor, { productId: product.id, locale: "fr", stock: "0", updatedAt: seen }),
    );
    expect(error.code).toBe("CONFLICT");
    expect(await productsSnapshot([product.id])).toEqual(before);
    expect(
      (
        await refusal(
          quickEditProduct(vendor, { productId: product.id, locale: "fr", stock: "0", updatedAt: "yesterday" }),
        )
      ).code,
    ).toBe("VALIDATION");
  });

  it("is refused to anyone but the product's own vendor, writing nothing", async () => {
    const product = await createProduct(shopId, { stock: 3 });
    const before = await productsSnapshot([product.id]);
    const shopper = await createUser("SHOPPER");
    const operator = await createUser("OPERATOR");
    for (const [actor, code] of [
      [null, "UNAUTHENTICATED"],
      [shopper, "FORBIDDEN"],
      [operator, "FORBIDDEN"],
      [otherVendor, "NOT_FOUND"],
    ] as const) {
      expect(
        (
          await refusal(
            quickEditProduct(actor, { productId: product.id, locale: "fr", stock: "0", status: "ARCHIVED" }),
          )
        ).code,
      ).toBe(code);
    }
    // 42 is deliberately malformed, as a forged POST would be.
    for (const productId of ["", "missing", 42 as unknown as string, "x".repeat(65)]) {
      expect((await refusal(quickEditProduct(vendor, { productId, locale: "fr", stock: "0" }))).code).toBe("NOT_FOUND");
    }
    expect(await productsSnapshot([product.id])).toEqual(before);
  });
});
