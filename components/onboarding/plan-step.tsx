"use client";

import Link from "next/link";
import { FormMessage } from "@/components/ui/form-message";
import { primaryButton, secondaryButton } from "@/components/ui/styles";
import type { FormAction } from "@/lib/forms/form-state";
import { useStepForm } from "./use-step-form";

export type PlanTerm = { label: string; value: string };

type PlanStepProps = {
  action: FormAction;
  plan: { name: string; description: string; terms: PlanTerm[] };
  labels: { accept: string; pending: string; acceptedNote?: string; laterNote: string; continue: string };
  /** where "continue" leads once the plan is accepted */
  nextHref: string;
};

/** Step 6: the marketplace's plan, its terms, and the button to join it. */
export function PlanStep({ action, plan, labels, nextHref }: PlanStepProps) {
  const { formRef, state, formAction, pending, onSubmit } = useStepForm(action);
  return (
    <div className="flex max-w-xl flex-col gap-5">
      <section aria-labelledby="plan-name" className="rounded-xl border border-stone-200 bg-white p-5">
        <h2 id="plan-name" className="text-xl font-bold">
          {plan.name}
        </h2>
        {plan.description ? <p className="mt-1 text-stone-700">{plan.description}</p> : null}
        <dl className="mt-4 grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-2">
          {plan.terms.map((term) => (
            <div key={term.label} className="flex flex-col">
              <dt className="text-sm text-stone-600">{term.label}</dt>
              <dd className="font-semibold">{term.value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <p className="text-sm text-stone-600">{labels.laterNote}</p>
      {labels.acceptedNote ? <p className="font-medium text-brand-800">{labels.acceptedNote}</p> : null}
      <form ref={formRef} action={formAction} onSubmit={onSubmit} className="flex flex-wrap gap-3">
        <FormMessage error={state.fieldErrors.form} success={state.status === "success" ? state.message : undefined} />
        <button type="submit" disabled={pending} className={primaryButton}>
          {pending ? labels.pending : labels.accept}
        </button>
        {labels.acceptedNote ? (
          <Link href={nextHref} className={secondaryButton}>
            {labels.continue}
          </Link>
        ) : null}
      </form>
    </div>
  );
}
