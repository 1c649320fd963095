import "server-only";
import { appUrl } from "@/lib/app-url";
import type { Prisma } from "@/lib/generated/prisma/client";
import { queueEmail } from "@/lib/notifications/queue-email";
import { emailLocaleOf, listOperatorInboxes } from "@/lib/notifications/recipients";
import { vendorInbox } from "./vendor-inbox";
import type { ShopOrderStepEmail, ShopOrderStepTemplateName } from "@/lib/notifications/templates";
import { readOpeningHours } from "@/lib/shops/opening-hours";
import { pickupAddressLine } from "./format-address";
import { carrierName, trackingUrl } from "./rules/carriers";
import { FINAL_PRICE_ACTIONS } from "./rules/final-prices";
import { shopperOrderSelect, shopperOrderUrl } from "./shopper-order-link";
import {
  recipientsOf,
  type ActorKind,
  type Recipient,
  type ShopOrderAction,
  type Transition,
} from "./rules/transitions";

/** Which template each transition sends to each recipient; the operators get one generic notice. */
const TEMPLATES: Record<ShopOrderAction, Partial<Record<Recipient, ShopOrderStepTemplateName>>> = {
  ACCEPT: { shopper: "order.accepted" },
  REFUSE: { shopper: "order.refused" },
  EXPIRE: { shopper: "order.expired", vendor: "order.expired-shop" },
  CANCEL: { shopper: "order.cancelled", vendor: "order.cancelled-shop" },
  SHIP: { shopper: "order.shipped" },
  READY_FOR_PICKUP: { shopper: "order.ready-for-pickup" },
  HAND_OVER: { shopper: "order.handed-over" },
  MARK_DELIVERED: { shopper: "order.delivered" },
  MAKE_AVAILABLE: { shopper: "order.made-available" },
  CONFIRM: { vendor: "order.receipt-confirmed" },
  AUTO_CONFIRM: {},
  REQUEST_RETURN: { vendor: "order.return-requested-shop" },
  ACCEPT_RETURN: { shopper: "order.return-accepted", vendor: "order.return-accepted-shop" },
  REFUSE_RETURN: { shopper: "order.return-refused" },
  ESCALATE: { vendor: "order.escalated-shop", operator: "order.escalated-operator" },
  RECEIVE_RETURN: { shopper: "order.return-received" },
};

/** The template a transition sends to a recipient (the operators' generic notice when none is written for it). */
export function stepTemplateOf(action: ShopOrderAction, recipient: Recipient): ShopOrderStepTemplateName {
  return TEMPLATES[action][recipient] ?? "order.step-operator";
}

/**
 * Queues the e-mails a transition's row says (`notify`, and `notifyAlsoWhenBy` for this actor:
 * recipientsOf), in the transition's transaction, from the
 * part as the transition left it: the shopper at the order's e-mail, the vendor at the shop
 * owner's, the operators each at their own.
 */
export async function queueShopOrderStepEmails(
  tx: Prisma.TransactionClient,
  shopOrderId: string,
  transition: Transition,
  step: { by: ActorKind; reason: string | null; refundAmount: number | null; settleAmount?: number | null },
): Promise<void> {
  const recipients = recipientsOf(transition, step.by);
  if (recipients.length === 0) return;
  const part = await tx.shopOrder.findUniqueOrThrow({
    where: { id: shopOrderId },
    select: {
      id: true,
      status: true,
      deliveryMethod: true,
      currency: true,
      carrier: true,
      trackingCode: true,
      pickupCode: true,
      availabilityNote: true,
      shipBy: true,
      returnBy: true,
      order: { select: shopperOrderSelect },
      shop: {
        select: {
          name: true,
          addressLine: true,
          postalCode: true,
          city: true,
          pickupInstructions: true,
          openingHours: true,
          email: true,
          owner: { select: { email: true, locale: true } },
        },
      },
      lines: {
        orderBy: { id: "asc" },
        select: {
          kindSnapshot: true,
          titleSnapshot: true,
          estimatedPrice: true,
          lineAmount: true,
          finalLineAmount: true,
        },
      },
      returnRequest: { select: { kind: true, instructions: true } },
    },
  });
  const collect = part.deliveryMethod === "CLICK_AND_COLLECT";
  const base: Omit<ShopOrderStepEmail, "customerName" | "orderUrl"> = {
    orderNumber: part.order.number,
    shopName: part.shop.name,
    currency: part.currency,
    deliveryMethod: part.deliveryMethod,
    goods: part.lines.some((line) => line.kindSnapshot === "PHYSICAL") ? "physical" : "intangible",
    by: step.by,
    status: part.status,
    reason: step.reason,
    refundAmount: step.refundAmount,
    // the estimated lines priced at this step (docs/domain.md, estimated prices)
    finalPrices: FINAL_PRICE_ACTIONS.includes(transition.action)
      ? part.lines.flatMap((line) =>
          line.estimatedPrice && line.finalLineAmount !== null
            ? [{ title: line.titleSnapshot, estimatedAmount: line.lineAmount, finalAmount: line.finalLineAmount }]
            : [],
        )
      : [],
    settleAmount: step.settleAmount ?? null,
    carrierName: carrierName(part.carrier),
    trackingCode: part.trackingCode,
    trackingUrl: trackingUrl(part.carrier, part.trackingCode),
    pickupAddress: collect ? pickupAddressLine(part.shop) : null,
    pickupHours: collect ? readOpeningHours(part.shop.openingHours) : null,
    pickupInstructions: collect ? part.shop.pickupInstructions : null,
    // the code goes to the shopper only, and only while the part waits to be collected
    pickupCode: part.status === "READY_FOR_PICKUP" ? part.pickupCode : null,
    availabilityNote: part.availabilityNote,
    shipBy: part.shipBy?.toISOString() ?? null,
    returnBy: part.returnBy?.toISOString() ?? null,
    returnKind: part.returnRequest?.kind ?? null,
    returnInstructions: part.returnRequest?.instructions ?? null,
  };
  for (const recipient of recipients) {
    const template = stepTemplateOf(transition.action, recipient);
    if (recipient === "shopper") {
      await queueEmail(tx, {
        to: part.order.email,
        locale: emailLocaleOf(part.order.user?.locale),
        template,
        data: {
          ...base,
          customerName: part.order.customerName || null,
          orderUrl: shopperOrderUrl(part.order),
        },
      });
    } else if (recipient === "vendor") {
      await queueEmail(tx, {
        to: vendorInbox(part.shop),
        locale: emailLocaleOf(part.shop.owner.locale),
        template,
        data: { ...base, pickupCode: null, customerName: null, orderUrl: appUrl(`/dashboard/orders/${part.id}`) },
      });
    } else {
      for (const operator of await listOperatorInboxes(tx)) {
        await queueEmail(tx, {
          to: operator.email,
          locale: emailLocaleOf(operator.locale),
          template,
          // the part's own page, where the operator acts (an escalation is decided there)
          data: { ...base, pickupCode: null, customerName: null, orderUrl: appUrl(`/admin/orders/${part.id}`) },
        });
      }
    }
  }
}
