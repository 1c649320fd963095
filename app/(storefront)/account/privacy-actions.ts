"use server";

import { redirect } from "next/navigation";
import type { DeleteAccountFormState } from "@/components/account/personal-data-section";
import { getActor } from "@/lib/auth/session";
import { clearSessionCookies } from "@/lib/auth/session-cookie";
import { formStateOfError } from "@/lib/forms/form-state";
import { formText } from "@/lib/forms/form-text";
import { getT } from "@/lib/i18n/server";
import { formatMoney } from "@/lib/money/format-money";
import { AccountDeletionRefused, deleteAccount } from "@/lib/privacy/delete-account";
import type { DeletionBlocker } from "@/lib/privacy/deletion-blockers";
import type { Translate } from "@/lib/i18n/translate";

function reasonOf(blocker: DeletionBlocker, t: Translate, locale: string): string {
  switch (blocker.kind) {
    case "OPERATOR":
      return t("security.privacy.reasons.operator");
    case "OPEN_ORDER":
      return t("security.privacy.reasons.openOrder", { number: blocker.orderNumber });
    case "OPEN_SHOP":
      return t("security.privacy.reasons.openShop", { shop: blocker.shopName });
    case "AMBASSADOR_BALANCE":
      return t("security.privacy.reasons.ambassadorBalance", {
        amount: formatMoney(blocker.amount, blocker.currency, locale),
      });
  }
}

/** "Delete my account" (docs/security.md, personal data): then signed out, and the confirmation page. */
export async function deleteAccountAction(
  _previous: DeleteAccountFormState,
  formData: FormData,
): Promise<DeleteAccountFormState> {
  const [actor, { t, locale }] = await Promise.all([getActor(), getT()]);
  try {
    await deleteAccount(actor, { password: formText(formData, "password") });
  } catch (error) {
    if (error instanceof AccountDeletionRefused) {
      const reasons = [...new Set(error.blockers.map((blocker) => reasonOf(blocker, t, locale)))];
      return { status: "error", fieldErrors: { form: t("security.privacy.refused") }, reasons };
    }
    return { ...formStateOfError(t, "deleteAccount", error, { fields: ["password"] }), reasons: [] };
  }
  // Signed out here as when signing out (the session's cookies and their chunks).
  await clearSessionCookies();
  redirect("/account/deleted");
}
