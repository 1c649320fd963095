"use client";

import { useActionState, useRef } from "react";
import { AmountField } from "@/components/orders/amount-field";
import { AskToConfirmButton, ConfirmStep } from "@/components/orders/confirm-step";
import { FormCard } from "@/components/orders/form-card";
import { FieldError } from "@/components/ui/field-parts";
import { COUNT_INPUT } from "@/components/ui/count-input";
import { FormMessage, topErrorOf } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/text-field";
import { TextareaField } from "@/components/ui/textarea-field";
import { useFocusAfterSubmit } from "@/components/ui/use-focus-after-submit";
import { IDLE, type FormAction } from "@/lib/forms/form-state";
import type { PreviewFormState } from "@/lib/orders/run-preview-form";
import { formatMoney, formatToman } from "@/lib/money/format-money";
import { useLocale, useT } from "@/lib/i18n/client";

/**
 * The refund form's answer: what was typed (kept after an error and carried into the confirm
 * step), whether it now asks to confirm, and the exact amount the server computed for it.
 */
export type RefundFormState = PreviewFormState;

export type RefundFormLine = {
  id: string;
  /** already translated: the line's title, unit price and what may still be refunded of it */
  label: string;
  hint: string;
  refundableQuantity: number;
};

type Props = {
  id: string;
  action: FormAction<RefundFormState>;
  currency: string;
  /**
   * Whether the marketplace shows this currency in toman now (showsToman, read on the server: the
   * browser's copy of lib/money/display-unit.ts never sees the settings; docs/i18n.md, money).
   */
  toman: boolean;
  /** what may still be refunded of the part, formatted */
  remaining: string;
  lines: RefundFormLine[];
  /** the vendor's page or the operator's (the title differs) */
  viewer: "vendor" | "operator";
};

/**
 * A refund after the goods left (docs/domain.md, Refund): a reason, then the whole remaining
 * amount, an amount, or quantities per line; the first submit asks to confirm with the amount.
 */
export function RefundForm({ id, action, currency, toman, remaining, lines, viewer }: Props) {
  const t = useT();
  const locale = useLocale();
  const formRef = useRef<HTMLFormElement>(null);
  const [state, formAction, pending] = useActionState<RefundFormState, FormData>(action, IDLE);
  const confirming = Boolean(state.confirming && state.amount);
  useFocusAfterSubmit(formRef, state);
  const values = state.values ?? {};
  const errors = state.fieldErrors;
  const topError = topErrorOf(state, "lines");
  const amountText = !state.amount
    ? ""
    : toman
      ? formatToman(state.amount, locale)
      : formatMoney(state.amount, currency, locale);
  const key = (name: string) => `${name}-${state.status}-${String(state.confirming)}`;

  return (
    <FormCard
      id={id}
      title={viewer === "operator" ? t("orders.returns.operator.refundTitle") : t("orders.refund.title")}
      text={t("orders.refund.text")}
    >
      <p className="mt-1 font-medium">{t("orders.refund.remaining", { amount: remaining })}</p>
      <form ref={formRef} action={formAction} noValidate className="mt-3 flex flex-col gap-4">
        <FormMessage error={topError} />
        {confirming ? (
          <ConfirmStep
            title={t("orders.refund.confirmTitle", { amount: amountText })}
            text={t("orders.refund.confirmText")}
            values={values}
            submit={t("orders.refund.confirmSubmit", { amount: amountText })}
            back={t("orders.refund.back")}
            pending={pending}
            pendingLabel={t("orders.refund.pending")}
          >
            <dl>
              <dt className="font-medium">{t("orders.refund.summaryReason")}</dt>
              <dd className="whitespace-pre-line">{values.reason}</dd>
            </dl>
          </ConfirmStep>
        ) : (
          <>
            <TextareaField
              key={key("reason")}
              id={`${id}-reason`}
              name="reason"
              label={t("orders.refund.fields.reason")}
              hint={t("orders.refund.fields.reasonHint")}
              required
              rows={3}
              maxLength={1000}
              defaultValue={values.reason ?? ""}
              error={errors.reason}
            />
            <fieldset className="flex flex-col gap-3" aria-describedby={errors.mode ? `${id}-mode-error` : undefined}>
              <legend className="mb-1 font-medium">{t("orders.refund.fields.mode")}</legend>
              <label className="flex items-center gap-2">
                <input
                  key={key("mode-all")}
                  type="radio"
                  name="mode"
                  value="all"
                  defaultChecked={values.mode === "all"}
                />
                {t("orders.refund.fields.modeAll", { amount: remaining })}
              </label>
              <label className="flex items-center gap-2">
                <input
                  key={key("mode-amount")}
                  type="radio"
                  name="mode"
                  value="amount"
                  defaultChecked={values.mode === "amount"}
                />
                {t("orders.refund.fields.modeAmount")}
              </label>
              <div className="ms-6">
                <AmountField
                  key={key("amount")}
                  id={`${id}-amount`}
                  label={t("orders.refund.fields.amount")}
                  hint={t("orders.refund.fields.amountHint", { amount: remaining })}
                  defaultValue={values.amount ?? ""}
                  error={errors.amount}
                />
              </div>
              {lines.length > 0 ? (
                <>
                  <label className="flex items-center gap-2">
                    <input
                      key={key("mode-lines")}
                      type="radio"
                      name="mode"
                      value="lines"
                      defaultChecked={values.mode === "lines"}
                    />
                    {t("orders.refund.fields.modeLines")}
                  </label>
                  <div className="ms-6 flex flex-col gap-3">
                    {lines.map((line) => (
                      <TextField
                        key={key(`quantity-${line.id}`)}
                        id={`${id}-quantity-${line.id}`}
                        name={`quantity.${line.id}`}
                        label={line.label}
                        hint={line.hint}
                        {...COUNT_INPUT}
                        defaultValue={values[`quantity.${line.id}`] ?? ""}
                        error={errors[`quantity.${line.id}`]}
                      />
                    ))}
                  </div>
                </>
              ) : null}
              <FieldError id={`${id}-mode`} error={errors.mode} />
            </fieldset>
            <AskToConfirmButton pending={pending} pendingLabel={t("orders.refund.pending")}>
              {t("orders.refund.submit")}
            </AskToConfirmButton>
          </>
        )}
      </form>
    </FormCard>
  );
}
