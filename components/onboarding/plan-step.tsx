"use client";

import Link from "next/link";
import { FieldError } from "@/components/ui/field-parts";
import { FormMessage } from "@/components/ui/form-message";
import { primaryButton, secondaryButton } from "@/components/ui/styles";
import type { FormAction } from "@/lib/forms/form-state";
import { useT } from "@/lib/i18n/client";
import { useStepForm } from "./use-step-form";

export type PlanOption = {
  id: string;
  name: string;
  /** the marketplace's recommended plan */
  isDefault: boolean;
  /** the plan the shop has chosen */
  isCurrent: boolean;
  /** the plan's description, its rates in words and its billing note, rendered on the server */
  details: React.ReactNode;
};

type PlanStepProps = {
  action: FormAction;
  options: PlanOption[];
  selectedPlanId: string | null;
  /** the name of the plan already accepted, if any (then "continue" is offered) */
  acceptedPlanName?: string;
  /** where "continue" leads once a plan is chosen */
  nextHref: string;
};

/**
 * Step 6: the plans offered as radio cards, each with every rate it applies; the choice is posted
 * as `planId` and checked on the server. Works without JavaScript.
 */
export function PlanStep({ action, options, selectedPlanId, acceptedPlanName, nextHref }: PlanStepProps) {
  const t = useT();
  const acceptedNote = acceptedPlanName ? t("onboarding.plan.acceptedNote", { plan: acceptedPlanName }) : undefined;
  const { formRef, state, formAction, pending, onSubmit } = useStepForm(action);
  const error = state.fieldErrors.planId;
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} className="flex max-w-3xl flex-col gap-5" noValidate>
      <FormMessage
        error={state.fieldErrors.form ?? (state.status === "error" && !error ? state.message : undefined)}
        success={state.status === "success" ? state.message : undefined}
      />
      <fieldset className="flex flex-col gap-3" aria-describedby={error ? "plan-choice-error" : undefined}>
        <legend className="mb-2 text-lg font-semibold">{t("onboarding.plan.legend")}</legend>
        <FieldError id="plan-choice" error={error} />
        {options.map((option) => {
          const inputId = `plan-${option.id}`;
          return (
            <div
              key={option.id}
              className="rounded-xl border border-stone-300 bg-white p-4 has-[:checked]:border-brand-700 has-[:checked]:ring-2 has-[:checked]:ring-brand-700 sm:p-5"
            >
              <div className="flex items-start gap-3">
                <input
                  id={inputId}
                  type="radio"
                  name="planId"
                  value={option.id}
                  defaultChecked={option.id === selectedPlanId}
                  aria-describedby={`${inputId}-details`}
                  data-invalid={error ? true : undefined}
                  className="mt-1 size-5 shrink-0 accent-brand-700"
                />
                <label htmlFor={inputId} className="flex flex-1 flex-wrap items-center gap-2 text-lg font-bold">
                  {option.name}
                  {[
                    ...(option.isDefault ? [t("onboarding.plan.defaultBadge")] : []),
                    ...(option.isCurrent ? [t("onboarding.plan.currentBadge")] : []),
                  ].map((badge) => (
                    <span
                      key={badge}
                      className="rounded-full bg-brand-50 px-2.5 py-0.5 text-sm font-medium text-brand-800"
                    >
                      {badge}
                    </span>
                  ))}
                </label>
              </div>
              <div id={`${inputId}-details`} className="mt-3 ps-8">
                {option.details}
              </div>
            </div>
          );
        })}
      </fieldset>
      {acceptedNote ? <p className="font-medium text-brand-800">{acceptedNote}</p> : null}
      <div className="flex flex-wrap gap-3">
        <button type="submit" disabled={pending} className={primaryButton}>
          {pending ? t("onboarding.plan.pending") : t("onboarding.plan.accept")}
        </button>
        {acceptedNote ? (
          <Link href={nextHref} className={secondaryButton}>
            {t("onboarding.plan.continue")}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
