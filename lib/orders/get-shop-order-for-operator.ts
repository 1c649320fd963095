import "server-only";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { CaptureMode, LedgerEntryType, RefundStatus } from "@/lib/generated/prisma/client";
import { paymentStateOf, type PaymentState } from "@/lib/payments/capture-rules";
import { parseIdOrThrow } from "@/lib/parse-id";
import { pickupAddressLine } from "./format-address";
import {
  partDeadline,
  partFacts,
  TIMELINE_SELECT,
  toTimelineEvent,
  type PartDeadline,
  type TimelineEvent,
} from "./order-detail";
import { carrierName, trackingUrl } from "./rules/carriers";
import { allowedActions, type ShopOrderAction } from "./rules/transitions";
import { SHOP_ORDER_SELECT, toShopOrderView, type ShopOrderView } from "./shop-order-view";

export type OperatorLedgerEntry = {
  id: string;
  type: LedgerEntryType;
  /** signed, in minor units: what the entry adds to (or takes from) the shop's balance */
  amount: number;
  currency: string;
  memo: string | null;
  createdAt: Date;
};

export type OperatorRefund = {
  id: string;
  amount: number;
  currency: string;
  status: RefundStatus;
  reason: string | null;
  providerReference: string | null;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  processedAt: Date | null;
};

export type OrderPaymentView = {
  captureMode: CaptureMode;
  state: PaymentState;
  /** what the shopper authorized (ON_ACCEPTANCE) or paid (AT_CHECKOUT): the order's total */
  authorizedAmount: number;
  capturedAmount: number | null;
  capturedAt: Date | null;
  authorizationExpiresAt: Date | null;
  authorizationReleasedAt: Date | null;
};

/** One part as an operator sees it: the vendor's view, plus the shop, the whole order's total and the money. */
export type OperatorShopOrderDetail = ShopOrderView & {
  shopId: string;
  shopName: string;
  /** click & collect: where the shop hands it over */
  pickup: { address: string | null; instructions: string | null } | null;
  orderTotalAmount: number;
  paymentProvider: string | null;
  /** placed in the visible test mode: paid with a test card, no money collected (docs/security.md) */
  testMode: boolean;
  /** the whole order's payment (docs/domain.md, capture): authorized, captured or released amounts and when */
  payment: OrderPaymentView;
  refundedAmount: number;
  carrierName: string | null;
  trackingCode: string | null;
  trackingUrl: string | null;
  availabilityNote: string | null;
  lateFlaggedAt: Date | null;
  deadline: PartDeadline | null;
  timeline: TimelineEvent[];
  ledger: OperatorLedgerEntry[];
  refunds: OperatorRefund[];
  /** the forms the page shows: allowedActions(part, "OPERATOR") */
  actions: ShopOrderAction[];
};

/**
 * One paid part of any shop's order, for an operator (docs/architecture.md, authorization:
 * operators are the cross-shop readers): its order, timeline, deadline, ledger entries and refunds
 * (docs/domain.md, refunds), and the actions the transition table gives the operator. Anyone else:
 * UNAUTHENTICATED or FORBIDDEN. An id that is not one, an unknown id or an unpaid part: NOT_FOUND.
 * The pickup code is never read: the shopper holds it.
 */
export async function getShopOrderForOperator(
  actor: Actor | null,
  shopOrderId: string,
  now: Date = new Date(),
): Promise<OperatorShopOrderDetail> {
  assertRole(actor, "OPERATOR");
  const id = parseIdOrThrow(shopOrderId);
  const row = await getDb().shopOrder.findFirst({
    where: { id, status: { not: "AWAITING_PAYMENT" } },
    select: {
      ...SHOP_ORDER_SELECT,
      order: {
        select: {
          ...SHOP_ORDER_SELECT.order.select,
          totalAmount: true,
          paymentProvider: true,
          testMode: true,
          status: true,
          captureMode: true,
          capturedAmount: true,
          capturedAt: true,
          authorizationExpiresAt: true,
          authorizationReleasedAt: true,
        },
      },
      carrier: true,
      trackingCode: true,
      availabilityNote: true,
      acceptBy: true,
      shipBy: true,
      autoConfirmAt: true,
      lateFlaggedAt: true,
      refundedAmount: true,
      shop: {
        select: { id: true, name: true, addressLine: true, postalCode: true, city: true, pickupInstructions: true },
      },
      events: TIMELINE_SELECT,
      ledgerEntries: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, type: true, amount: true, currency: true, memo: true, createdAt: true },
      },
      refunds: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          amount: true,
          currency: true,
          status: true,
          reason: true,
          providerReference: true,
          attempts: true,
          lastError: true,
          createdAt: true,
          processedAt: true,
        },
      },
    },
  });
  if (!row) throw new AppError("NOT_FOUND");
  const {
    shop,
    events,
    ledgerEntries,
    refunds,
    carrier,
    trackingCode,
    availabilityNote,
    acceptBy,
    shipBy,
    autoConfirmAt,
    lateFlaggedAt,
    refundedAmount,
    ...part
  } = row;
  const view = toShopOrderView(part);
  return {
    ...view,
    shopId: shop.id,
    shopName: shop.name,
    pickup:
      part.deliveryMethod === "CLICK_AND_COLLECT"
        ? { address: pickupAddressLine(shop), instructions: shop.pickupInstructions }
        : null,
    orderTotalAmount: part.order.totalAmount,
    paymentProvider: part.order.paymentProvider,
    testMode: part.order.testMode,
    payment: {
      captureMode: part.order.captureMode,
      state: paymentStateOf(part.order),
      authorizedAmount: part.order.totalAmount,
      capturedAmount: part.order.capturedAmount,
      capturedAt: part.order.capturedAt,
      authorizationExpiresAt: part.order.authorizationExpiresAt,
      authorizationReleasedAt: part.order.authorizationReleasedAt,
    },
    refundedAmount,
    carrierName: carrierName(carrier),
    trackingCode,
    trackingUrl: trackingUrl(carrier, trackingCode),
    availabilityNote,
    lateFlaggedAt,
    deadline: partDeadline({ status: part.status, acceptBy, shipBy, autoConfirmAt }, now),
    timeline: events.map(toTimelineEvent),
    ledger: ledgerEntries,
    refunds,
    actions: allowedActions(partFacts(view), "OPERATOR"),
  };
}
