"use server";

import type { RefundFormState } from "@/components/dashboard/orders/refund-form";
import type { TransitionFormState } from "@/components/orders/transition-form";
import type { ShopOrderAction } from "@/lib/orders/rules/transitions";
import { runRefundForm } from "@/lib/orders/run-refund-form";
import { runTransitionForm, type TransitionFieldName } from "@/lib/orders/run-transition-form";

// The vendor's actions on one part of an order (docs/domain.md, ShopOrder states). Each is bound to
// the part's id by the page; transitionShopOrder checks who may do what, from which state.

function vendorAction(
  shopOrderId: string,
  action: ShopOrderAction,
  formData: FormData,
  fields: readonly TransitionFieldName[] = [],
  confirm = false,
): Promise<TransitionFormState> {
  return runTransitionForm({
    shopOrderId,
    action,
    actorKind: "VENDOR",
    formData,
    fields,
    confirm,
    page: `/dashboard/orders/${encodeURIComponent(shopOrderId)}`,
    alsoRevalidate: ["/dashboard/orders"],
  });
}

export async function acceptAction(shopOrderId: string, _previous: TransitionFormState, formData: FormData) {
  return vendorAction(shopOrderId, "ACCEPT", formData);
}

export async function refuseAction(shopOrderId: string, _previous: TransitionFormState, formData: FormData) {
  return vendorAction(shopOrderId, "REFUSE", formData, ["reason"], true);
}

export async function cancelAction(shopOrderId: string, _previous: TransitionFormState, formData: FormData) {
  return vendorAction(shopOrderId, "CANCEL", formData, ["reason"], true);
}

export async function shipAction(shopOrderId: string, _previous: TransitionFormState, formData: FormData) {
  return vendorAction(shopOrderId, "SHIP", formData, ["carrier", "trackingCode"]);
}

export async function readyForPickupAction(shopOrderId: string, _previous: TransitionFormState, formData: FormData) {
  return vendorAction(shopOrderId, "READY_FOR_PICKUP", formData);
}

export async function handOverAction(shopOrderId: string, _previous: TransitionFormState, formData: FormData) {
  return vendorAction(shopOrderId, "HAND_OVER", formData, ["pickupCode"]);
}

export async function markDeliveredAction(shopOrderId: string, _previous: TransitionFormState, formData: FormData) {
  return vendorAction(shopOrderId, "MARK_DELIVERED", formData);
}

export async function makeAvailableAction(shopOrderId: string, _previous: TransitionFormState, formData: FormData) {
  return vendorAction(shopOrderId, "MAKE_AVAILABLE", formData, ["availabilityNote"]);
}

export async function acceptReturnAction(shopOrderId: string, _previous: TransitionFormState, formData: FormData) {
  return vendorAction(shopOrderId, "ACCEPT_RETURN", formData, ["instructions"]);
}

export async function refuseReturnAction(shopOrderId: string, _previous: TransitionFormState, formData: FormData) {
  return vendorAction(shopOrderId, "REFUSE_RETURN", formData, ["reason"], true);
}

export async function receiveReturnAction(shopOrderId: string, _previous: TransitionFormState, formData: FormData) {
  return vendorAction(shopOrderId, "RECEIVE_RETURN", formData, [], true);
}

/**
 * A refund after the goods left (docs/domain.md, Refund): the first post checks everything
 * (refundShopOrder's preview) and asks to confirm with the exact amount; the second refunds.
 */
export async function refundAction(
  shopOrderId: string,
  _previous: RefundFormState,
  formData: FormData,
): Promise<RefundFormState> {
  return runRefundForm({
    shopOrderId,
    formData,
    page: `/dashboard/orders/${encodeURIComponent(shopOrderId)}`,
    alsoRevalidate: ["/dashboard/orders"],
  });
}
