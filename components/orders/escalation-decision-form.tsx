"use client";

import { useActionState, useRef } from "react";
import { FieldError } from "@/components/ui/field-parts";
import { FormMessage, topErrorOf } from "@/components/ui/form-message";
import { TextareaField } from "@/components/ui/textarea-field";
import { useFocusAfterSubmit } from "@/components/ui/use-focus-after-submit";
import { AmountField } from "./amount-field";
import { AskToConfirmButton, ConfirmStep, type ConfirmFormLabels } from "./confirm-step";
import { FormCard } from "./form-card";
import { IDLE, type FormAction } from "@/lib/forms/form-state";
import type { PreviewFormState } from "@/lib/orders/run-preview-form";

/** The decision form's answer: what was typed, whether it asks to confirm, and the amount it refunds. */
export type DecisionFormState = PreviewFormState;

type Props = {
  id: string;
  action: FormAction<DecisionFormState>;
  labels: ConfirmFormLabels & {
    title: string;
    text: string;
    decision: string;
    outcomes: { value: "REFUND_ALL" | "REFUND_PART" | "SIDE_WITH_VENDOR"; label: string }[];
    amount: string;
    amountHint: string;
    note: string;
    noteHint: string;
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
  useFocusAfterSubmit(formRef, state);
  const values = state.values ?? {};
  const errors = state.fieldErrors;
  const topError = topErrorOf(state);
  const key = (name: string) => `${name}-${state.status}-${String(state.confirming)}`;
  const chosen = labels.outcomes.find((outcome) => outcome.value === values.decision);

  return (
    <FormCard id={id} title={labels.title} text={labels.text}>
      <form ref={formRef} action={formAction} noValidate className="mt-3 flex flex-col gap-4">
        <FormMessage error={topError} />
        {confirming ? (
          <ConfirmStep
            title={labels.confirmTitle}
            text={labels.confirmText}
            values={values}
            submit={labels.confirmSubmit}
            back={labels.back}
            pending={pending}
            pendingLabel={labels.pending}
          >
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
          </ConfirmStep>
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
                      <AmountField
                        key={key("amount")}
                        id={`${id}-amount`}
                        label={labels.amount}
                        hint={labels.amountHint}
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
            <AskToConfirmButton pending={pending} pendingLabel={labels.pending}>
              {labels.submit}
            </AskToConfirmButton>
          </>
        )}
      </form>
    </FormCard>
  );
}
