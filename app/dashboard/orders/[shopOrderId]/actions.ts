"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { RefundFormState } from "@/components/dashboard/orders/refund-form";
import type { TransitionFormState } from "@/components/orders/transition-form";
import { getActor } from "@/lib/auth/session";
import type { AppError } from "@/lib/errors";
import { formText } from "@/lib/forms/form-text";
import { runFormAction } from "@/lib/forms/form-state";
import { getT } from "@/lib/i18n/server";
import type { MessageKey } from "@/lib/i18n/translate";
import { refundShopOrder, type RefundShopOrderInput } from "@/lib/orders/refund-shop-order";
import type { ShopOrderAction } from "@/lib/orders/rules/transitions";
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

/** The refund form's fields besides one "quantity.<orderLineId>" per line (components/dashboard/orders/refund-form.tsx). */
const REFUND_FIELDS = ["reason", "mode", "amount", "lines"];

/**
 * A refund after the goods left (docs/domain.md, Refund): the first post checks everything
 * (refundShopOrder's preview) and asks to confirm with the exact amount; the second refunds
 * (works without JavaScript: the state carries what was typed back into the confirm step).
 */
export async function refundAction(
  shopOrderId: string,
  _previous: RefundFormState,
  formData: FormData,
): Promise<RefundFormState> {
  const [actor, { locale, t }] = await Promise.all([getActor(), getT()]);
  const page = `/dashboard/orders/${encodeURIComponent(shopOrderId)}`;
  const values: Record<string, string> = {};
  for (const [name, value] of formData.entries())
    if (typeof value === "string" && (REFUND_FIELDS.includes(name) || name.startsWith("quantity.")))
      values[name] = value;
  const intent = formText(formData, "intent");
  if (intent === "back") return { status: "idle", fieldErrors: {}, values };

  const mode = values.mode ?? "";
  const input: RefundShopOrderInput = { shopOrderId, reason: values.reason ?? "", locale };
  if (mode === "all") input.all = true;
  else if (mode === "amount") input.amount = values.amount ?? "";
  else if (mode === "lines")
    input.lines = Object.entries(values)
      .filter(([name, quantity]) => name.startsWith("quantity.") && quantity.trim() !== "" && quantity.trim() !== "0")
      .map(([name, quantity]) => ({ orderLineId: name.slice("quantity.".length), quantity }));
  const fields = [...REFUND_FIELDS, ...Object.keys(values).filter((name) => name.startsWith("quantity."))];
  const options = {
    fields,
    overrides: {
      CONFLICT: (error: AppError) => {
        const message = t(error.message as MessageKey);
        return message === error.message ? undefined : { fieldErrors: { form: message } };
      },
    },
  };

  if (intent !== "confirm") {
    let amount = 0;
    const state = await runFormAction(
      t,
      "refundShopOrder preview",
      async () => {
        amount = (await refundShopOrder(actor, input, { preview: true })).amount;
      },
      options,
    );
    if (state.status !== "success") return { ...state, values, confirming: false };
    return { status: "idle", fieldErrors: {}, values, confirming: true, amount };
  }

  const state = await runFormAction(
    t,
    "refundShopOrder",
    async () => {
      await refundShopOrder(actor, input);
    },
    options,
  );
  for (const path of [page, "/dashboard/orders"]) revalidatePath(path);
  if (state.status === "success") redirect(`${page}?done=REFUND`);
  return { ...state, values, confirming: false };
}
