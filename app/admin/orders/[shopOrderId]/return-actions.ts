"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { RefundFormState } from "@/components/dashboard/orders/refund-form";
import type { DecisionFormState } from "@/components/orders/escalation-decision-form";
import { getActor } from "@/lib/auth/session";
import type { AppError } from "@/lib/errors";
import { formText } from "@/lib/forms/form-text";
import { runFormAction } from "@/lib/forms/form-state";
import { getT } from "@/lib/i18n/server";
import type { MessageKey } from "@/lib/i18n/translate";
import { decideEscalation, type DecideEscalationInput } from "@/lib/orders/decide-escalation";
import { refundShopOrder, type RefundShopOrderInput } from "@/lib/orders/refund-shop-order";

// The operator's money decisions on one part (docs/domain.md, returns and escalations; Refund):
// the decision on an escalated return, and a refund after the goods left. Each first post checks
// everything (the domain's preview) and asks to confirm; the second acts.

const page = (shopOrderId: string) => `/admin/orders/${encodeURIComponent(shopOrderId)}`;

const conflictMessage = (t: Awaited<ReturnType<typeof getT>>["t"]) => ({
  CONFLICT: (error: AppError) => {
    const message = t(error.message as MessageKey);
    return message === error.message ? undefined : { fieldErrors: { form: message } };
  },
});

export async function decideEscalationAction(
  shopOrderId: string,
  _previous: DecisionFormState,
  formData: FormData,
): Promise<DecisionFormState> {
  const [actor, { locale, t }] = await Promise.all([getActor(), getT()]);
  const values = {
    decision: formText(formData, "decision"),
    amount: formText(formData, "amount"),
    note: formText(formData, "note"),
  };
  const intent = formText(formData, "intent");
  if (intent === "back") return { status: "idle", fieldErrors: {}, values };
  const input: DecideEscalationInput = { shopOrderId, ...values, locale };
  if (values.decision !== "REFUND_PART") delete input.amount;
  const options = { fields: ["decision", "amount", "note"], overrides: conflictMessage(t) };
  if (intent !== "confirm") {
    let amount = 0;
    const state = await runFormAction(
      t,
      "decideEscalation preview",
      async () => {
        amount = (await decideEscalation(actor, input, { preview: true })).amount;
      },
      options,
    );
    if (state.status !== "success") return { ...state, values, confirming: false };
    return { status: "idle", fieldErrors: {}, values, confirming: true, amount };
  }
  const state = await runFormAction(
    t,
    "decideEscalation",
    async () => {
      await decideEscalation(actor, input);
    },
    options,
  );
  for (const path of [page(shopOrderId), "/admin/orders"]) revalidatePath(path);
  if (state.status === "success") redirect(`${page(shopOrderId)}?done=DECIDE_ESCALATION`);
  return { ...state, values, confirming: false };
}

/** The refund form's fields besides one "quantity.<orderLineId>" per line (components/dashboard/orders/refund-form.tsx). */
const REFUND_FIELDS = ["reason", "mode", "amount", "lines"];

/** The operator refunds after the goods left, with the vendor's form (refundShopOrder allows operators). */
export async function operatorRefundAction(
  shopOrderId: string,
  _previous: RefundFormState,
  formData: FormData,
): Promise<RefundFormState> {
  const [actor, { locale, t }] = await Promise.all([getActor(), getT()]);
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
  const options = { fields, overrides: conflictMessage(t) };
  if (intent !== "confirm") {
    let amount = 0;
    const state = await runFormAction(
      t,
      "refundShopOrder preview (operator)",
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
    "refundShopOrder (operator)",
    async () => {
      await refundShopOrder(actor, input);
    },
    options,
  );
  for (const path of [page(shopOrderId), "/admin/orders"]) revalidatePath(path);
  if (state.status === "success") redirect(`${page(shopOrderId)}?done=REFUND`);
  return { ...state, values, confirming: false };
}
