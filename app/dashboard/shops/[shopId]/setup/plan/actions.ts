"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { runFormAction, type FormState } from "@/lib/forms/form-state";
import { getT } from "@/lib/i18n/server";
import { saveShopPlan } from "@/lib/onboarding/save-shop-plan";
import { setupPath } from "@/lib/onboarding/steps";

export async function choosePlan(shopId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  const { t } = await getT();
  return runFormAction(
    t,
    "choosePlan",
    async () => {
      await saveShopPlan(actor, shopId, formData.get("planId"));
      revalidatePath(`/dashboard/shops/${shopId}/setup`, "layout");
      revalidatePath("/dashboard", "layout");
      redirect(setupPath(shopId, "review"));
    },
    { fields: ["planId"] },
  );
}
