"use client";

import { useActionState, useRef } from "react";
import { FieldError } from "@/components/ui/field-parts";
import { FormMessage, topErrorOf } from "@/components/ui/form-message";
import { TextareaField } from "@/components/ui/textarea-field";
import { useFocusAfterSubmit } from "@/components/ui/use-focus-after-submit";
import { AmountField } from "./amount-field";
import { AskToConfirmButton, ConfirmStep } from "./confirm-step";
import { FormCard } from "./form-card";
import { IDLE, type FormAction } from "@/lib/forms/form-state";
import { useT } from "@/lib/i18n/client";
import type { PreviewFormState } from "@/lib/orders/run-preview-form";

/** The decision form's answer: what was typed, whether it asks to confirm, and the amount it refunds. */
export type DecisionFormState = PreviewFormState;

type Props = {
  id: string;
  action: FormAction<DecisionFormState>;
  /** what is left to refund, formatted on the server (the marketplace's money display) */
  remaining: string;
};

const OUTCOMES = ["REFUND_ALL", "REFUND_PART", "SIDE_WITH_VENDOR"] as const;

/**
 * The operator's decision on an escalated return (docs/domain.md, returns and escalations): one of
 * three outcomes, an amount for a part refund, a note; the first submit checks it all and asks to
 * confirm (works without JavaScript: the state carries what was typed into the confirm step).
 */
export function EscalationDecisionForm({ id, action, remaining }: Props) {
  const t = useT();
  const outcomeLabel = (outcome: (typeof OUTCOMES)[number]) =>
    t(`orders.returns.operator.${outcome}`, { amount: remaining });
  const formRef = useRef<HTMLFormElement>(null);
  const [state, formAction, pending] = useActionState<DecisionFormState, FormData>(action, IDLE);
  const confirming = Boolean(state.confirming);
  useFocusAfterSubmit(formRef, state);
  const values = state.values ?? {};
  const errors = state.fieldErrors;
  const topError = topErrorOf(state);
  const key = (name: string) => `${name}-${state.status}-${String(state.confirming)}`;
  const chosen = OUTCOMES.find((outcome) => outcome === values.decision);

  return (
    <FormCard id={id} title={t("orders.returns.operator.title")} text={t("orders.returns.operator.text")}>
      <form ref={formRef} action={formAction} noValidate className="mt-3 flex flex-col gap-4">
        <FormMessage error={topError} />
        {confirming ? (
          <ConfirmStep
            title={t("orders.returns.operator.confirmTitle")}
            text={t("orders.returns.operator.confirmText")}
            values={values}
            submit={t("orders.returns.operator.confirmSubmit")}
            back={t("orders.returns.operator.back")}
            pending={pending}
            pendingLabel={t("orders.returns.operator.pending")}
          >
            <dl className="grid gap-2">
              <div>
                <dt className="font-medium">{t("orders.returns.operator.decision")}</dt>
                <dd>{chosen ? outcomeLabel(chosen) : null}</dd>
              </div>
              <div>
                <dt className="font-medium">{t("orders.returns.operator.note")}</dt>
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
              <legend className="mb-1 font-medium">{t("orders.returns.operator.decision")}</legend>
              {OUTCOMES.map((outcome) => (
                <div key={outcome} className="flex flex-col gap-2">
                  <label className="flex min-h-11 items-center gap-2">
                    <input
                      key={key(`decision-${outcome}`)}
                      type="radio"
                      name="decision"
                      value={outcome}
                      defaultChecked={values.decision === outcome}
                    />
                    {outcomeLabel(outcome)}
                  </label>
                  {outcome === "REFUND_PART" ? (
                    <div className="ms-6">
                      <AmountField
                        key={key("amount")}
                        id={`${id}-amount`}
                        label={t("orders.returns.operator.amount")}
                        hint={t("orders.returns.operator.amountHint", { amount: remaining })}
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
              label={t("orders.returns.operator.note")}
              hint={t("orders.returns.operator.noteHint")}
              required
              rows={3}
              maxLength={2000}
              defaultValue={values.note ?? ""}
              error={errors.note}
            />
            <AskToConfirmButton pending={pending} pendingLabel={t("orders.returns.operator.pending")}>
              {t("orders.returns.operator.submit")}
            </AskToConfirmButton>
          </>
        )}
      </form>
    </FormCard>
  );
}
