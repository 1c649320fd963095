"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { AdjustmentFormState, AdjustmentFormValues } from "@/components/admin/money/adjustment-form";
import { getActor } from "@/lib/auth/session";
import { formStateOfError, runFormAction } from "@/lib/forms/form-state";
import { formText } from "@/lib/forms/form-text";
import { getT } from "@/lib/i18n/server";
import { formatMoney } from "@/lib/money/format-money";
import { adjustShopBalance, previewShopAdjustment } from "@/lib/payouts/adjust-balance";

const FIELDS = ["shopId", "amount", "reason"] as const;

/**
 * The adjustment form's two steps (docs/payouts.md, adjustments): "review" checks the form and says it
 * back in words, writing nothing; "confirm" writes it; "edit" shows the form again as it was typed.
 */
export async function adjustBalanceAction(
  _previous: AdjustmentFormState,
  formData: FormData,
): Promise<AdjustmentFormState> {
  const actor = await getActor();
  const { locale, t } = await getT();
  const values: AdjustmentFormValues = {
    shopId: formText(formData, "shopId"),
    amount: formText(formData, "amount"),
    reason: formText(formData, "reason"),
    requestId: formText(formData, "requestId"),
  };
  const intent = formText(formData, "intent");
  if (intent === "edit") return { status: "idle", fieldErrors: {}, values };
  if (intent === "confirm") {
    const state = await runFormAction(
      t,
      "adjustShopBalance",
      async () => {
        await adjustShopBalance(actor, values, locale);
        revalidatePath("/admin/money", "layout");
        redirect("/admin/money/adjustments?done=1");
      },
      { fields: FIELDS },
    );
    return { ...state, values };
  }
  try {
    const checked = await previewShopAdjustment(actor, values, locale);
    const amount = formatMoney(Math.abs(checked.amount), checked.currency, locale);
    const text =
      checked.amount > 0
        ? t("adminMoney.adjustments.confirmCredit", { amount, shop: checked.shopName })
        : t("adminMoney.adjustments.confirmDebit", { amount, shop: checked.shopName });
    return {
      status: "idle",
      fieldErrors: {},
      values,
      confirm: { text, reason: t("adminMoney.adjustments.confirmReason", { reason: checked.reason }) },
    };
  } catch (error) {
    return { ...formStateOfError(t, "previewShopAdjustment", error, { fields: FIELDS }), values };
  }
}
