import "server-only";
import type { DeliveryMethod, OrderStatus, Prisma, ShopOrderStatus } from "@/lib/generated/prisma/client";
import { pickupAddressLine, shippingAddressLines } from "./format-address";

// An order as its shopper sees it (payment page, confirmation, "My orders"): every shop's part with
// its status, delivery and lines. Never the commission: that is between the shop and the marketplace.

export type OrderLineView = {
  id: string;
  title: string;
  quantity: number;
  unitPriceAmount: number;
  lineAmount: number;
  estimatedPrice: boolean;
};

export type OrderPartView = {
  id: string;
  shopName: string;
  shopSlug: string;
  status: ShopOrderStatus;
  deliveryMethod: DeliveryMethod;
  deliveryFeeAmount: number;
  postageDue: boolean;
  itemsAmount: number;
  note: string | null;
  trackingCode: string | null;
  /** click & collect only */
  pickupAddress: string | null;
  pickupInstructions: string | null;
  lines: OrderLineView[];
};

export type OrderDetail = {
  id: string;
  number: string;
  status: OrderStatus;
  currency: string;
  itemsAmount: number;
  shippingAmount: number;
  totalAmount: number;
  email: string;
  customerName: string;
  paymentProvider: string | null;
  createdAt: Date;
  paidAt: Date | null;
  shippingAddress: string[];
  parts: OrderPartView[];
};

export const LINE_SELECT = {
  orderBy: { id: "asc" },
  select: {
    id: true,
    titleSnapshot: true,
    quantity: true,
    unitPriceAmount: true,
    lineAmount: true,
    estimatedPrice: true,
  },
} as const satisfies Prisma.ShopOrder$linesArgs;

export const ORDER_DETAIL_SELECT = {
  id: true,
  number: true,
  status: true,
  currency: true,
  itemsAmount: true,
  shippingAmount: true,
  totalAmount: true,
  email: true,
  customerName: true,
  paymentProvider: true,
  createdAt: true,
  paidAt: true,
  shippingAddress: true,
  shopOrders: {
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      status: true,
      deliveryMethod: true,
      deliveryFeeAmount: true,
      postageDue: true,
      itemsAmount: true,
      note: true,
      trackingCode: true,
      shop: {
        select: { name: true, slug: true, addressLine: true, postalCode: true, city: true, pickupInstructions: true },
      },
      lines: LINE_SELECT,
    },
  },
} as const satisfies Prisma.OrderSelect;

type LineRow = Prisma.OrderLineGetPayload<{ select: typeof LINE_SELECT.select }>;

export function toLineView(line: LineRow): OrderLineView {
  return {
    id: line.id,
    title: line.titleSnapshot,
    quantity: line.quantity,
    unitPriceAmount: line.unitPriceAmount,
    lineAmount: line.lineAmount,
    estimatedPrice: line.estimatedPrice,
  };
}

export function toOrderDetail(row: Prisma.OrderGetPayload<{ select: typeof ORDER_DETAIL_SELECT }>): OrderDetail {
  return {
    id: row.id,
    number: row.number,
    status: row.status,
    currency: row.currency,
    itemsAmount: row.itemsAmount,
    shippingAmount: row.shippingAmount,
    totalAmount: row.totalAmount,
    email: row.email,
    customerName: row.customerName,
    paymentProvider: row.paymentProvider,
    createdAt: row.createdAt,
    paidAt: row.paidAt,
    shippingAddress: shippingAddressLines(row.shippingAddress),
    parts: row.shopOrders.map(({ shop, lines, ...part }) => {
      const collect = part.deliveryMethod === "CLICK_AND_COLLECT";
      return {
        ...part,
        shopName: shop.name,
        shopSlug: shop.slug,
        pickupAddress: collect ? pickupAddressLine(shop) : null,
        pickupInstructions: collect ? shop.pickupInstructions : null,
        lines: lines.map(toLineView),
      };
    }),
  };
}
