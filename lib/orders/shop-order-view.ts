import "server-only";
import type { DeliveryMethod, Prisma, ShopOrderStatus } from "@/lib/generated/prisma/client";
import { netAmountOf } from "@/lib/ledger/record-sale-entries";
import { shippingAddressLines, shippingAddressPhone } from "./format-address";
import { LINE_SELECT, toLineView, type OrderLineView } from "./order-detail";

// A shop's part of an order as its vendor sees it: the customer's contact details, delivery, note,
// lines and what the shop is owed (items + shipping − commission − payment fee).

export type ShopOrderView = {
  id: string;
  orderNumber: string;
  paidAt: Date | null;
  status: ShopOrderStatus;
  statusChangedAt: Date;
  currency: string;
  customerName: string;
  customerEmail: string;
  customerPhone: string | null;
  deliveryMethod: DeliveryMethod;
  /** empty for click & collect */
  shippingAddress: string[];
  note: string | null;
  lines: OrderLineView[];
  itemsAmount: number;
  deliveryFeeAmount: number;
  postageDue: boolean;
  commissionAmount: number;
  paymentFeeAmount: number;
  netAmount: number;
};

export const SHOP_ORDER_SELECT = {
  id: true,
  status: true,
  statusChangedAt: true,
  currency: true,
  deliveryMethod: true,
  deliveryFeeAmount: true,
  postageDue: true,
  itemsAmount: true,
  commissionAmount: true,
  paymentFeeAmount: true,
  note: true,
  order: {
    select: { number: true, paidAt: true, customerName: true, email: true, customerPhone: true, shippingAddress: true },
  },
  lines: LINE_SELECT,
} as const satisfies Prisma.ShopOrderSelect;

export function toShopOrderView(row: Prisma.ShopOrderGetPayload<{ select: typeof SHOP_ORDER_SELECT }>): ShopOrderView {
  const { order, lines, ...part } = row;
  return {
    ...part,
    orderNumber: order.number,
    paidAt: order.paidAt,
    customerName: order.customerName,
    customerEmail: order.email,
    customerPhone: order.customerPhone ?? shippingAddressPhone(order.shippingAddress),
    shippingAddress: part.deliveryMethod === "CLICK_AND_COLLECT" ? [] : shippingAddressLines(order.shippingAddress),
    lines: lines.map(toLineView),
    netAmount: netAmountOf(part),
  };
}
