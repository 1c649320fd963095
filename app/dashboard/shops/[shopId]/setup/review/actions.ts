"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { runFormAction, type FormState } from "@/lib/forms/form-state";
import { getT } from "@/lib/i18n/server";
import { setupPath } from "@/lib/onboarding/steps";
import { submitShop } from "@/lib/onboarding/submit-shop";

export async function submitForReview(shopId: string): Promise<FormState> {
  const actor = await getActor();
  const { t } = await getT();
  return runFormAction(t, "submitForReview", async () => {
    await submitShop(actor, shopId);
    revalidatePath(`/dashboard/shops/${shopId}/setup`, "layout");
    revalidatePath("/dashboard", "layout");
    // The form gives way to the status once submitted: the confirmation travels in the URL.
    redirect(`${setupPath(shopId, "review")}?submitted=1`);
  });
}
