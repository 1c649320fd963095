import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import type { ProductFieldsInput } from "@/lib/catalog/product-schema";
import { createProduct } from "@/lib/catalog/products/create-product";
import { getProductForEditing } from "@/lib/catalog/products/get-product-for-editing";
import { getProductFormOptions } from "@/lib/catalog/products/get-product-form-options";
import type { EditorStatusInput } from "@/lib/catalog/products/product-save-rules";
import { updateProduct } from "@/lib/catalog/products/update-product";
import { getDb } from "@/lib/db";
import { refusal } from "../sellers/fixtures";
import {
  category,
  createUser,
  pngBytes,
  shopSnapshot,
  unique,
  useTemporaryFilesDir,
  validFields,
  vendorWithShop,
} from "./product-fixtures";

let shopper: Actor;
let operator: Actor;

beforeAll(async () => {
  await useTemporaryFilesDir();
  shopper = await createUser("SHOPPER");
  operator = await createUser("OPERATOR");
});

const productOf = (id: string) => getDb().product.findUniqueOrThrow({ where: { id } });

describe("createProduct", () => {
  it("creates a draft with the price in minor units, a slug from the title and an audit row", async () => {
    const { vendor, shop, shippingClass } = await vendorWithShop();
    const allowed = await category();
    const created = await createProduct(vendor, {
      shopId: shop.id,
      locale: "fr",
      fields: validFields({
        price: "1 234,50",
        compareAtPrice: "1 500",
        categoryId: allowed.id,
        shippingClassId: shippingClass.id,
        sku: "PAIN-01",
      }),
    });
    const product = await productOf(created.id);
    expect(product).toMatchObject({
      shopId: shop.id,
      status: "DRAFT",
      priceAmount: 123450,
      compareAtAmount: 150000,
      currency: "EUR",
      categoryId: allowed.id,
      shippingClassId: shippingClass.id,
      sku: "PAIN-01",
      stock: 10,
      weightGrams: 800,
      publishedAt: null,
    });
    expect(product.slug).toBe(created.slug);
    expect(product.slug).toMatch(/^pain-de-campagne-au-levain/);
    const audit = await getDb().auditLog.findFirstOrThrow({ where: { entityId: product.id } });
    expect(audit).toMatchObject({ action: "product.created", actorId: vendor.id });
  });

  it("reads the price in the viewer's locale", async () => {
    const { vendor, shop } = await vendorWithShop();
    const { id } = await createProduct(vendor, {
      shopId: shop.id,
      locale: "en",
      fields: validFields({ price: "1,234.50" }),
    });
    expect((await productOf(id)).priceAmount).toBe(123450);
  });

  it("gives every product a unique, accent-folded slug", async () => {
    const { vendor, shop } = await vendorWithShop();
    const title = `Crème brûlée ${unique()}`;
    const first = await createProduct(vendor, { shopId: shop.id, locale: "fr", fields: validFields({ title }) });
    const second = await createProduct(vendor, { shopId: shop.id, locale: "fr", fields: validFields({ title }) });
    expect(first.slug).toMatch(/^creme-brulee-[0-9a-f]{8}$/);
    expect(second.slug).not.toBe(first.slug);
    expect(second.slug.startsWith(first.slug)).toBe(true);
  });

  it("refuses a SKU already used in the shop, but two shops may share one", async () => {
    const a = await vendorWithShop();
    const b = await vendorWithShop();
    await createProduct(a.vendor, { shopId: a.shop.id, locale: "fr", fields: validFields({ sku: "REF-1" }) });
    const before = await shopSnapshot(a.shop.id);
    const error = await refusal(
      createProduct(a.vendor, { shopId: a.shop.id, locale: "fr", fields: validFields({ sku: "REF-1" }) }),
    );
    expect(error).toMatchObject({ code: "VALIDATION", fieldErrors: { sku: "products.errors.skuTaken" } });
    expect(await shopSnapshot(a.shop.id)).toEqual(before);
    const other = await createProduct(b.vendor, {
      shopId: b.shop.id,
      locale: "fr",
      fields: validFields({ sku: "REF-1" }),
    });
    expect((await productOf(other.id)).sku).toBe("REF-1");
  });

  it("puts a product online with a photo, and refuses it without, listing what is missing", async () => {
    const { vendor, shop } = await vendorWithShop();
    const online = await createProduct(vendor, {
      shopId: shop.id,
      locale: "fr",
      fields: validFields(),
      status: "ACTIVE",
      photos: [await pngBytes()],
    });
    const product = await getDb().product.findUniqueOrThrow({ where: { id: online.id }, include: { images: true } });
    expect(product.status).toBe("ACTIVE");
    expect(product.publishedAt).not.toBeNull();
    expect(product.images).toHaveLength(1);

    const before = await shopSnapshot(shop.id);
    const error = await refusal(
      createProduct(vendor, {
        shopId: shop.id,
        locale: "fr",
        fields: validFields({ shortDescription: "", price: "" }),
        status: "ACTIVE",
      }),
    );
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors).toEqual({
      form: "products.publish.missingIntro",
      "missing.shortDescription": "products.publish.missing.shortDescription",
      "missing.price": "products.publish.missing.price",
      "missing.photo": "products.publish.missing.photo",
    });
    expect(await shopSnapshot(shop.id)).toEqual(before);
  });

  it("saves a draft without a price (stored as 0) and shows the field empty again", async () => {
    const { vendor, shop } = await vendorWithShop();
    const { id } = await createProduct(vendor, { shopId: shop.id, locale: "fr", fields: validFields({ price: "" }) });
    expect((await productOf(id)).priceAmount).toBe(0);
    expect((await getProductForEditing(vendor, id, "fr")).values.price).toBe("");
  });

  it("accepts a service or digital product saved with the editor's defaults: no stock given, stock untracked", async () => {
    const { vendor, shop } = await vendorWithShop();
    for (const kind of ["SERVICE", "DIGITAL"]) {
      // "Track stock" was ticked for every kind and left with no figure: not a refusal for a service.
      const { id } = await createProduct(vendor, {
        shopId: shop.id,
        locale: "fr",
        fields: validFields({ kind, stockTracked: true, stock: "", weightGrams: "" }),
      });
      expect(await productOf(id)).toMatchObject({ kind, stockTracked: false, stock: 0 });
    }
    // A service with places to count keeps its stock when one is given.
    const seats = await createProduct(vendor, {
      shopId: shop.id,
      locale: "fr",
      fields: validFields({ kind: "SERVICE", stockTracked: true, stock: "12" }),
    });
    expect(await productOf(seats.id)).toMatchObject({ stockTracked: true, stock: 12 });
    // Goods keep the rule: tracked stock needs a figure.
    const goods = await refusal(
      createProduct(vendor, { shopId: shop.id, locale: "fr", fields: validFields({ stockTracked: true, stock: "" }) }),
    );
    expect(goods).toMatchObject({ code: "VALIDATION", fieldErrors: { stock: "products.errors.stockRequired" } });
  });

  it("stores HTML in the description as the text typed (it is escaped when shown)", async () => {
    const { vendor, shop } = await vendorWithShop();
    const description = '<script>alert("x")</script> **gras**';
    const { id } = await createProduct(vendor, { shopId: shop.id, locale: "fr", fields: validFields({ description }) });
    expect((await productOf(id)).description).toBe(description);
  });

  describe("refuses bad input, writing nothing", () => {
    type Change = Partial<ProductFieldsInput> | { __status: EditorStatusInput };
    const cases: [string, Change | "prohibited" | "unknownCategory" | "otherShipping", string][] = [
      ["a negative price", { price: "-3,00" }, "price"],
      ["an absurd price", { price: "99999999999" }, "price"],
      ["a 10,000-character title", { title: "a".repeat(10_000) }, "title"],
      ["an empty title", { title: "   " }, "title"],
      ["a negative stock", { stock: "-1" }, "stock"],
      ["a prohibited category", "prohibited", "categoryId"],
      ["an unknown category", "unknownCategory", "categoryId"],
      ["another shop's shipping class", "otherShipping", "shippingClassId"],
      ["an unknown kind", { kind: "WEAPON" }, "kind"],
      ["an unknown status", { __status: "PUBLISHED" }, "status"],
    ];
    for (const [name, change, field] of cases) {
      it(name, async () => {
        const { vendor, shop } = await vendorWithShop();
        let overrides: Partial<ProductFieldsInput> = {};
        let status: EditorStatusInput = "DRAFT";
        if (change === "prohibited") overrides = { categoryId: (await category(true)).id };
        else if (change === "unknownCategory") overrides = { categoryId: "no-such-category" };
        else if (change === "otherShipping") overrides = { shippingClassId: (await vendorWithShop()).shippingClass.id };
        else if ("__status" in change) status = change.__status;
        else overrides = change;
        const before = await shopSnapshot(shop.id);
        const error = await refusal(
          createProduct(vendor, { shopId: shop.id, locale: "fr", fields: validFields(overrides), status }),
        );
        expect(error.code).toBe("VALIDATION");
        expect(Object.keys(error.fieldErrors)).toContain(field);
        expect(await shopSnapshot(shop.id)).toEqual(before);
      });
    }

    it("a child of a prohibited category", async () => {
      const { vendor, shop } = await vendorWithShop();
      const child = await category(false, (await category(true)).id);
      const error = await refusal(
        createProduct(vendor, { shopId: shop.id, locale: "fr", fields: validFields({ categoryId: child.id }) }),
      );
      expect(error.fieldErrors).toEqual({ categoryId: "sellers.errors.categoryProhibited" });
      expect((await shopSnapshot(shop.id)).products).toHaveLength(0);
    });
  });

  it("is refused to anyone but the shop's vendor, writing nothing", async () => {
    const { shop } = await vendorWithShop();
    const otherVendor = (await vendorWithShop()).vendor;
    for (const [actor, code] of [
      [null, "UNAUTHENTICATED"],
      [shopper, "FORBIDDEN"],
      [operator, "FORBIDDEN"],
      [otherVendor, "NOT_FOUND"],
    ] as const) {
      const error = await refusal(
        createProduct(actor, { shopId: shop.id, locale: "fr", fields: validFields(), photos: [await pngBytes()] }),
      );
      expect(error.code).toBe(code);
    }
    expect(await shopSnapshot(shop.id)).toEqual({ products: [], audits: 0 });
  });
});

describe("updateProduct", () => {
  async function draft() {
    const setup = await vendorWithShop();
    const { id, slug } = await createProduct(setup.vendor, {
      shopId: setup.shop.id,
      locale: "fr",
      fields: validFields({ sku: "A-1" }),
    });
    return { ...setup, id, slug };
  }

  it("saves the fields, keeps the slug, and reads back formatted for the form", async () => {
    const { vendor, shippingClass, id, slug } = await draft();
    const allowed = await category();
    await updateProduct(vendor, {
      productId: id,
      locale: "fr",
      fields: validFields({
        title: "Tout autre titre",
        price: "3,20",
        estimatedPrice: true,
        priceUnit: "kg",
        stockTracked: false,
        stock: "",
        categoryId: allowed.id,
        shippingClassId: shippingClass.id,
      }),
    });
    const product = await productOf(id);
    expect(product).toMatchObject({
      title: "Tout autre titre",
      slug,
      priceAmount: 320,
      estimatedPrice: true,
      priceUnit: "kg",
      stockTracked: false,
      categoryId: allowed.id,
    });
    const editing = await getProductForEditing(vendor, id, "fr");
    expect(editing.values).toMatchObject({
      title: "Tout autre titre",
      price: "3,20",
      estimatedPrice: true,
      priceUnit: "kg",
      stockTracked: false,
      stock: "",
      categoryId: allowed.id,
      shippingClassId: shippingClass.id,
    });
    expect((await getProductForEditing(vendor, id, "en")).values.price).toBe("3.20");
    expect(await getDb().auditLog.count({ where: { entityId: id, action: "product.updated" } })).toBe(1);
  });

  it("refuses a SKU of another product of the shop but keeps its own", async () => {
    const { vendor, shop, id } = await draft();
    await createProduct(vendor, { shopId: shop.id, locale: "fr", fields: validFields({ sku: "B-2" }) });
    await updateProduct(vendor, { productId: id, locale: "fr", fields: validFields({ sku: "A-1", title: "Renommé" }) });
    const before = await shopSnapshot(shop.id);
    const error = await refusal(
      updateProduct(vendor, { productId: id, locale: "fr", fields: validFields({ sku: "B-2" }) }),
    );
    expect(error.fieldErrors).toEqual({ sku: "products.errors.skuTaken" });
    expect(await shopSnapshot(shop.id)).toEqual(before);
  });

  it("refuses to go online without a photo, then publishes once it has one", async () => {
    const { vendor, shop, id } = await draft();
    const before = await shopSnapshot(shop.id);
    const error = await refusal(
      updateProduct(vendor, { productId: id, locale: "fr", fields: validFields(), status: "ACTIVE" }),
    );
    expect(error.fieldErrors).toEqual({
      form: "products.publish.missingIntro",
      "missing.photo": "products.publish.missing.photo",
    });
    expect(await shopSnapshot(shop.id)).toEqual(before);

    await getDb().productImage.create({ data: { productId: id, url: "/files/demo/x.svg" } });
    await updateProduct(vendor, { productId: id, locale: "fr", fields: validFields(), status: "ACTIVE" });
    expect(await productOf(id)).toMatchObject({ status: "ACTIVE", moderationReason: null });
  });

  it("refuses bad input, writing nothing", async () => {
    const { vendor, shop, id } = await draft();
    const prohibited = await category(true);
    const foreignClass = (await vendorWithShop()).shippingClass;
    const before = await shopSnapshot(shop.id);
    for (const fields of [
      validFields({ price: "-1" }),
      validFields({ title: "x".repeat(10_000) }),
      validFields({ categoryId: prohibited.id }),
      validFields({ categoryId: "missing" }),
      validFields({ shippingClassId: foreignClass.id }),
      validFields({ compareAtPrice: "1,00" }),
    ]) {
      expect((await refusal(updateProduct(vendor, { productId: id, locale: "fr", fields }))).code).toBe("VALIDATION");
    }
    expect(await shopSnapshot(shop.id)).toEqual(before);
  });

  it("is refused to anyone but the product's vendor, writing nothing", async () => {
    const { shop, id } = await draft();
    const otherVendor = (await vendorWithShop()).vendor;
    const before = await shopSnapshot(shop.id);
    for (const [actor, code] of [
      [null, "UNAUTHENTICATED"],
      [shopper, "FORBIDDEN"],
      [operator, "FORBIDDEN"],
      [otherVendor, "NOT_FOUND"],
    ] as const) {
      expect(
        (await refusal(updateProduct(actor, { productId: id, locale: "fr", fields: validFields({ title: "Volé" }) })))
          .code,
      ).toBe(code);
      expect((await refusal(getProductForEditing(actor, id, "fr"))).code).toBe(code);
    }
    expect(await shopSnapshot(shop.id)).toEqual(before);
  });
});

describe("getProductFormOptions", () => {
  it("offers allowed categories grouped under their top level, and only the shop's shipping classes", async () => {
    const { vendor, shop, shippingClass } = await vendorWithShop();
    const top = await category();
    const child = await category(false, top.id);
    const prohibitedChild = await category(true, top.id);
    const prohibitedTop = await category(true);
    const underProhibited = await category(false, prohibitedTop.id);
    const foreign = (await vendorWithShop()).shippingClass;
    const options = await getProductFormOptions(vendor, shop.id, "en");
    const ids = options.categories.flatMap((group) => group.options.map((option) => option.id));
    expect(ids).toContain(top.id);
    expect(ids).toContain(child.id);
    expect(ids).not.toContain(prohibitedChild.id);
    expect(ids).not.toContain(prohibitedTop.id);
    expect(ids).not.toContain(underProhibited.id);
    const group = options.categories.find((g) => g.options[0].id === top.id)!;
    expect(group.label).toBe(`Aisle ${top.slug}`);
    expect(group.options.find((o) => o.id === child.id)).toMatchObject({ depth: 1, name: `Aisle ${child.slug}` });
    expect(options.shippingClasses).toEqual([{ id: shippingClass.id, name: shippingClass.name }]);
    expect(options.shippingClasses.map((c) => c.id)).not.toContain(foreign.id);

    for (const [actor, code] of [
      [null, "UNAUTHENTICATED"],
      [shopper, "FORBIDDEN"],
      [(await vendorWithShop()).vendor, "NOT_FOUND"],
    ] as const) {
      expect((await refusal(getProductFormOptions(actor, shop.id, "fr"))).code).toBe(code);
    }
  });
});
