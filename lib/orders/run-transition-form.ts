import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { formText } from "@/lib/forms/form-text";
import { runFormAction, type FormState } from "@/lib/forms/form-state";
import { getT } from "@/lib/i18n/server";
import { conflictOverride } from "@/lib/orders/order-form-errors";
import { MOVED_ON, transitionShopOrder, type TransitionInput } from "@/lib/orders/transition-shop-order";
import { FINAL_AMOUNT_PREFIX } from "@/lib/orders/rules/final-prices";
import { TRANSITIONS, type ActorKind, type ShopOrderAction } from "@/lib/orders/rules/transitions";

/** What an order-life form gets back: what was typed, and whether it is asking to confirm. */
export type TransitionFormState = FormState<{ values?: Record<string, string>; confirming?: boolean }>;

export type TransitionFieldName =
  "reason" | "carrier" | "trackingCode" | "pickupCode" | "availabilityNote" | "instructions";

/**
 * The one shape of every order-life form action, the vendor's and the shopper's
 * (docs/architecture.md, a mutation): read the fields, call transitionShopOrder through
 * runFormAction, revalidate, then show the page again with what happened — `?done=<action>` on
 * success, `?moved=1` when the part moved on meanwhile (the page, fresh, shows where it is).
 * A destructive action (`confirm`) only asks for confirmation on its first post (works without
 * JavaScript: the state carries what was typed back into the confirm step).
 */
export async function runTransitionForm({
  shopOrderId,
  action,
  actorKind,
  formData,
  fields,
  confirm,
  page,
  alsoRevalidate = [],
}: {
  shopOrderId: string;
  action: ShopOrderAction;
  actorKind: ActorKind;
  formData: FormData;
  fields: readonly TransitionFieldName[];
  confirm: boolean;
  /** the page the form is on, shown again after the action */
  page: string;
  alsoRevalidate?: string[];
}): Promise<TransitionFormState> {
  const [actor, { locale, t }] = await Promise.all([getActor(), getT()]);
  const values = Object.fromEntries(fields.map((field) => [field, formText(formData, field)])) as Record<
    TransitionFieldName,
    string
  >;
  const intent = formText(formData, "intent");
  if (confirm && intent !== "confirm") {
    if (intent === "back") return { status: "idle", fieldErrors: {}, values };
    // The table says when a reason is required: asking to confirm an empty one would only fail after.
    const reasonRequired = TRANSITIONS.some(
      (row) => row.action === action && row.by.includes(actorKind) && row.reason === "required",
    );
    if (fields.includes("reason") && reasonRequired && !values.reason.trim()) {
      return {
        status: "error",
        fieldErrors: { reason: t("orderLife.errors.reasonRequired") },
        message: t("forms.errors.summary"),
        values,
      };
    }
    return { status: "idle", fieldErrors: {}, values, confirming: true };
  }

  let movedOn = false;
  const input: TransitionInput = { shopOrderId, action };
  for (const field of fields) if (values[field].trim()) input[field] = values[field];
  // The estimated lines' final amounts (docs/domain.md, estimated prices): one "finalAmounts.<lineId>" field each.
  const finalFields = [...new Set(formData.keys())].filter((name) => name.startsWith(FINAL_AMOUNT_PREFIX));
  const finalValues = Object.fromEntries(finalFields.map((name) => [name, formText(formData, name)]));
  if (finalFields.length > 0) {
    input.finalAmounts = Object.fromEntries(
      finalFields.map((name) => [name.slice(FINAL_AMOUNT_PREFIX.length), finalValues[name]]),
    );
    input.locale = locale;
  }
  const state = await runFormAction(
    t,
    `transitionShopOrder ${action}`,
    async () => {
      await transitionShopOrder(actor, input);
    },
    {
      fields: [...fields, ...finalFields],
      overrides: conflictOverride(t, (error) => {
        movedOn = error.message === MOVED_ON;
      }),
    },
  );
  for (const path of [page, ...alsoRevalidate]) revalidatePath(path);
  if (state.status === "success") redirect(`${page}?done=${action}`);
  if (movedOn) redirect(`${page}?moved=1`);
  return { ...state, values: { ...values, ...finalValues }, confirming: false };
}
