// Test data for the vendor's overview: parts paid at given instants with given amounts and lines,
// ledger entries written at given instants, products with given stock. Written directly, so each
// figure can be computed by hand.
import { randomBytes } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import type { LedgerEntryType, ProductStatus, ShopOrderStatus } from "@/lib/generated/prisma/client";
import { createShop, createUser } from "../sellers/fixtures";

export { createShop, createUser };

export const unique = () => randomBytes(4).toString("hex");
export const at = (iso: string) => new Date(iso);

export async function product(
  shopId: string,
  title: string,
  data: { stock?: number; stockTracked?: boolean; status?: ProductStatus } = {},
) {
  return getDb().product.create({
    data: {
      shopId,
      title,
      slug: `p-${unique()}`,
      priceAmount: 100,
      status: data.status ?? "ACTIVE",
      stockTracked: data.stockTracked ?? true,
      stock: data.stock ?? 50,
    },
  });
}

type Line = { productId: string | null; title: string; quantity: number; lineAmount: number };

/**
 * A part of an order at `shopId`, paid at `paidAt` (null: still awaiting payment), with its items and
 * delivery amounts, its state and deadlines, and its lines.
 */
export async function part(
  shopId: string,
  data: {
    paidAt: Date | null;
    items: number;
    delivery?: number;
    status: ShopOrderStatus;
    lines?: Line[];
    acceptBy?: Date;
    shipBy?: Date;
    lateFlaggedAt?: Date;
    statusChangedAt?: Date;
    customerName?: string;
  },
) {
  const delivery = data.delivery ?? 0;
  const number = `H-${unique()}`;
  const order = await getDb().order.create({
    data: {
      number,
      email: `client-${unique()}@example.test`,
      customerName: data.customerName ?? "Marc Petit",
      status: data.paidAt ? "PAID" : "AWAITING_PAYMENT",
      paidAt: data.paidAt,
      createdAt: data.paidAt ?? undefined,
      itemsAmount: data.items,
      shippingAmount: delivery,
      totalAmount: data.items + delivery,
      shopOrders: {
        create: {
          shopId,
          status: data.status,
          deliveryMethod: delivery > 0 ? "POSTAL" : "CLICK_AND_COLLECT",
          deliveryFeeAmount: delivery,
          itemsAmount: data.items,
          acceptBy: data.acceptBy,
          shipBy: data.shipBy,
          lateFlaggedAt: data.lateFlaggedAt,
          statusChangedAt: data.statusChangedAt ?? data.paidAt ?? undefined,
          createdAt: data.paidAt ?? undefined,
          lines: {
            create: (data.lines ?? []).map((line) => ({
              productId: line.productId,
              titleSnapshot: line.title,
              kindSnapshot: "PHYSICAL" as const,
              unitPriceAmount: Math.round(line.lineAmount / line.quantity),
              quantity: line.quantity,
              lineAmount: line.lineAmount,
              commissionRateBps: 1000,
              commissionAmount: Math.round(line.lineAmount / 10),
            })),
          },
        },
      },
    },
    select: { number: true, shopOrders: { select: { id: true } } },
  });
  return { id: order.shopOrders[0].id, orderNumber: order.number };
}

export async function entry(shopId: string, type: LedgerEntryType, amount: number, createdAt: Date) {
  await getDb().ledgerEntry.create({ data: { shopId, type, amount, createdAt } });
}

export async function settings(values: { lowStockThreshold: number }) {
  await getDb().marketplaceSettings.upsert({ where: { id: 1 }, create: { id: 1, ...values }, update: values });
}

export type Vendor = Actor;
