"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { runFormAction, type FormState } from "@/lib/forms/form-state";
import { withSubmittedValues, type StepFormState } from "@/lib/onboarding/step-form-state";
import { getT } from "@/lib/i18n/server";
import { readProfileForm } from "@/lib/onboarding/profile-form-data";
import { saveShopProfile } from "@/lib/onboarding/save-shop-profile";
import { setupPath } from "@/lib/onboarding/steps";

export async function saveProfileAction(
  shopId: string,
  _previous: FormState,
  formData: FormData,
): Promise<StepFormState> {
  const actor = await getActor();
  const { t } = await getT();
  const state = await runFormAction(t, "saveShopProfile", async () => {
    const { input, uploads } = await readProfileForm(formData);
    await saveShopProfile(actor, shopId, input, uploads);
    revalidatePath(`/dashboard/shops/${shopId}/setup`, "layout");
    if (formData.get("intent") === "continue") redirect(setupPath(shopId, "location"));
  });
  return withSubmittedValues(state, formData);
}
