"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { runFormAction, type FormState } from "@/lib/forms/form-state";
import { withSubmittedValues, type StepFormState } from "@/lib/onboarding/step-form-state";
import { getT } from "@/lib/i18n/server";
import { saveShopDelivery } from "@/lib/onboarding/save-shop-delivery";
import { setupPath } from "@/lib/onboarding/steps";

export async function saveDeliveryAction(
  shopId: string,
  _previous: FormState,
  formData: FormData,
): Promise<StepFormState> {
  const actor = await getActor();
  const { t } = await getT();
  const state = await runFormAction(t, "saveShopDelivery", async () => {
    await saveShopDelivery(actor, shopId, {
      clickAndCollect: formData.get("clickAndCollect"),
      pickupInstructions: formData.get("pickupInstructions"),
      courierEnabled: formData.get("courierEnabled"),
      courierRadiusKm: formData.get("courierRadiusKm"),
      postalEnabled: formData.get("postalEnabled"),
      postalCountries: formData.getAll("postalCountries"),
      postageDueOnDelivery: formData.get("postageDueOnDelivery"),
      handlingDays: formData.get("handlingDays"),
    });
    revalidatePath(`/dashboard/shops/${shopId}/setup`, "layout");
    if (formData.get("intent") === "continue") redirect(setupPath(shopId, "identity"));
  });
  return withSubmittedValues(state, formData);
}
