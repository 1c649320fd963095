import "server-only";
import type { DeliveryMethod, Prisma, ShopOrderStatus } from "@/lib/generated/prisma/client";
import { netAmountOf } from "@/lib/ledger/record-sale-entries";
import { shippingAddressLines, shippingAddressPhone } from "./format-address";
import { LINE_SELECT, toLineView, type OrderLineView } from "./order-detail";
import { finalPriceSummary, type FinalPriceSummary } from "./rules/final-prices";
import {
  businessBuyerOf,
  RETURN_REQUEST_SELECT,
  toReturnRequestView,
  type BusinessBuyerView,
  type ReturnRequestView,
} from "./return-request-view";

// A shop's part of an order as its vendor sees it: the customer's contact details, delivery, note,
// lines and what the shop is owed: the fee engine's breakdown stored on the part (docs/domain.md,
// fees): items + shipping − commission (of which shipping) − VAT on fees − payment fee.

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
  /** the estimated lines once priced (docs/domain.md, estimated prices); null before */
  finalPrices: FinalPriceSummary | null;
  itemsAmount: number;
  deliveryFeeAmount: number;
  postageDue: boolean;
  /** items and shipping commission together */
  commissionAmount: number;
  /** the part of the commission taken on the delivery fee */
  shippingCommissionAmount: number;
  feesVatAmount: number;
  paymentFeeAmount: number;
  netAmount: number;
  /** the shop's sale number, set when paid */
  saleNumber: number | null;
  /** the buyer's company when they ordered as a business (docs/domain.md, business buyer) */
  businessBuyer: BusinessBuyerView;
  /** the shopper's return request, if any (docs/domain.md, returns and escalations) */
  returnRequest: ReturnRequestView | null;
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
  shippingCommissionAmount: true,
  feesVatAmount: true,
  paymentFeeAmount: true,
  saleNumber: true,
  note: true,
  order: {
    select: {
      number: true,
      paidAt: true,
      customerName: true,
      email: true,
      customerPhone: true,
      shippingAddress: true,
      buyerIsBusiness: true,
      buyerCompanyName: true,
      buyerVatNumber: true,
    },
  },
  lines: LINE_SELECT,
  returnRequest: RETURN_REQUEST_SELECT,
} as const satisfies Prisma.ShopOrderSelect;

export function toShopOrderView(row: Prisma.ShopOrderGetPayload<{ select: typeof SHOP_ORDER_SELECT }>): ShopOrderView {
  const { order, lines, returnRequest, ...part } = row;
  const lineViews = lines.map(toLineView);
  return {
    ...part,
    orderNumber: order.number,
    paidAt: order.paidAt,
    customerName: order.customerName,
    customerEmail: order.email,
    customerPhone: order.customerPhone ?? shippingAddressPhone(order.shippingAddress),
    shippingAddress: part.deliveryMethod === "CLICK_AND_COLLECT" ? [] : shippingAddressLines(order.shippingAddress),
    lines: lineViews,
    finalPrices: finalPriceSummary(lineViews),
    netAmount: netAmountOf(part),
    businessBuyer: businessBuyerOf(order),
    returnRequest: toReturnRequestView(returnRequest),
  };
}
