"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { PlanFormState } from "@/components/admin/plans/plan-form";
import type { RuleFormState } from "@/components/admin/plans/rule-form";
import { getActor } from "@/lib/auth/session";
import { runFormAction, type FormState } from "@/lib/forms/form-state";
import { getT } from "@/lib/i18n/server";
import { addCommissionRule, removeCommissionRule, updateCommissionRule } from "@/lib/plans/commission-rules";
import { archivePlan, unarchivePlan } from "@/lib/plans/set-plan-active";
import { updatePlan } from "@/lib/plans/update-plan";
import { PLAN_FORM_FIELDS, planValuesOf, RULE_FORM_FIELDS, ruleValuesOf } from "../plan-form-data";

// The confirm forms post nothing the actions need: the plan and rule are bound by the page.

// Plans shape what vendors are offered and charged: their pages, onboarding and the Rates page.
function revalidatePlan(planId: string) {
  revalidatePath("/admin/plans");
  revalidatePath(`/admin/plans/${planId}`);
  revalidatePath("/dashboard", "layout");
}

export async function updatePlanAction(
  planId: string,
  _previous: PlanFormState,
  formData: FormData,
): Promise<PlanFormState> {
  const actor = await getActor();
  const { locale, t } = await getT();
  const values = planValuesOf(formData);
  const state = await runFormAction(
    t,
    "updatePlan",
    async () => {
      await updatePlan(actor, planId, values, locale);
      revalidatePlan(planId);
      redirect(`/admin/plans/${planId}?done=saved`);
    },
    { fields: PLAN_FORM_FIELDS },
  );
  return { ...state, values };
}

export async function archivePlanAction(planId: string): Promise<FormState> {
  const actor = await getActor();
  const { t } = await getT();
  return runFormAction(t, "archivePlan", async () => {
    await archivePlan(actor, planId);
    revalidatePlan(planId);
    redirect(`/admin/plans/${planId}?done=archived`);
  });
}

export async function unarchivePlanAction(planId: string): Promise<FormState> {
  const actor = await getActor();
  const { t } = await getT();
  return runFormAction(t, "unarchivePlan", async () => {
    await unarchivePlan(actor, planId);
    revalidatePlan(planId);
    redirect(`/admin/plans/${planId}?done=unarchived`);
  });
}

export async function addRuleAction(
  planId: string,
  _previous: RuleFormState,
  formData: FormData,
): Promise<RuleFormState> {
  const actor = await getActor();
  const { t } = await getT();
  const values = ruleValuesOf(formData);
  const state = await runFormAction(
    t,
    "addCommissionRule",
    async () => {
      await addCommissionRule(actor, planId, values);
      revalidatePlan(planId);
      redirect(`/admin/plans/${planId}?done=ruleAdded#rules`);
    },
    { fields: RULE_FORM_FIELDS },
  );
  return { ...state, values };
}

export async function updateRuleAction(
  planId: string,
  ruleId: string,
  _previous: RuleFormState,
  formData: FormData,
): Promise<RuleFormState> {
  const actor = await getActor();
  const { t } = await getT();
  const values = ruleValuesOf(formData);
  const state = await runFormAction(
    t,
    "updateCommissionRule",
    async () => {
      await updateCommissionRule(actor, ruleId, values);
      revalidatePlan(planId);
      redirect(`/admin/plans/${planId}?done=ruleSaved#rules`);
    },
    { fields: RULE_FORM_FIELDS },
  );
  return { ...state, values };
}

export async function removeRuleAction(planId: string, ruleId: string): Promise<FormState> {
  const actor = await getActor();
  const { t } = await getT();
  return runFormAction(t, "removeCommissionRule", async () => {
    await removeCommissionRule(actor, ruleId);
    revalidatePlan(planId);
    redirect(`/admin/plans/${planId}?done=ruleRemoved#rules`);
  });
}
