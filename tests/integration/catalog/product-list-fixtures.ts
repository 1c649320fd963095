// Test data for the vendor's product list, quick edit and bulk actions.
import { randomBytes } from "node:crypto";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

const unique = () => randomBytes(4).toString("hex");

/** A product in a shop; publishable (title, short description, price, one photo) unless told otherwise. */
export async function createProduct(
  shopId: string,
  data: Partial<Prisma.ProductUncheckedCreateInput> = {},
  { photo = true } = {},
) {
  const suffix = unique();
  return getDb().product.create({
    data: {
      shopId,
      slug: `p-${suffix}`,
      title: `Produit ${suffix}`,
      shortDescription: "Une description courte.",
      priceAmount: 1250,
      stock: 10,
      status: "DRAFT",
      ...data,
      ...(photo ? { images: { create: [{ url: `/files/test/${suffix}.webp`, alt: "photo", position: 0 }] } } : {}),
    },
  });
}

/** Puts a product on a (paid) order, as checkout would: Order → ShopOrder → OrderLine. */
export async function orderProduct(product: { id: string; shopId: string; title: string; priceAmount: number }) {
  const db = getDb();
  const order = await db.order.create({
    data: {
      number: `T-${unique()}`,
      email: "buyer@example.test",
      status: "PAID",
      itemsAmount: product.priceAmount,
      shippingAmount: 0,
      totalAmount: product.priceAmount,
    },
  });
  const shopOrder = await db.shopOrder.create({
    data: {
      orderId: order.id,
      shopId: product.shopId,
      deliveryMethod: "CLICK_AND_COLLECT",
      itemsAmount: product.priceAmount,
    },
  });
  await db.orderLine.create({
    data: {
      shopOrderId: shopOrder.id,
      productId: product.id,
      titleSnapshot: product.title,
      kindSnapshot: "PHYSICAL",
      unitPriceAmount: product.priceAmount,
      quantity: 1,
      lineAmount: product.priceAmount,
      commissionRateBps: 1000,
      commissionAmount: Math.round(product.priceAmount / 10),
    },
  });
  return order;
}

/** The rows an action may write, to compare before and after a refusal. */
export async function productsSnapshot(ids: string[]) {
  const db = getDb();
  return {
    products: await db.product.findMany({ where: { id: { in: ids } }, orderBy: { id: "asc" } }),
    audits: await db.auditLog.count({ where: { entityType: "Product" } }),
  };
}
