"use server";

import { revalidatePath } from "next/cache";
import type { BusinessBuyerFormState } from "@/components/storefront/business-buyer-form";
import { saveBusinessBuyer } from "@/lib/accounts/save-business-buyer";
import { getActor } from "@/lib/auth/session";
import { formText } from "@/lib/forms/form-text";
import { runFormAction } from "@/lib/forms/form-state";
import { getT } from "@/lib/i18n/server";

/** "I buy for a company" on the account page (docs/domain.md, business buyer). */
export async function saveBusinessBuyerAction(
  _previous: BusinessBuyerFormState,
  formData: FormData,
): Promise<BusinessBuyerFormState> {
  const [actor, { t }] = await Promise.all([getActor(), getT()]);
  const values = {
    isBusiness: formText(formData, "isBusiness") !== "",
    companyName: formText(formData, "companyName"),
    vatNumber: formText(formData, "vatNumber"),
  };
  let saved = values;
  const state = await runFormAction(
    t,
    "saveBusinessBuyer",
    async () => {
      const buyer = await saveBusinessBuyer(actor, {
        isBusiness: values.isBusiness,
        companyName: values.companyName,
        vatNumber: values.vatNumber,
      });
      saved = { isBusiness: buyer.isBusiness, companyName: buyer.companyName ?? "", vatNumber: buyer.vatNumber ?? "" };
      return t("orders.business.saved");
    },
    { fields: ["isBusiness", "companyName", "vatNumber"] },
  );
  revalidatePath("/account");
  return { ...state, values: state.status === "success" ? saved : values };
}
