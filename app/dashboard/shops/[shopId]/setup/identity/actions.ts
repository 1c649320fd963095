"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { runFormAction, type FormState } from "@/lib/forms/form-state";
import { getT } from "@/lib/i18n/server";
import { saveShopIdentity } from "@/lib/onboarding/save-shop-identity";
import { setupPath } from "@/lib/onboarding/steps";

const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : undefined;
};

export async function saveIdentity(shopId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  const { t } = await getT();
  return runFormAction(t, "saveIdentity", async () => {
    const document = formData.get("identityDocument");
    const result = await saveShopIdentity(actor, shopId, {
      legalType: text(formData, "legalType"),
      legalName: text(formData, "legalName"),
      registrationNumber: text(formData, "registrationNumber"),
      vatNumber: text(formData, "vatNumber"),
      document: document instanceof File ? document : null,
    });
    revalidatePath(`/dashboard/shops/${shopId}/setup`, "layout");
    revalidatePath("/dashboard", "layout");
    if (result.reviewRequested) return t("onboarding.identity.reviewRequested");
    if (result.status === "DRAFT" || result.status === "REJECTED") redirect(setupPath(shopId, "payout"));
  });
}
