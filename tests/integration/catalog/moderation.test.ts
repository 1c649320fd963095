import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderEmail } from "@/emails/render-email";
import { startSmtpCatcher, type SmtpCatcher } from "../../support/smtp-catcher";
import type { Actor } from "@/lib/auth/actor";
import { listShopProducts } from "@/lib/catalog/list-shop-products";
import { listProductsForModeration, MODERATION_PAGE_SIZE } from "@/lib/catalog/moderation/list-products-for-moderation";
import type { UnpublishProductInput } from "@/lib/catalog/moderation/schemas";
import { liftProductHold } from "@/lib/catalog/moderation/lift-product-hold";
import { unpublishProduct } from "@/lib/catalog/moderation/unpublish-product";
import { setProductsStatus } from "@/lib/catalog/products/set-products-status";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { deliverPendingEmails } from "@/lib/notifications/deliver-pending-emails";
import type { EmailTemplates } from "@/lib/notifications/templates";
import { createShop, createUser, refusal } from "../sellers/fixtures";

const unique = () => randomBytes(4).toString("hex");

let operator: Actor;
let shopper: Actor;
let smtp: SmtpCatcher;

beforeAll(async () => {
  operator = await createUser("OPERATOR");
  shopper = await createUser("SHOPPER");
  smtp = await startSmtpCatcher();
});

afterAll(async () => {
  delete process.env.SMTP_URL;
  await smtp.close();
});

/** An approved shop of a fresh vendor, with one product complete enough to be published. */
async function onlineProduct(
  data: Partial<Prisma.ProductUncheckedCreateInput> = {},
  shopData: Partial<Prisma.ShopUncheckedCreateInput> = {},
) {
  const vendor = await createUser("VENDOR", `Vendeur ${unique()}`);
  const shop = await createShop(vendor, { status: "APPROVED", ...shopData });
  const slug = `p-${unique()}`;
  const product = await getDb().product.create({
    data: {
      shopId: shop.id,
      slug,
      title: `Produit ${slug}`,
      shortDescription: "Un bon produit",
      priceAmount: 1250,
      status: "ACTIVE",
      publishedAt: new Date(),
      stockTracked: false,
      images: { create: { url: "/files/test.webp", alt: "photo" } },
      ...data,
    },
  });
  return { vendor, shop, product };
}

/** Everything unpublishing may write about a product: its row, its audit rows, its owner's e-mails. */
async function snapshot(productId: string, ownerEmail: string) {
  const db = getDb();
  return {
    product: await db.product.findUniqueOrThrow({ where: { id: productId } }),
    audits: await db.auditLog.count({ where: { entityType: "Product", entityId: productId } }),
    emails: await db.emailMessage.count({ where: { to: ownerEmail } }),
  };
}

describe("unpublishProduct", () => {
  it("takes an online product offline with the reason, audited and e-mailed to the shop's owner", async () => {
    const { vendor, shop, product } = await onlineProduct();
    const reason = "  Photo trompeuse : elle montre un autre article.  ";

    await unpublishProduct(operator, { productId: product.id, reason });

    const after = await getDb().product.findUniqueOrThrow({ where: { id: product.id } });
    expect(after.status).toBe("DRAFT");
    expect(after.moderationReason).toBe(reason.trim());
    expect(after.moderatedAt).toBeInstanceOf(Date);

    const audits = await getDb().auditLog.findMany({ where: { entityType: "Product", entityId: product.id } });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorId: operator.id, action: "product.unpublished", reason: reason.trim() });

    const emails = await getDb().emailMessage.findMany({ where: { to: vendor.email } });
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({ template: "product.unpublished", status: "PENDING", locale: "fr" });
    expect(emails[0].text).toContain(reason.trim());
    expect(emails[0].text).toContain(product.title);
    expect(emails[0].text).toContain(`/dashboard/products/${product.id}`);
    expect(emails[0].subject).toContain(shop.name);
  });

  it("writes the e-mail in the owner's language", async () => {
    const { vendor, product } = await onlineProduct();
    await getDb().user.update({ where: { id: vendor.id }, data: { locale: "en" } });
    await unpublishProduct(operator, { productId: product.id, reason: "Misleading photo" });
    const email = await getDb().emailMessage.findFirstOrThrow({ where: { to: vendor.email } });
    expect(email.locale).toBe("en");
    const data = email.data as EmailTemplates["product.unpublished"];
    expect(data.reason).toBe("Misleading photo");
    expect(email.subject).toBe(renderEmail("product.unpublished", data, "en").subject);
    expect(email.subject).not.toBe(renderEmail("product.unpublished", data, "fr").subject);
  });

  it("answers CONFLICT for a product that is not online, writing nothing", async () => {
    for (const status of ["DRAFT", "ARCHIVED"] as const) {
      const { vendor, product } = await onlineProduct({ status });
      const before = await snapshot(product.id, vendor.email);
      expect((await refusal(unpublishProduct(operator, { productId: product.id, reason: "Contrefaçon" }))).code).toBe(
        "CONFLICT",
      );
      expect(await snapshot(product.id, vendor.email)).toEqual(before);
    }
    // Twice in a row: the second operator finds it already offline.
    const { vendor, product } = await onlineProduct();
    await unpublishProduct(operator, { productId: product.id, reason: "Contrefaçon" });
    const before = await snapshot(product.id, vendor.email);
    expect((await refusal(unpublishProduct(operator, { productId: product.id, reason: "Autre motif" }))).code).toBe(
      "CONFLICT",
    );
    expect(await snapshot(product.id, vendor.email)).toEqual(before);
  });

  it("answers NOT_FOUND for an unknown product", async () => {
    expect((await refusal(unpublishProduct(operator, { productId: "missing", reason: "Contrefaçon" }))).code).toBe(
      "NOT_FOUND",
    );
  });

  it("refuses a missing, too short or too long reason (VALIDATION), writing nothing", async () => {
    const { vendor, product } = await onlineProduct();
    const before = await snapshot(product.id, vendor.email);
    // undefined and 42 are deliberately malformed, as a forged POST would be.
    const cases: [unknown, string][] = [
      [undefined, "moderation.errors.reasonRequired"],
      ["", "moderation.errors.reasonRequired"],
      ["   ", "moderation.errors.reasonRequired"],
      ["ab", "moderation.errors.reasonTooShort"],
      ["x".repeat(1001), "moderation.errors.reasonTooLong"],
      [42, "moderation.errors.reasonRequired"],
    ];
    for (const [reason, key] of cases) {
      const input = { productId: product.id, reason } as UnpublishProductInput;
      const error = await refusal(unpublishProduct(operator, input));
      expect(error.code).toBe("VALIDATION");
      expect(error.fieldErrors.reason).toBe(key);
    }
    expect((await refusal(unpublishProduct(operator, { productId: "", reason: "Contrefaçon" }))).code).toBe(
      "VALIDATION",
    );
    expect(await snapshot(product.id, vendor.email)).toEqual(before);
    // The limits themselves are accepted.
    await unpublishProduct(operator, { productId: product.id, reason: "x".repeat(1000) });
    expect((await getDb().product.findUniqueOrThrow({ where: { id: product.id } })).moderationReason).toHaveLength(
      1000,
    );
  });

  it("is refused to anyone but an operator — even the product's own vendor — writing nothing", async () => {
    const { vendor, product } = await onlineProduct();
    const otherVendor = await createUser("VENDOR");
    const before = await snapshot(product.id, vendor.email);
    const cases: [Actor | null, string][] = [
      [null, "UNAUTHENTICATED"],
      [shopper, "FORBIDDEN"],
      [otherVendor, "FORBIDDEN"],
      [vendor, "FORBIDDEN"],
    ];
    for (const [actor, code] of cases) {
      expect((await refusal(unpublishProduct(actor, { productId: product.id, reason: "Contrefaçon" }))).code).toBe(
        code,
      );
    }
    expect(await snapshot(product.id, vendor.email)).toEqual(before);
  });

  it("takes the product off the shop's public page", async () => {
    const { shop, product } = await onlineProduct();
    expect((await listShopProducts(shop.slug)).map((p) => p.id)).toContain(product.id);
    await unpublishProduct(operator, { productId: product.id, reason: "Produit interdit à la vente" });
    expect((await listShopProducts(shop.slug)).map((p) => p.id)).not.toContain(product.id);
  });

  it("lets the vendor publish again only once an operator lifted the hold (the audit log keeps the reason)", async () => {
    const { vendor, shop, product } = await onlineProduct();
    await unpublishProduct(operator, { productId: product.id, reason: "Description trompeuse" });

    // docs/security.md, moderation: the hold stays until an operator lifts it.
    const held = await setProductsStatus(vendor, { productIds: [product.id], status: "ACTIVE" });
    expect(held).toEqual({ updated: [], refused: [], held: [{ id: product.id, title: product.title }] });
    await liftProductHold(operator, { productId: product.id });
    const result = await setProductsStatus(vendor, { productIds: [product.id], status: "ACTIVE" });
    expect(result).toEqual({ updated: [product.id], refused: [], held: [] });

    const after = await getDb().product.findUniqueOrThrow({ where: { id: product.id } });
    expect(after).toMatchObject({ status: "ACTIVE", moderationReason: null, moderatedAt: null });
    const audit = await getDb().auditLog.findFirstOrThrow({
      where: { entityId: product.id, action: "product.unpublished" },
    });
    expect(audit.reason).toBe("Description trompeuse");
    expect((await listShopProducts(shop.slug)).map((p) => p.id)).toContain(product.id);
    const listed = await listProductsForModeration(operator, { filter: "moderated", query: product.title });
    expect(listed.total).toBe(0);
  });

  it("delivers the e-mail over SMTP to the owner, with the reason", async () => {
    process.env.SMTP_URL = smtp.url;
    const { vendor, shop, product } = await onlineProduct({}, { name: `Cave ${unique()}` });
    const reason = "Vente d'alcool sans mention légale <obligatoire>.";
    await unpublishProduct(operator, { productId: product.id, reason });

    await deliverPendingEmails();
    const mine = smtp.received.filter((m) => m.envelopeTo.includes(vendor.email));
    expect(mine).toHaveLength(1);
    const [{ envelopeTo, mail }] = mine;
    expect(envelopeTo).toEqual([vendor.email]);
    expect(mail.subject).toContain(product.title);
    expect(mail.subject).toContain(shop.name);
    expect(mail.text).toContain(reason);
    expect(mail.text).toContain(vendor.name);
    expect(mail.html).toContain("&lt;obligatoire&gt;");
    expect((await getDb().emailMessage.findFirstOrThrow({ where: { to: vendor.email } })).status).toBe("SENT");
    delete process.env.SMTP_URL;
  });
});

describe("listProductsForModeration", () => {
  it("searches title, SKU and shop name in any case, and filters by status or moderation", async () => {
    const token = unique();
    const { shop, product: online } = await onlineProduct(
      { title: `Confiture ${token}`, sku: `SKU-${token}` },
      { name: `Épicerie ${token}` },
    );
    const draft = await getDb().product.create({
      data: { shopId: shop.id, slug: `d-${unique()}`, title: `Brouillon ${unique()}`, priceAmount: 0, status: "DRAFT" },
    });
    const { product: other } = await onlineProduct({ title: `Autre ${unique()}`, sku: `ref-${token}-b` });
    const moderated = await onlineProduct({ title: `Miel ${token}` });
    await unpublishProduct(operator, { productId: moderated.product.id, reason: "Photo floue" });

    const ids = async (filter: string, query: string) =>
      (await listProductsForModeration(operator, { filter, query })).products.map((p) => p.id).sort();

    // Online by default; the title, the SKU (another shop) and the shop name all match, any case.
    expect(await ids("", token.toUpperCase())).toEqual([online.id, other.id].sort());
    expect(await ids("active", `sku-${token}`)).toEqual([online.id]);
    expect(await ids("active", `ÉPICERIE ${token}`)).toEqual([online.id]);
    expect(await ids("draft", `épicerie ${token}`)).toEqual([draft.id]);
    expect(await ids("draft", token)).toEqual([draft.id, moderated.product.id].sort());
    expect(await ids("moderated", token)).toEqual([moderated.product.id]);
    expect(await ids("all", token)).toEqual([online.id, draft.id, other.id, moderated.product.id].sort());
    expect(await ids("nonsense", token)).toEqual([online.id, other.id].sort());

    const [row] = (await listProductsForModeration(operator, { filter: "moderated", query: token })).products;
    expect(row).toEqual({
      id: moderated.product.id,
      title: moderated.product.title,
      priceAmount: moderated.product.priceAmount,
      currency: "EUR",
      status: "DRAFT",
      moderationReason: "Photo floue",
      moderatedAt: expect.any(Date),
      updatedAt: expect.any(Date),
      thumbnail: { url: "/files/test.webp", alt: "photo" },
      shop: { name: moderated.shop.name, slug: moderated.shop.slug },
    });
  });

  it("pages by 25 with the total, clamping the page asked for", async () => {
    const token = unique();
    const { shop } = await onlineProduct({ title: `Lot ${token} 0` });
    const count = MODERATION_PAGE_SIZE + 2;
    await getDb().product.createMany({
      data: Array.from({ length: count - 1 }, (_, i) => ({
        shopId: shop.id,
        slug: `lot-${token}-${i + 1}`,
        title: `Lot ${token} ${i + 1}`,
        priceAmount: 100,
        status: "ACTIVE" as const,
      })),
    });
    const first = await listProductsForModeration(operator, { query: `lot ${token}` });
    expect(first).toMatchObject({ total: count, page: 1, pages: 2 });
    expect(first.products).toHaveLength(MODERATION_PAGE_SIZE);
    const second = await listProductsForModeration(operator, { query: `lot ${token}`, page: 2 });
    expect(second.products).toHaveLength(count - MODERATION_PAGE_SIZE);
    const all = new Set([...first.products, ...second.products].map((p) => p.id));
    expect(all.size).toBe(count);
    expect((await listProductsForModeration(operator, { query: `lot ${token}`, page: 99 })).page).toBe(2);
    expect((await listProductsForModeration(operator, { query: `lot ${token}`, page: -3 })).page).toBe(1);
    expect((await listProductsForModeration(operator, { query: `nothing-${unique()}` })).products).toEqual([]);
  });

  it("is for operators only", async () => {
    const vendor = await createUser("VENDOR");
    for (const [actor, code] of [
      [null, "UNAUTHENTICATED"],
      [shopper, "FORBIDDEN"],
      [vendor, "FORBIDDEN"],
    ] as const) {
      expect((await refusal(listProductsForModeration(actor))).code).toBe(code);
    }
  });
});
