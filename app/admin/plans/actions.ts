"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { PlanFormState } from "@/components/admin/plans/plan-form";
import { getActor } from "@/lib/auth/session";
import { runFormAction, type FormState } from "@/lib/forms/form-state";
import { getT } from "@/lib/i18n/server";
import { applyPreset } from "@/lib/plans/apply-preset";
import { createPlan } from "@/lib/plans/create-plan";
import { PLAN_FORM_FIELDS, planValuesOf } from "./plan-form-data";

export async function createPlanAction(_previous: PlanFormState, formData: FormData): Promise<PlanFormState> {
  const actor = await getActor();
  const { locale, t } = await getT();
  const values = planValuesOf(formData);
  const state = await runFormAction(
    t,
    "createPlan",
    async () => {
      const { id } = await createPlan(actor, values, locale);
      revalidatePath("/admin/plans");
      redirect(`/admin/plans/${id}?done=created`);
    },
    { fields: PLAN_FORM_FIELDS },
  );
  return { ...state, values };
}

export async function applyPresetAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  const { t } = await getT();
  return runFormAction(t, "applyPreset", async () => {
    const result = await applyPreset(actor, { preset: String(formData.get("preset") ?? "") });
    revalidatePath("/admin/plans");
    redirect(
      `/admin/plans?preset=${result.preset}&${result.applied ? `applied=${result.planIds.length}` : "existing=1"}`,
    );
  });
}
