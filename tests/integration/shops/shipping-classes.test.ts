import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { createShippingClass } from "@/lib/shops/shipping-classes/create-shipping-class";
import { deleteShippingClass } from "@/lib/shops/shipping-classes/delete-shipping-class";
import { listShippingClasses } from "@/lib/shops/shipping-classes/list-shipping-classes";
import { updateShippingClass } from "@/lib/shops/shipping-classes/update-shipping-class";
import { createProduct } from "../catalog/product-list-fixtures";
import { createShop, createUser, refusal } from "../sellers/fixtures";

let vendor: Actor;
let otherVendor: Actor;
let shopper: Actor;
let operator: Actor;

beforeAll(async () => {
  vendor = await createUser("VENDOR");
  otherVendor = await createUser("VENDOR");
  shopper = await createUser("SHOPPER");
  operator = await createUser("OPERATOR");
});

const classesOf = (shopId: string) => getDb().shippingClass.findMany({ where: { shopId }, orderBy: { id: "asc" } });
const refusedActors = () =>
  [
    [null, "UNAUTHENTICATED"],
    [shopper, "FORBIDDEN"],
    [operator, "FORBIDDEN"],
    [otherVendor, "NOT_FOUND"],
  ] as const;
const valid = { name: "Colis fragile", localCourierFee: "4,50", postalFee: "6,90" };

describe("shipping classes", () => {
  it("creates a class with fees typed in the locale; an empty fee means the method is not offered", async () => {
    const shop = await createShop(vendor);
    const { id } = await createShippingClass(vendor, shop.id, valid, "fr");
    await createShippingClass(vendor, shop.id, { name: "  Lettre  ", localCourierFee: "", postalFee: "1.20" }, "en");
    const free = await createShippingClass(
      vendor,
      shop.id,
      { name: "Offert", localCourierFee: "0", postalFee: "" },
      "fr",
    );
    await createProduct(shop.id, { shippingClassId: id });

    const listed = await listShippingClasses(vendor, shop.id);
    expect(listed).toEqual([
      { id, name: "Colis fragile", fees: { LOCAL_COURIER: 450, POSTAL: 690 }, productCount: 1 },
      { id: expect.any(String), name: "Lettre", fees: { POSTAL: 120 }, productCount: 0 },
      { id: free.id, name: "Offert", fees: { LOCAL_COURIER: 0 }, productCount: 0 },
    ]);
    expect(
      await getDb().auditLog.count({ where: { entityId: id, action: "shipping-class.created", actorId: vendor.id } }),
    ).toBe(1);
    expect(await listShippingClasses(vendor, (await createShop(vendor)).id)).toEqual([]);
  });

  it("refuses a bad name or fee with VALIDATION, writing nothing", async () => {
    const shop = await createShop(vendor);
    await createShippingClass(vendor, shop.id, valid, "fr");
    const before = await classesOf(shop.id);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ name: "" }, "name", "productList.errors.shippingClassNameRequired"],
      [{ name: "   " }, "name", "productList.errors.shippingClassNameRequired"],
      [{ name: "x".repeat(61) }, "name", "productList.errors.shippingClassNameTooLong"],
      [{ name: "COLIS FRAGILE" }, "name", "productList.errors.shippingClassNameTaken"],
      [{ name: "Autre", localCourierFee: "-3" }, "localCourierFee", "productList.errors.shippingFeeInvalid"],
      [{ name: "Autre", postalFee: "99999999999" }, "postalFee", "productList.errors.shippingFeeInvalid"],
      [{ name: "Autre", postalFee: "gratuit" }, "postalFee", "productList.errors.shippingFeeInvalid"],
    ];
    for (const [fields, field, key] of cases) {
      const error = await refusal(createShippingClass(vendor, shop.id, { ...valid, ...fields }, "fr"));
      expect(error.code, JSON.stringify(fields)).toBe("VALIDATION");
      expect(error.fieldErrors[field], JSON.stringify(fields)).toBe(key);
    }
    expect(await classesOf(shop.id)).toEqual(before);
  });

  it("allows the same name in another shop", async () => {
    await createShippingClass(vendor, (await createShop(vendor)).id, valid, "fr");
    await expect(createShippingClass(vendor, (await createShop(vendor)).id, valid, "fr")).resolves.toMatchObject({
      id: expect.any(String),
    });
  });

  it("updates name and fees; a name taken by another class of the shop is refused", async () => {
    const shop = await createShop(vendor);
    const { id } = await createShippingClass(vendor, shop.id, valid, "fr");
    await createShippingClass(vendor, shop.id, { name: "Lettre", localCourierFee: "", postalFee: "1,20" }, "fr");
    await updateShippingClass(vendor, id, { name: "Colis lourd", localCourierFee: "", postalFee: "12,00" }, "fr");
    expect(await getDb().shippingClass.findUniqueOrThrow({ where: { id } })).toMatchObject({
      name: "Colis lourd",
      fees: { POSTAL: 1200 },
    });
    // Keeping its own name (in another case) is fine.
    await updateShippingClass(vendor, id, { name: "COLIS LOURD", localCourierFee: "1", postalFee: "12,00" }, "fr");
    const before = await classesOf(shop.id);
    const error = await refusal(
      updateShippingClass(vendor, id, { name: "lettre", localCourierFee: "", postalFee: "" }, "fr"),
    );
    expect(error).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { name: "productList.errors.shippingClassNameTaken" },
    });
    expect(
      (await refusal(updateShippingClass(vendor, id, { name: "Ok", localCourierFee: "-1", postalFee: "" }, "fr"))).code,
    ).toBe("VALIDATION");
    expect(await classesOf(shop.id)).toEqual(before);
    expect(await getDb().auditLog.count({ where: { entityId: id, action: "shipping-class.updated" } })).toBe(2);
  });

  it("deletes a class; its products fall back to no class", async () => {
    const shop = await createShop(vendor);
    const { id } = await createShippingClass(vendor, shop.id, valid, "fr");
    const products = [
      await createProduct(shop.id, { shippingClassId: id }),
      await createProduct(shop.id, { shippingClassId: id }),
    ];
    expect(await deleteShippingClass(vendor, id)).toEqual({ productsDetached: 2 });
    expect(await getDb().shippingClass.findUnique({ where: { id } })).toBeNull();
    for (const product of products)
      expect((await getDb().product.findUniqueOrThrow({ where: { id: product.id } })).shippingClassId).toBeNull();
    expect(
      await getDb().auditLog.findFirstOrThrow({ where: { entityId: id, action: "shipping-class.deleted" } }),
    ).toMatchObject({ data: { productsDetached: 2 } });
    expect((await refusal(deleteShippingClass(vendor, id))).code).toBe("NOT_FOUND");
  });

  it("is refused to anyone but the shop's own vendor, for every action, changing nothing", async () => {
    const shop = await createShop(vendor);
    const { id } = await createShippingClass(vendor, shop.id, valid, "fr");
    const product = await createProduct(shop.id, { shippingClassId: id });
    const before = await classesOf(shop.id);
    for (const [actor, code] of refusedActors()) {
      expect((await refusal(listShippingClasses(actor, shop.id))).code).toBe(code);
      expect((await refusal(createShippingClass(actor, shop.id, { ...valid, name: "Nouvelle" }, "fr"))).code).toBe(
        code,
      );
      // Bad input from a stranger is still refused for who they are, not for the input.
      expect(
        (await refusal(createShippingClass(actor, shop.id, { name: "", localCourierFee: "-1", postalFee: "" }, "fr")))
          .code,
      ).toBe(code);
      expect((await refusal(updateShippingClass(actor, id, { ...valid, name: "Renommée" }, "fr"))).code).toBe(code);
      expect((await refusal(deleteShippingClass(actor, id))).code).toBe(code);
    }
    expect(await classesOf(shop.id)).toEqual(before);
    expect((await getDb().product.findUniqueOrThrow({ where: { id: product.id } })).shippingClassId).toBe(id);
    for (const junk of ["missing", "", "x".repeat(65), "a;b"])
      expect((await refusal(updateShippingClass(vendor, junk, valid, "fr"))).code).toBe("NOT_FOUND");
  });
});
