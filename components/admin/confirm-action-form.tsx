"use client";

import { useActionState, useEffect, useRef } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { TextareaField } from "@/components/ui/textarea-field";
import { dangerButton, primaryButton, secondaryButton } from "@/components/ui/styles";
import { IDLE, type FormAction } from "@/lib/forms/form-state";

export type ConfirmActionLabels = {
  /** the button that opens the confirmation step */
  open: string;
  /** what will happen, shown in the confirmation step */
  confirmText?: string;
  submit: string;
  pending: string;
};

type ConfirmActionFormProps = {
  id: string;
  action: FormAction;
  hidden: Record<string, string>;
  labels: ConfirmActionLabels;
  /** a required text (reason or message) the vendor will read */
  field?: { name: string; label: string; hint?: string; maxLength: number };
  tone?: "primary" | "danger";
};

/**
 * An operator decision in two steps: the first button opens the confirmation (with the reason
 * field when one is needed), the second submits. Works without JavaScript (<details>).
 */
export function ConfirmActionForm({ id, action, hidden, labels, field, tone = "primary" }: ConfirmActionFormProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const [state, formAction, pending] = useActionState(action, IDLE);

  useEffect(() => {
    if (state.status !== "error") return;
    const form = formRef.current;
    (
      form?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form?.querySelector<HTMLElement>('[role="alert"]')
    )?.focus();
  }, [state]);

  return (
    <details className="group" open={state.status === "error" ? true : undefined}>
      <summary
        className={`${tone === "danger" ? secondaryButton : primaryButton} w-full cursor-pointer list-none sm:w-auto [&::-webkit-details-marker]:hidden`}
      >
        {labels.open}
      </summary>
      <form
        ref={formRef}
        action={formAction}
        className="mt-2 flex flex-col gap-3 rounded-xl border border-stone-200 bg-white p-4"
        noValidate
      >
        <FormMessage error={state.fieldErrors.form ?? (state.status === "error" ? state.message : undefined)} />
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        {labels.confirmText ? <p className="text-stone-700">{labels.confirmText}</p> : null}
        {field ? (
          <TextareaField
            id={`${id}-${field.name}`}
            name={field.name}
            label={field.label}
            hint={field.hint}
            maxLength={field.maxLength}
            required
            error={state.fieldErrors[field.name]}
          />
        ) : null}
        <div>
          <button type="submit" disabled={pending} className={tone === "danger" ? dangerButton : primaryButton}>
            {pending ? labels.pending : labels.submit}
          </button>
        </div>
      </form>
    </details>
  );
}
