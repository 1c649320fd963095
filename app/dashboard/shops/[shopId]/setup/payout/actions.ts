"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { runFormAction, type FormState } from "@/lib/forms/form-state";
import { getT } from "@/lib/i18n/server";
import { saveShopPayout } from "@/lib/onboarding/save-shop-payout";
import { setupPath } from "@/lib/onboarding/steps";
import { createStripeOnboardingLink } from "@/lib/payments/stripe-connect";

const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : undefined;
};

export async function savePayout(shopId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  const { t } = await getT();
  return runFormAction(t, "savePayout", async () => {
    const result = await saveShopPayout(actor, shopId, {
      holderName: text(formData, "holderName"),
      iban: text(formData, "iban"),
    });
    revalidatePath(`/dashboard/shops/${shopId}/setup`, "layout");
    revalidatePath("/dashboard", "layout");
    if (result.reviewRequested) return t("security.review.payout.savedPending");
    if (result.status === "DRAFT" || result.status === "REJECTED") redirect(setupPath(shopId, "plan"));
  });
}

/** Sends the vendor to Stripe's hosted onboarding (an Express account created once per shop). */
export async function connectStripe(shopId: string): Promise<FormState> {
  const actor = await getActor();
  const { t } = await getT();
  return runFormAction(t, "connectStripe", async () => {
    const url = await createStripeOnboardingLink(actor, shopId);
    revalidatePath(`/dashboard/shops/${shopId}/setup`, "layout");
    redirect(url);
  });
}
