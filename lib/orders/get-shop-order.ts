import "server-only";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { refundableAmountOf } from "@/lib/ledger/refund-entries";
import { parseIdOrThrow } from "@/lib/parse-id";
import {
  partDeadline,
  partFacts,
  REFUNDS_SELECT,
  TIMELINE_SELECT,
  toTimelineEvent,
  type PartDeadline,
  type RefundView,
  type TimelineEvent,
} from "./order-detail";
import { REFUNDABLE_STATES } from "./refund-shop-order";
import { carrierName, trackingUrl } from "./rules/carriers";
import { DEFAULT_MARGIN_BPS, finalAmountCeiling, pendingFinalLines } from "./rules/final-prices";
import { allowedActions, type ShopOrderAction } from "./rules/transitions";
import { SHOP_ORDER_SELECT, toShopOrderView, type ShopOrderView } from "./shop-order-view";

/** One part as its vendor works on it: the order, the timeline, the deadline and the actions open to them. */
export type ShopOrderDetail = ShopOrderView & {
  shopId: string;
  shopName: string;
  /** the carrier's name (null for "other"), the code, and the carrier's tracking page when known */
  carrierName: string | null;
  trackingCode: string | null;
  trackingUrl: string | null;
  availabilityNote: string | null;
  lateFlaggedAt: Date | null;
  deadline: PartDeadline | null;
  timeline: TimelineEvent[];
  /** the forms the page shows: allowedActions(part, "VENDOR") */
  actions: ShopOrderAction[];
  /** what has been given back so far, and what may still be (docs/domain.md, Refund) */
  refunds: RefundView[];
  refundedAmount: number;
  refundableAmount: number;
  /** whether the vendor may refund now: after the goods left (refundShopOrder), with something left */
  canRefund: boolean;
  /** the estimated lines still to price when the goods leave, with the most each may be (docs/domain.md, estimated prices) */
  pendingFinalPrices: { id: string; title: string; estimatedAmount: number; maxAmount: number }[];
};

/**
 * One paid part of an order, for the vendor owning its shop (whichever of their shops it is).
 * Another shop's vendor, a shopper's id guess, an unpaid part: NOT_FOUND. The pickup code is never
 * read: the shopper holds it and gives it at the counter (docs/domain.md, ShopOrder states).
 */
export async function getShopOrder(actor: Actor | null, shopOrderId: string): Promise<ShopOrderDetail> {
  assertRole(actor, "VENDOR");
  const id = parseIdOrThrow(shopOrderId);
  const row = await getDb().shopOrder.findFirst({
    where: { id, shop: { ownerId: actor.id }, status: { not: "AWAITING_PAYMENT" } },
    select: {
      ...SHOP_ORDER_SELECT,
      carrier: true,
      trackingCode: true,
      availabilityNote: true,
      acceptBy: true,
      shipBy: true,
      autoConfirmAt: true,
      lateFlaggedAt: true,
      shop: { select: { id: true, name: true } },
      events: TIMELINE_SELECT,
      refunds: REFUNDS_SELECT,
      refundedAmount: true,
    },
  });
  if (!row) throw new AppError("NOT_FOUND");
  const {
    shop,
    events,
    carrier,
    trackingCode,
    availabilityNote,
    acceptBy,
    shipBy,
    autoConfirmAt,
    lateFlaggedAt,
    refunds,
    refundedAmount,
    ...part
  } = row;
  const refundableAmount = refundableAmountOf({ ...part, refundedAmount });
  const view = toShopOrderView(part);
  const pending = pendingFinalLines(view.lines);
  const margin =
    pending.length > 0
      ? await getDb().marketplaceSettings.findUnique({ where: { id: 1 }, select: { estimatedPriceMarginBps: true } })
      : null;
  return {
    ...view,
    shopId: shop.id,
    shopName: shop.name,
    carrierName: carrierName(carrier),
    trackingCode,
    trackingUrl: trackingUrl(carrier, trackingCode),
    availabilityNote,
    lateFlaggedAt,
    deadline: partDeadline({ status: part.status, acceptBy, shipBy, autoConfirmAt }, new Date()),
    timeline: events.map(toTimelineEvent),
    actions: allowedActions(partFacts(view), "VENDOR"),
    refunds,
    refundedAmount,
    refundableAmount,
    canRefund: REFUNDABLE_STATES.includes(part.status) && refundableAmount > 0,
    pendingFinalPrices: pending.map((line) => ({
      id: line.id,
      title: line.title,
      estimatedAmount: line.lineAmount,
      maxAmount: finalAmountCeiling(
        line.lineAmount,
        margin?.estimatedPriceMarginBps ?? DEFAULT_MARGIN_BPS,
        part.deliveryMethod,
      ),
    })),
  };
}
