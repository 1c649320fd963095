"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { runFormAction, type FormState } from "@/lib/forms/form-state";
import { getT } from "@/lib/i18n/server";
import { saveShopPlan } from "@/lib/onboarding/save-shop-plan";
import { setupPath } from "@/lib/onboarding/steps";

export async function acceptPlan(shopId: string): Promise<FormState> {
  const actor = await getActor();
  const { t } = await getT();
  return runFormAction(t, "acceptPlan", async () => {
    await saveShopPlan(actor, shopId);
    revalidatePath(`/dashboard/shops/${shopId}/setup`, "layout");
    revalidatePath("/dashboard", "layout");
    redirect(setupPath(shopId, "review"));
  });
}
