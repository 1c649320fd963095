"use server";

import type { RefundFormState } from "@/components/dashboard/orders/refund-form";
import type { DecisionFormState } from "@/components/orders/escalation-decision-form";
import { getActor } from "@/lib/auth/session";
import { formText } from "@/lib/forms/form-text";
import { getT } from "@/lib/i18n/server";
import { decideEscalation, type DecideEscalationInput } from "@/lib/orders/decide-escalation";
import { runPreviewForm } from "@/lib/orders/run-preview-form";
import { runRefundForm } from "@/lib/orders/run-refund-form";

// The operator's money decisions on one part (docs/domain.md, returns and escalations; Refund):
// the decision on an escalated return, and a refund after the goods left. Each first post checks
// everything (the domain's preview) and asks to confirm; the second acts (runPreviewForm).

const page = (shopOrderId: string) => `/admin/orders/${encodeURIComponent(shopOrderId)}`;

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
  const input: DecideEscalationInput = { shopOrderId, ...values, locale };
  if (values.decision !== "REFUND_PART") delete input.amount;
  return runPreviewForm({
    t,
    context: "decideEscalation",
    formData,
    values,
    fields: ["decision", "amount", "note"],
    preview: async () => (await decideEscalation(actor, input, { preview: true })).amount,
    act: () => decideEscalation(actor, input),
    page: page(shopOrderId),
    alsoRevalidate: ["/admin/orders"],
    done: "DECIDE_ESCALATION",
  });
}

/** The operator refunds after the goods left, with the vendor's form (refundShopOrder allows operators). */
export async function operatorRefundAction(
  shopOrderId: string,
  _previous: RefundFormState,
  formData: FormData,
): Promise<RefundFormState> {
  return runRefundForm({
    shopOrderId,
    formData,
    page: page(shopOrderId),
    alsoRevalidate: ["/admin/orders"],
    context: "refundShopOrder (operator)",
  });
}
