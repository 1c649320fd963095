"use client";

import { useActionState, useRef } from "react";
import { FormMessage, topErrorOf } from "@/components/ui/form-message";
import { PendingButton } from "@/components/ui/pending-button";
import { SelectField } from "@/components/ui/select-field";
import { dangerButton, primaryButton, secondaryButton } from "@/components/ui/styles";
import { TextField } from "@/components/ui/text-field";
import { TextareaField } from "@/components/ui/textarea-field";
import { useFocusAfterSubmit } from "@/components/ui/use-focus-after-submit";
import { ConfirmStep } from "./confirm-step";
import { FormCard } from "./form-card";
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
  useFocusAfterSubmit(formRef, state);
  const values = state.values ?? {};
  const errors = state.fieldErrors;
  const topError = topErrorOf(state);

  return (
    <FormCard id={id} title={title} text={text}>
      <form ref={formRef} action={formAction} noValidate className="mt-3 flex flex-col gap-4">
        <FormMessage error={topError} />
        {confirming && confirm ? (
          <ConfirmStep
            title={confirm.title}
            text={confirm.text}
            values={Object.fromEntries(fields.map((field) => [field.name, values[field.name] ?? ""]))}
            submit={confirm.submit}
            back={confirm.back}
            pending={pending}
            pendingLabel={pendingLabel}
          >
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
          </ConfirmStep>
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
              <PendingButton
                name="intent"
                value={confirm ? "ask" : "confirm"}
                pending={pending}
                pendingLabel={pendingLabel}
                className={TONES[tone]}
              >
                {submit}
              </PendingButton>
            </div>
          </>
        )}
      </form>
    </FormCard>
  );
}
