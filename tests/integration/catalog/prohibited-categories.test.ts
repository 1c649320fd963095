import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { assertCategoryAllowed } from "@/lib/catalog/assert-category-allowed";
import { listCategoriesForOperator } from "@/lib/catalog/list-categories-for-operator";
import { listNewProducts } from "@/lib/catalog/list-new-products";
import { listShopProducts } from "@/lib/catalog/list-shop-products";
import { setCategoryProhibited } from "@/lib/catalog/set-category-prohibited";
import { getDb } from "@/lib/db";
import type { ProductStatus } from "@/lib/generated/prisma/client";
import { createShop, createUser, refusal } from "../sellers/fixtures";

const unique = () => randomBytes(4).toString("hex");

let operator: Actor;
let vendor: Actor;
let shopper: Actor;

beforeAll(async () => {
  operator = await createUser("OPERATOR");
  vendor = await createUser("VENDOR");
  shopper = await createUser("SHOPPER");
});

async function category(parentId: string | null = null, prohibited = false) {
  const slug = `cat-${unique()}`;
  return getDb().category.create({
    data: { slug, names: { fr: `Rayon ${slug}`, en: `Aisle ${slug}` }, parentId, prohibited },
  });
}

async function product(shopId: string, categoryId: string | null, status: ProductStatus = "ACTIVE") {
  const slug = `p-${unique()}`;
  return getDb().product.create({
    data: { shopId, slug, title: `Produit ${slug}`, priceAmount: 500, status, categoryId, stockTracked: false },
  });
}

/** A tree (parent → child → grandchild, plus a sibling) with products online in an approved shop. */
async function tree() {
  const shop = await createShop(vendor, { status: "APPROVED" });
  const parent = await category();
  const child = await category(parent.id);
  const grandchild = await category(child.id);
  const sibling = await category();
  const products = {
    parent: await product(shop.id, parent.id),
    child: await product(shop.id, child.id),
    grandchild: await product(shop.id, grandchild.id),
    draft: await product(shop.id, child.id, "DRAFT"),
    sibling: await product(shop.id, sibling.id),
  };
  return { shop, parent, child, grandchild, sibling, products };
}

const statusOf = async (id: string) => (await getDb().product.findUniqueOrThrow({ where: { id } })).status;

describe("setCategoryProhibited", () => {
  it("prohibits a category and unlists every online product in it and below, audited", async () => {
    const { shop, parent, products } = await tree();
    const listed = await listCategoriesForOperator(operator, "fr");
    expect(listed.find((c) => c.id === parent.id)?.activeProducts).toBe(3);

    expect(await setCategoryProhibited(operator, { categoryId: parent.id, prohibited: true })).toEqual({ unlisted: 3 });

    expect(await statusOf(products.parent.id)).toBe("DRAFT");
    expect(await statusOf(products.child.id)).toBe("DRAFT");
    expect(await statusOf(products.grandchild.id)).toBe("DRAFT");
    expect(await statusOf(products.draft.id)).toBe("DRAFT");
    expect(await statusOf(products.sibling.id)).toBe("ACTIVE");
    expect((await getDb().category.findUniqueOrThrow({ where: { id: parent.id } })).prohibited).toBe(true);

    const audits = await getDb().auditLog.findMany({
      where: {
        actorId: operator.id,
        OR: [{ entityId: parent.id }, { entityType: "Product", data: { path: ["categoryId"], equals: parent.id } }],
      },
    });
    expect(audits.find((a) => a.entityType === "Category")).toMatchObject({
      action: "category.prohibited",
      data: { unlistedProducts: 3 },
    });
    expect(
      audits
        .filter((a) => a.action === "product.unlisted")
        .map((a) => a.entityId)
        .sort(),
    ).toEqual([products.parent.id, products.child.id, products.grandchild.id].sort());

    const publicIds = [...(await listNewProducts({ take: 100 })), ...(await listShopProducts(shop.slug))].map(
      (p) => p.id,
    );
    expect(publicIds).toContain(products.sibling.id);
    expect(publicIds).not.toContain(products.child.id);

    const after = await listCategoriesForOperator(operator, "fr");
    expect(after.find((c) => c.id === parent.id)).toMatchObject({
      prohibited: true,
      prohibitedByAncestor: false,
      activeProducts: 0,
    });
  });

  it("allows a category again without relisting anything", async () => {
    const { parent, products } = await tree();
    await setCategoryProhibited(operator, { categoryId: parent.id, prohibited: true });
    expect(await setCategoryProhibited(operator, { categoryId: parent.id, prohibited: false })).toEqual({
      unlisted: 0,
    });
    expect((await getDb().category.findUniqueOrThrow({ where: { id: parent.id } })).prohibited).toBe(false);
    expect(await statusOf(products.child.id)).toBe("DRAFT");
    const audit = await getDb().auditLog.findFirstOrThrow({
      where: { entityId: parent.id },
      orderBy: { createdAt: "desc" },
    });
    expect(audit).toMatchObject({ action: "category.allowed", actorId: operator.id });
  });

  it("is refused to anyone but an operator, changing nothing", async () => {
    const { parent, products } = await tree();
    for (const [actor, code] of [
      [null, "UNAUTHENTICATED"],
      [shopper, "FORBIDDEN"],
      [vendor, "FORBIDDEN"],
    ] as const) {
      expect((await refusal(setCategoryProhibited(actor, { categoryId: parent.id, prohibited: true }))).code).toBe(
        code,
      );
    }
    expect((await getDb().category.findUniqueOrThrow({ where: { id: parent.id } })).prohibited).toBe(false);
    expect(await statusOf(products.child.id)).toBe("ACTIVE");
    expect(await getDb().auditLog.count({ where: { entityId: parent.id } })).toBe(0);
    expect((await refusal(listCategoriesForOperator(vendor, "fr"))).code).toBe("FORBIDDEN");
  });

  it("answers NOT_FOUND for an unknown category and VALIDATION for bad input", async () => {
    expect((await refusal(setCategoryProhibited(operator, { categoryId: "missing", prohibited: true }))).code).toBe(
      "NOT_FOUND",
    );
    expect((await refusal(setCategoryProhibited(operator, { categoryId: "", prohibited: true }))).code).toBe(
      "VALIDATION",
    );
    expect(
      (await refusal(setCategoryProhibited(operator, { categoryId: "x", prohibited: "yes" as unknown as boolean })))
        .code,
    ).toBe("VALIDATION");
  });
});

describe("public product queries", () => {
  it("hide products under a prohibited category even if still marked online", async () => {
    const { shop, child, products } = await tree();
    // Marked directly in the database: the queries must not rely on the unlisting alone.
    await getDb().category.update({ where: { id: child.id }, data: { prohibited: true } });
    const publicIds = [...(await listNewProducts({ take: 100 })), ...(await listShopProducts(shop.slug))].map(
      (p) => p.id,
    );
    expect(publicIds).not.toContain(products.child.id);
    expect(publicIds).not.toContain(products.grandchild.id);
    expect(publicIds).toContain(products.parent.id);
  });

  it("hide products of shops that are not approved, and show uncategorised ones of approved shops", async () => {
    const approved = await createShop(vendor, { status: "APPROVED" });
    const free = await product(approved.id, null);
    const hidden = [];
    for (const status of ["DRAFT", "PENDING", "REJECTED", "SUSPENDED"] as const) {
      const shop = await createShop(vendor, { status });
      hidden.push(await product(shop.id, null));
      expect(await listShopProducts(shop.slug)).toEqual([]);
    }
    const publicIds = (await listNewProducts({ take: 200 })).map((p) => p.id);
    expect(publicIds).toContain(free.id);
    for (const p of hidden) expect(publicIds).not.toContain(p.id);
  });
});

describe("assertCategoryAllowed", () => {
  it("accepts an allowed category and refuses a prohibited one, its descendants and unknown ids", async () => {
    const parent = await category();
    const child = await category(parent.id);
    const grandchild = await category(child.id);
    const db = getDb();
    await expect(assertCategoryAllowed(db, grandchild.id)).resolves.toBeUndefined();

    await db.category.update({ where: { id: parent.id }, data: { prohibited: true } });
    for (const id of [parent.id, child.id, grandchild.id, "missing"]) {
      const error = await refusal(assertCategoryAllowed(db, id));
      expect(error.code).toBe("VALIDATION");
      expect(error.fieldErrors).toEqual({ categoryId: "sellers.errors.categoryProhibited" });
    }
    const sibling = await category();
    await expect(assertCategoryAllowed(db, sibling.id)).resolves.toBeUndefined();
  });
});
