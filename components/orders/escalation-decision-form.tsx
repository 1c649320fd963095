"use client";

import { useActionState, useEffect, useRef } from "react";
import { FieldError } from "@/components/ui/field-parts";
import { FormMessage } from "@/components/ui/form-message";
import { dangerButton, secondaryButton } from "@/components/ui/styles";
import { TextField } from "@/components/ui/text-field";
import { TextareaField } from "@/components/ui/textarea-field";
import { IDLE, type FormAction, type FormState } from "@/lib/forms/form-state";

/** The decision form's answer: what was typed, whether it asks to confirm, and the amount it refunds. */
export type DecisionFormState = FormState<{ values?: Record<string, string>; confirming?: boolean; amount?: number }>;

type Props = {
  id: string;
  action: FormAction<DecisionFormState>;
  labels: {
    title: string;
    text: string;
    decision: string;
    outcomes: { value: "REFUND_ALL" | "REFUND_PART" | "SIDE_WITH_VENDOR"; label: string }[];
    amount: string;
    amountHint: string;
    note: string;
    noteHint: string;
    submit: string;
    pending: string;
    confirmTitle: string;
    confirmText: string;
    confirmSubmit: string;
    back: string;
  };
};

/**
 * The operator's decision on an escalated return (docs/domain.md, returns and escalations): one of
 * three outcomes, an amount for a part refund, a note; the first submit checks it all and asks to
 * confirm (works without JavaScript: the state carries what was typed into the confirm step).
 */
export function EscalationDecisionForm({ id, action, labels }: Props) {
  const formRef = useRef<HTMLFormElement>(null);
  const [state, formAction, pending] = useActionState<DecisionFormState, FormData>(action, IDLE);
  const confirming = Boolean(state.confirming);
  useEffect(() => {
    const form = formRef.current;
    if (state.status === "error")
      (
        form?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form?.querySelector<HTMLElement>('[role="alert"]')
      )?.focus();
    else if (state.confirming) form?.querySelector<HTMLElement>("[data-confirm-heading]")?.focus();
  }, [state]);
  const values = state.values ?? {};
  const errors = state.fieldErrors;
  const topError = errors.form ?? (state.status === "error" ? state.message : undefined);
  const headingId = `${id}-title`;
  const key = (name: string) => `${name}-${state.status}-${String(state.confirming)}`;
  const chosen = labels.outcomes.find((outcome) => outcome.value === values.decision);

  return (
    <section aria-labelledby={headingId} className="rounded-xl border border-stone-200 bg-white p-4 sm:p-6">
      <h3 id={headingId} className="text-lg font-semibold">
        {labels.title}
      </h3>
      <p className="mt-1 text-stone-700">{labels.text}</p>
      <form ref={formRef} action={formAction} noValidate className="mt-3 flex flex-col gap-4">
        <FormMessage error={topError} />
        {confirming ? (
          <div className="flex flex-col gap-3 rounded-lg border border-red-200 bg-red-50 p-4">
            <h4 data-confirm-heading tabIndex={-1} className="font-semibold text-red-900 focus:outline-none">
              {labels.confirmTitle}
            </h4>
            <p className="text-red-900">{labels.confirmText}</p>
            <dl className="grid gap-2">
              <div>
                <dt className="font-medium">{labels.decision}</dt>
                <dd>{chosen?.label}</dd>
              </div>
              <div>
                <dt className="font-medium">{labels.note}</dt>
                <dd className="whitespace-pre-line">{values.note}</dd>
              </div>
            </dl>
            {Object.entries(values).map(([name, value]) => (
              <input key={name} type="hidden" name={name} value={value} />
            ))}
            <div className="flex flex-wrap gap-3">
              <button type="submit" name="intent" value="confirm" disabled={pending} className={dangerButton}>
                {pending ? labels.pending : labels.confirmSubmit}
              </button>
              <button type="submit" name="intent" value="back" disabled={pending} className={secondaryButton}>
                {labels.back}
              </button>
            </div>
          </div>
        ) : (
          <>
            <fieldset
              className="flex flex-col gap-3"
              aria-describedby={errors.decision ? `${id}-decision-error` : undefined}
            >
              <legend className="mb-1 font-medium">{labels.decision}</legend>
              {labels.outcomes.map((outcome) => (
                <div key={outcome.value} className="flex flex-col gap-2">
                  <label className="flex items-center gap-2">
                    <input
                      key={key(`decision-${outcome.value}`)}
                      type="radio"
                      name="decision"
                      value={outcome.value}
                      defaultChecked={values.decision === outcome.value}
                    />
                    {outcome.label}
                  </label>
                  {outcome.value === "REFUND_PART" ? (
                    <div className="ms-6">
                      <TextField
                        key={key("amount")}
                        id={`${id}-amount`}
                        name="amount"
                        label={labels.amount}
                        hint={labels.amountHint}
                        inputMode="decimal"
                        autoComplete="off"
                        maxLength={20}
                        defaultValue={values.amount ?? ""}
                        error={errors.amount}
                      />
                    </div>
                  ) : null}
                </div>
              ))}
              <FieldError id={`${id}-decision`} error={errors.decision} />
            </fieldset>
            <TextareaField
              key={key("note")}
              id={`${id}-note`}
              name="note"
              label={labels.note}
              hint={labels.noteHint}
              required
              rows={3}
              maxLength={2000}
              defaultValue={values.note ?? ""}
              error={errors.note}
            />
            <div>
              <button type="submit" name="intent" value="ask" disabled={pending} className={dangerButton}>
                {pending ? labels.pending : labels.submit}
              </button>
            </div>
          </>
        )}
      </form>
    </section>
  );
}
