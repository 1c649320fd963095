"use client";

import { useActionState, useEffect, useRef } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { dangerButton, primaryButton } from "@/components/ui/styles";
import { IDLE, type FormAction, type FormState } from "@/lib/forms/form-state";

export type ConfirmPlanActionLabels = {
  /** the button that opens the confirmation step */
  toggle: string;
  /** a short line beside the button: when it applies and what it costs */
  hint?: string;
  /** what confirming does, in full */
  text: string;
  confirm: string;
  pending: string;
  /** a choice of payment method (rent): legend and options */
  methods?: { legend: string; options: { value: string; label: string }[] };
};

const SUMMARY =
  "flex w-fit max-w-full min-h-11 cursor-pointer list-none flex-wrap items-center gap-x-2 gap-y-0.5 rounded-lg border border-stone-300 bg-white px-4 py-2 text-start font-medium text-stone-900 hover:bg-stone-100 [&::-webkit-details-marker]:hidden";

type Props = {
  action: FormAction<FormState>;
  labels: ConfirmPlanActionLabels;
  tone?: "primary" | "danger";
};

/**
 * A plan action that asks first: the button opens a second step (a <details>, which works without
 * JavaScript) saying what will happen, with the confirming button. Errors show at the top of the
 * step, focused.
 */
export function ConfirmPlanAction({ action, labels, tone = "primary" }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const detailsRef = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (state.status === "error") {
      if (detailsRef.current) detailsRef.current.open = true;
      detailsRef.current?.querySelector<HTMLElement>('[role="alert"]')?.focus();
    }
  }, [state]);
  const methodError = state.fieldErrors.method;
  return (
    <details ref={detailsRef} className="group">
      {/* a button's look, but the hint wraps under the label on a narrow screen instead of squeezing beside it */}
      <summary className={SUMMARY}>
        <span>{labels.toggle}</span>
        {labels.hint ? <span className="text-sm font-normal text-stone-600">{labels.hint}</span> : null}
      </summary>
      <form
        action={formAction}
        className={`mt-3 flex flex-col gap-3 rounded-lg border p-3 ${tone === "danger" ? "border-red-200 bg-red-50" : "border-stone-200 bg-stone-50"}`}
      >
        <FormMessage error={state.fieldErrors.form ?? state.fieldErrors.planId} />
        <p>{labels.text}</p>
        {labels.methods ? (
          <fieldset aria-describedby={methodError ? "method-error" : undefined}>
            <legend className="font-medium">{labels.methods.legend}</legend>
            {labels.methods.options.map((option, index) => (
              <label key={option.value} className="mt-2 flex min-h-11 items-center gap-2">
                <input
                  type="radio"
                  name="method"
                  value={option.value}
                  defaultChecked={index === 0}
                  className="size-5"
                />
                {option.label}
              </label>
            ))}
            {methodError ? (
              <p id="method-error" className="mt-1 text-red-800">
                {methodError}
              </p>
            ) : null}
          </fieldset>
        ) : null}
        <button
          type="submit"
          disabled={pending}
          className={`${tone === "danger" ? dangerButton : primaryButton} w-fit`}
        >
          {pending ? labels.pending : labels.confirm}
        </button>
      </form>
    </details>
  );
}
