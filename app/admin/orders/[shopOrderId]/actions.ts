"use server";

import { runTransitionForm } from "@/lib/orders/run-transition-form";
import type { TransitionFormState } from "@/components/orders/transition-form";

// The operator's actions on one part (docs/domain.md, ShopOrder states: the table lets the
// marketplace cancel and mark delivered). Each is bound to the part's id by the page;
// transitionShopOrder checks the actor is an operator and the part is in a state that allows it.

const page = (shopOrderId: string) => `/admin/orders/${encodeURIComponent(shopOrderId)}`;

export async function cancelAction(shopOrderId: string, _previous: TransitionFormState, formData: FormData) {
  return runTransitionForm({
    shopOrderId,
    action: "CANCEL",
    actorKind: "OPERATOR",
    formData,
    fields: ["reason"],
    confirm: true,
    page: page(shopOrderId),
    alsoRevalidate: ["/admin/orders"],
  });
}

export async function markDeliveredAction(shopOrderId: string, _previous: TransitionFormState, formData: FormData) {
  return runTransitionForm({
    shopOrderId,
    action: "MARK_DELIVERED",
    actorKind: "OPERATOR",
    formData,
    fields: [],
    confirm: false,
    page: page(shopOrderId),
    alsoRevalidate: ["/admin/orders"],
  });
}

export async function acceptReturnAction(shopOrderId: string, _previous: TransitionFormState, formData: FormData) {
  return runTransitionForm({
    shopOrderId,
    action: "ACCEPT_RETURN",
    actorKind: "OPERATOR",
    formData,
    fields: ["instructions"],
    confirm: false,
    page: page(shopOrderId),
    alsoRevalidate: ["/admin/orders"],
  });
}

export async function receiveReturnAction(shopOrderId: string, _previous: TransitionFormState, formData: FormData) {
  return runTransitionForm({
    shopOrderId,
    action: "RECEIVE_RETURN",
    actorKind: "OPERATOR",
    formData,
    fields: [],
    confirm: true,
    page: page(shopOrderId),
    alsoRevalidate: ["/admin/orders"],
  });
}
