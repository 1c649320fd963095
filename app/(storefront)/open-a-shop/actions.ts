"use server";

import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { runFormAction, type FormState } from "@/lib/forms/form-state";
import { withSubmittedValues, type StepFormState } from "@/lib/onboarding/step-form-state";
import { getT } from "@/lib/i18n/server";
import { createShop } from "@/lib/onboarding/create-shop";
import { readProfileForm } from "@/lib/onboarding/profile-form-data";
import { setupPath } from "@/lib/onboarding/steps";

/** A shopper opens a shop: createShop makes them a vendor, then the setup goes on. */
export async function openShopAction(_previous: FormState, formData: FormData): Promise<StepFormState> {
  const actor = await getActor();
  const { t } = await getT();
  const state = await runFormAction(t, "openShop", async () => {
    const { input, uploads } = await readProfileForm(formData);
    const shopId = await createShop(actor, input, uploads);
    redirect(setupPath(shopId, "location"));
  });
  return withSubmittedValues(state, formData);
}
