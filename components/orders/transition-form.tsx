"use client";

import { useActionState, useEffect, useRef } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { dangerButton, primaryButton, secondaryButton } from "@/components/ui/styles";
import { TextField } from "@/components/ui/text-field";
import { TextareaField } from "@/components/ui/textarea-field";
import { IDLE, type FormAction } from "@/lib/forms/form-state";
import type { TransitionFormState } from "@/lib/orders/run-transition-form";

/**
 * A transition form's answer: what was typed (kept after an error), and whether the form now asks
 * to confirm (destructive actions: the first post only shows the confirm step, so it works
 * without JavaScript).
 */
export type { TransitionFormState };

export type TransitionField =
  | { kind: "text"; name: string; label: string; hint?: string; required?: boolean; maxLength?: number }
  | { kind: "textarea"; name: string; label: string; hint?: string; required?: boolean; maxLength?: number }
  | {
      kind: "select";
      name: string;
      label: string;
      hint?: string;
      required?: boolean;
      options: { value: string; label: string }[];
    };

export type TransitionFormProps = {
  id: string;
  title: string;
  text?: string;
  action: FormAction<TransitionFormState>;
  fields?: TransitionField[];
  submit: string;
  pending: string;
  tone?: "primary" | "secondary" | "danger";
  /** a destructive action: the first submit shows this step, the second acts */
  confirm?: { title: string; text: string; submit: string; back: string };
};

const TONES = { primary: primaryButton, secondary: secondaryButton, danger: dangerButton } as const;

/** One action on a shop part (accept, ship, refuse…), with its fields and, if destructive, a confirm step. */
export function TransitionForm({
  id,
  title,
  text,
  action,
  fields = [],
  submit,
  pending: pendingLabel,
  tone = "primary",
  confirm,
}: TransitionFormProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const [state, formAction, pending] = useActionState<TransitionFormState, FormData>(action, IDLE);
  const confirming = Boolean(confirm && state.confirming);
  useEffect(() => {
    const form = formRef.current;
    if (state.status === "error") {
      (
        form?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form?.querySelector<HTMLElement>('[role="alert"]')
      )?.focus();
    } else if (state.confirming) {
      form?.querySelector<HTMLElement>("[data-confirm-heading]")?.focus();
    }
  }, [state]);
  const values = state.values ?? {};
  const errors = state.fieldErrors;
  const topError = errors.form ?? (state.status === "error" ? state.message : undefined);
  const headingId = `${id}-title`;

  return (
    <section aria-labelledby={headingId} className="rounded-xl border border-stone-200 bg-white p-4 sm:p-6">
      <h3 id={headingId} className="text-lg font-semibold">
        {title}
      </h3>
      {text ? <p className="mt-1 text-stone-700">{text}</p> : null}
      <form ref={formRef} action={formAction} noValidate className="mt-3 flex flex-col gap-4">
        <FormMessage error={topError} />
        {confirming && confirm ? (
          <div className="flex flex-col gap-3 rounded-lg border border-red-200 bg-red-50 p-4">
            <h4 data-confirm-heading tabIndex={-1} className="font-semibold text-red-900 focus:outline-none">
              {confirm.title}
            </h4>
            <p className="text-red-900">{confirm.text}</p>
            <dl className="grid gap-2">
              {fields.map((field) =>
                values[field.name] ? (
                  <div key={field.name}>
                    <dt className="font-medium">{field.label}</dt>
                    <dd className="whitespace-pre-line">{values[field.name]}</dd>
                  </div>
                ) : null,
              )}
            </dl>
            {fields.map((field) => (
              <input key={field.name} type="hidden" name={field.name} value={values[field.name] ?? ""} />
            ))}
            <div className="flex flex-wrap gap-3">
              <button type="submit" name="intent" value="confirm" disabled={pending} className={dangerButton}>
                {pending ? pendingLabel : confirm.submit}
              </button>
              <button type="submit" name="intent" value="back" disabled={pending} className={secondaryButton}>
                {confirm.back}
              </button>
            </div>
          </div>
        ) : (
          <>
            {fields.map((field) => {
              const fieldId = `${id}-${field.name}`;
              const common = {
                id: fieldId,
                name: field.name,
                label: field.label,
                hint: field.hint,
                required: field.required,
                error: errors[field.name],
              };
              if (field.kind === "select") {
                return (
                  <SelectField
                    key={`${field.name}-${state.status}`}
                    {...common}
                    options={field.options}
                    defaultValue={values[field.name] ?? ""}
                  />
                );
              }
              if (field.kind === "textarea") {
                return (
                  <TextareaField
                    key={`${field.name}-${state.status}`}
                    {...common}
                    rows={3}
                    maxLength={field.maxLength}
                    defaultValue={values[field.name] ?? ""}
                  />
                );
              }
              return (
                <TextField
                  key={`${field.name}-${state.status}`}
                  {...common}
                  maxLength={field.maxLength}
                  autoComplete="off"
                  defaultValue={values[field.name] ?? ""}
                />
              );
            })}
            <div>
              <button
                type="submit"
                name="intent"
                value={confirm ? "ask" : "confirm"}
                disabled={pending}
                className={TONES[tone]}
              >
                {pending ? pendingLabel : submit}
              </button>
            </div>
          </>
        )}
      </form>
    </section>
  );
}
