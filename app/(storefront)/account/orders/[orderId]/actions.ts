"use server";

import type { TransitionFormState } from "@/components/orders/transition-form";
import { runTransitionForm } from "@/lib/orders/run-transition-form";

// The shopper's actions on one part of their order (docs/domain.md, ShopOrder states), bound to the
// order and the part by the page; transitionShopOrder checks the part is theirs and may be acted on.

const orderPage = (orderId: string) => `/account/orders/${encodeURIComponent(orderId)}`;

/** "Received, all good". */
export async function confirmReceiptAction(
  orderId: string,
  shopOrderId: string,
  _previous: TransitionFormState,
  formData: FormData,
): Promise<TransitionFormState> {
  return runTransitionForm({
    shopOrderId,
    action: "CONFIRM",
    actorKind: "SHOPPER",
    formData,
    fields: [],
    confirm: false,
    page: orderPage(orderId),
    alsoRevalidate: ["/account/orders"],
  });
}

/** Cancel a part before its shop accepts it: a reason may be given, and a confirm step. */
export async function cancelPartAction(
  orderId: string,
  shopOrderId: string,
  _previous: TransitionFormState,
  formData: FormData,
): Promise<TransitionFormState> {
  return runTransitionForm({
    shopOrderId,
    action: "CANCEL",
    actorKind: "SHOPPER",
    formData,
    fields: ["reason"],
    confirm: true,
    page: orderPage(orderId),
    alsoRevalidate: ["/account/orders"],
  });
}
