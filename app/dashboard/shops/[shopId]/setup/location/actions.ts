"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { runFormAction, type FormState } from "@/lib/forms/form-state";
import { withSubmittedValues, type StepFormState } from "@/lib/onboarding/step-form-state";
import { getT } from "@/lib/i18n/server";
import { readOpeningHoursForm } from "@/lib/onboarding/opening-hours-form";
import { saveShopLocation } from "@/lib/onboarding/save-shop-location";
import { setupPath } from "@/lib/onboarding/steps";

function text(value: FormDataEntryValue | null): string {
  return typeof value === "string" ? value : "";
}

export async function saveLocationAction(
  shopId: string,
  _previous: FormState,
  formData: FormData,
): Promise<StepFormState> {
  const actor = await getActor();
  const { t } = await getT();
  const state = await runFormAction(t, "saveShopLocation", async () => {
    await saveShopLocation(actor, shopId, {
      addressLine: text(formData.get("addressLine")),
      postalCode: text(formData.get("postalCode")),
      city: text(formData.get("city")),
      country: formData.get("country"),
      latitude: formData.get("latitude"),
      longitude: formData.get("longitude"),
      openingHours: readOpeningHoursForm(formData),
    });
    revalidatePath(`/dashboard/shops/${shopId}/setup`, "layout");
    if (formData.get("intent") === "continue") redirect(setupPath(shopId, "delivery"));
  });
  return withSubmittedValues(state, formData);
}
