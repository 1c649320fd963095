"use client";

import Link from "next/link";
import { FieldError } from "@/components/ui/field-parts";
import { FormMessage } from "@/components/ui/form-message";
import { primaryButton, secondaryButton } from "@/components/ui/styles";
import type { FormAction } from "@/lib/forms/form-state";
import { useStepForm } from "./use-step-form";

export type PlanOption = {
  id: string;
  name: string;
  /** "Recommended", "Your plan"… */
  badges: string[];
  /** the plan's description, its rates in words and its billing note, rendered on the server */
  details: React.ReactNode;
};

type PlanStepProps = {
  action: FormAction;
  options: PlanOption[];
  selectedPlanId: string | null;
  labels: { legend: string; accept: string; pending: string; acceptedNote?: string; continue: string };
  /** where "continue" leads once a plan is chosen */
  nextHref: string;
};

/**
 * Step 6: the plans offered as radio cards, each with every rate it applies; the choice is posted
 * as `planId` and checked on the server. Works without JavaScript.
 */
export function PlanStep({ action, options, selectedPlanId, labels, nextHref }: PlanStepProps) {
  const { formRef, state, formAction, pending, onSubmit } = useStepForm(action);
  const error = state.fieldErrors.planId;
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} className="flex max-w-3xl flex-col gap-5" noValidate>
      <FormMessage
        error={state.fieldErrors.form ?? (state.status === "error" && !error ? state.message : undefined)}
        success={state.status === "success" ? state.message : undefined}
      />
      <fieldset className="flex flex-col gap-3" aria-describedby={error ? "plan-choice-error" : undefined}>
        <legend className="mb-2 text-lg font-semibold">{labels.legend}</legend>
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
                  {option.badges.map((badge) => (
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
      {labels.acceptedNote ? <p className="font-medium text-brand-800">{labels.acceptedNote}</p> : null}
      <div className="flex flex-wrap gap-3">
        <button type="submit" disabled={pending} className={primaryButton}>
          {pending ? labels.pending : labels.accept}
        </button>
        {labels.acceptedNote ? (
          <Link href={nextHref} className={secondaryButton}>
            {labels.continue}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
