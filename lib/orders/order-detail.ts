import "server-only";
import type {
  ActorKind,
  CaptureMode,
  DeliveryMethod,
  OrderStatus,
  Prisma,
  ProductKind,
  RefundStatus,
  ShopOrderStatus,
} from "@/lib/generated/prisma/client";
import { paymentStateOf, type PaymentState } from "@/lib/payments/capture-rules";
import { readOpeningHours, type OpeningHours } from "@/lib/shops/opening-hours";
import { pickupAddressLine, shippingAddressLines } from "./format-address";
import { carrierName, trackingUrl } from "./rules/carriers";
import { timeLeft, type TimeLeft } from "./rules/deadlines";
import { finalPriceSummary, type FinalPriceSummary } from "./rules/final-prices";
import { allowedActions, SHOP_ORDER_ACTIONS, type PartFacts, type ShopOrderAction } from "./rules/transitions";
import { shopperReturnActions } from "./rules/returns";
import { RETURN_REQUEST_SELECT, toReturnRequestView, type ReturnRequestView } from "./return-request-view";

// An order as its shopper sees it (payment page, confirmation, "My orders"): every shop's part with
// its status, delivery and lines. Never the commission: that is between the shop and the marketplace.

export type OrderLineView = {
  id: string;
  title: string;
  quantity: number;
  unitPriceAmount: number;
  lineAmount: number;
  estimatedPrice: boolean;
  kind: ProductKind;
  /** how many were refunded after the goods left (docs/domain.md, Refund) */
  refundedQuantity: number;
  /** an estimated-price line's final amount, once the vendor entered it (docs/domain.md, estimated prices) */
  finalLineAmount: number | null;
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
  /** the carrier's name (null for "other"), and its tracking page when Halle knows it */
  carrierName: string | null;
  trackingUrl: string | null;
  /** what the shop said when it made a service or digital product available */
  availabilityNote: string | null;
  /** click & collect only */
  pickupAddress: string | null;
  pickupInstructions: string | null;
  lines: OrderLineView[];
  /** the estimated lines once priced: the difference refunded, or settled at the counter; null before */
  finalPrices: FinalPriceSummary | null;
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
  /** what is happening to the order as a whole, in words (orders.progress.*) */
  progress: OrderProgress;
  /** charged at checkout, or authorized, captured or released (docs/domain.md, capture) */
  payment: PaymentState;
  /** when the money is taken: at checkout, or authorized then captured once the shops accept */
  captureMode: CaptureMode;
  /** capture on acceptance: what was charged, for the accepted parts (null until captured) */
  capturedAmount: number | null;
  parts: OrderPartView[];
};

/** One part as its shopper follows it on "My orders": the timeline, the next deadline, what they may do. */
export type MyOrderPartView = OrderPartView & {
  timeline: TimelineEvent[];
  deadline: PartDeadline | null;
  /** the buttons the shopper gets (allowedActions for SHOPPER) */
  actions: ShopOrderAction[];
  /** the code to give at the counter, while the part waits to be collected */
  pickupCode: string | null;
  /** the shop's hours, while the part waits to be collected; null when the shop gave none */
  openingHours: OpeningHours | null;
  /** the money given back for this part, oldest first (docs/domain.md, Refund) */
  refunds: RefundView[];
  /** the return asked for, if any, and until when one may be (docs/domain.md, returns and escalations) */
  returnRequest: ReturnRequestView | null;
  returnBy: Date | null;
  /** a business buyer: a withdrawal is at the shop's discretion, and its refusal is final */
  buyerIsBusiness: boolean;
};

/** One Refund of a part, as the vendor's and the shopper's pages list it. */
export type RefundView = {
  id: string;
  amount: number;
  status: RefundStatus;
  reason: string | null;
  createdAt: Date;
};

export const REFUNDS_SELECT = {
  orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  select: { id: true, amount: true, status: true, reason: true, createdAt: true },
} as const satisfies Prisma.ShopOrder$refundsArgs;

export type MyOrderDetail = Omit<OrderDetail, "parts"> & { parts: MyOrderPartView[] };

/**
 * The order as a whole, from its payment and its parts' states: "paid — waiting for the shops to
 * accept" while any part awaits an answer, then under way, delivered, completed, or called off
 * when no part is left (refused, expired or cancelled: refunded).
 */
export type OrderProgress =
  | "AWAITING_PAYMENT"
  | "PAYMENT_FAILED"
  | "CANCELLED"
  | "AWAITING_ACCEPTANCE"
  | "IN_PROGRESS"
  | "DELIVERED"
  | "COMPLETED"
  | "CALLED_OFF";

export function orderProgress(status: OrderStatus, parts: readonly { status: ShopOrderStatus }[]): OrderProgress {
  if (status !== "PAID") return status;
  const any = (...states: ShopOrderStatus[]) => parts.some((part) => states.includes(part.status));
  if (any("AWAITING_PAYMENT", "AWAITING_ACCEPTANCE")) return "AWAITING_ACCEPTANCE";
  if (any("ACCEPTED", "READY_FOR_PICKUP", "SHIPPED")) return "IN_PROGRESS";
  if (any("DELIVERED", "RETURN_REQUESTED", "RETURN_ACCEPTED", "RETURN_REFUSED", "ESCALATED")) return "DELIVERED";
  if (any("CONFIRMED", "RETURNED")) return "COMPLETED";
  return "CALLED_OFF";
}

// A part's life, shared with the vendor's view (shop-order-view.ts).

/** What the page says of the part's next deadline (docs/domain.md, deadlines): which one, when, and how far. */
export type PartDeadline = {
  /** accept: answer by acceptBy; ship: ship (or make ready, or available) by shipBy; autoConfirm: confirmed automatically */
  kind: "accept" | "ship" | "autoConfirm";
  at: Date;
  left: TimeLeft;
};

/** The deadline that matters in the part's current state, if any; `late` when it has passed (or was flagged late). */
export function partDeadline(
  part: {
    status: ShopOrderStatus;
    acceptBy: Date | null;
    shipBy: Date | null;
    autoConfirmAt: Date | null;
  },
  now: Date,
): PartDeadline | null {
  const pick = (kind: PartDeadline["kind"], at: Date | null) => (at ? { kind, at, left: timeLeft(now, at) } : null);
  if (part.status === "AWAITING_ACCEPTANCE") return pick("accept", part.acceptBy);
  if (part.status === "ACCEPTED") return pick("ship", part.shipBy);
  if (part.status === "DELIVERED" || part.status === "RETURN_REFUSED") return pick("autoConfirm", part.autoConfirmAt);
  return null;
}

/** The actions of the timeline the pages have words for; anything else is shown by the state it led to. */
export const TIMELINE_ACTIONS = [
  "PAID",
  ...SHOP_ORDER_ACTIONS,
  "REFUND",
  "REMINDED",
  "FLAGGED_LATE",
  "DECIDE_ESCALATION",
] as const;

export type TimelineEvent = {
  id: string;
  action: (typeof TIMELINE_ACTIONS)[number] | "OTHER";
  toStatus: ShopOrderStatus | null;
  actorKind: ActorKind;
  reason: string | null;
  createdAt: Date;
};

/** A ShopOrderEvent row as the timeline shows it: who (by role), when, what, why. */
export const TIMELINE_SELECT = {
  orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  select: { id: true, action: true, toStatus: true, actorKind: true, reason: true, createdAt: true },
} as const satisfies Prisma.ShopOrder$eventsArgs;

export function toTimelineEvent(
  row: Prisma.ShopOrderEventGetPayload<{ select: typeof TIMELINE_SELECT.select }>,
): TimelineEvent {
  const known = (TIMELINE_ACTIONS as readonly string[]).includes(row.action);
  return { ...row, action: known ? (row.action as TimelineEvent["action"]) : "OTHER" };
}

/** What the transition table needs to know of a part (lib/orders/rules/transitions.ts). */
export function partFacts(part: {
  status: ShopOrderStatus;
  deliveryMethod: DeliveryMethod;
  lines: { kind: string }[];
}): PartFacts {
  return {
    status: part.status,
    deliveryMethod: part.deliveryMethod,
    hasPhysicalGoods: part.lines.some((line) => line.kind === "PHYSICAL"),
  };
}

export const LINE_SELECT = {
  orderBy: { id: "asc" },
  select: {
    id: true,
    titleSnapshot: true,
    quantity: true,
    unitPriceAmount: true,
    lineAmount: true,
    estimatedPrice: true,
    kindSnapshot: true,
    refundedQuantity: true,
    finalLineAmount: true,
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
  captureMode: true,
  capturedAt: true,
  capturedAmount: true,
  authorizationReleasedAt: true,
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
      carrier: true,
      trackingCode: true,
      availabilityNote: true,
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
    kind: line.kindSnapshot,
    refundedQuantity: line.refundedQuantity,
    finalLineAmount: line.finalLineAmount,
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
    progress: orderProgress(row.status, row.shopOrders),
    payment: paymentStateOf(row),
    captureMode: row.captureMode,
    capturedAmount: row.capturedAmount,
    parts: row.shopOrders.map(({ shop, lines, carrier, ...part }) => {
      const collect = part.deliveryMethod === "CLICK_AND_COLLECT";
      const lineViews = lines.map(toLineView);
      return {
        ...part,
        shopName: shop.name,
        shopSlug: shop.slug,
        pickupAddress: collect ? pickupAddressLine(shop) : null,
        pickupInstructions: collect ? shop.pickupInstructions : null,
        carrierName: carrierName(carrier),
        trackingUrl: trackingUrl(carrier, part.trackingCode),
        lines: lineViews,
        finalPrices: finalPriceSummary(lineViews),
      };
    }),
  };
}

/** The order page of "My orders" reads a little more of each part: its life (docs/domain.md, ShopOrder states). */
export const MY_ORDER_DETAIL_SELECT = {
  ...ORDER_DETAIL_SELECT,
  buyerIsBusiness: true,
  shopOrders: {
    ...ORDER_DETAIL_SELECT.shopOrders,
    select: {
      ...ORDER_DETAIL_SELECT.shopOrders.select,
      pickupCode: true,
      acceptBy: true,
      shipBy: true,
      autoConfirmAt: true,
      returnBy: true,
      returnRequest: RETURN_REQUEST_SELECT,
      // the shopper sees the changes of state, not the vendor's reminders
      events: { ...TIMELINE_SELECT, where: { toStatus: { not: null } } },
      refunds: REFUNDS_SELECT,
      shop: { select: { ...ORDER_DETAIL_SELECT.shopOrders.select.shop.select, openingHours: true } },
    },
  },
} as const satisfies Prisma.OrderSelect;

export function toMyOrderDetail(
  row: Prisma.OrderGetPayload<{ select: typeof MY_ORDER_DETAIL_SELECT }>,
  now: Date,
): MyOrderDetail {
  const detail = toOrderDetail(row);
  return {
    ...detail,
    parts: detail.parts.map((part, index) => {
      const source = row.shopOrders[index];
      const waiting = source.status === "READY_FOR_PICKUP";
      const hours = waiting ? readOpeningHours(source.shop.openingHours) : null;
      return {
        ...part,
        timeline: source.events.map(toTimelineEvent),
        deadline: partDeadline(source, now),
        actions: shopperReturnActions(
          allowedActions(partFacts(part), "SHOPPER"),
          {
            status: source.status,
            returnBy: source.returnBy,
            buyerIsBusiness: row.buyerIsBusiness,
            request: source.returnRequest,
          },
          now,
        ),
        pickupCode: waiting ? source.pickupCode : null,
        openingHours: hours && hours.some((day) => day.length > 0) ? hours : null,
        refunds: source.refunds,
        returnRequest: toReturnRequestView(source.returnRequest),
        returnBy: source.returnBy,
        buyerIsBusiness: row.buyerIsBusiness,
      };
    }),
  };
}
