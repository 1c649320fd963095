"use client";

import { useActionState, useEffect, useRef } from "react";
import { FieldError } from "@/components/ui/field-parts";
import { FormMessage } from "@/components/ui/form-message";
import { dangerButton, secondaryButton } from "@/components/ui/styles";
import { TextField } from "@/components/ui/text-field";
import { TextareaField } from "@/components/ui/textarea-field";
import { IDLE, type FormAction, type FormState } from "@/lib/forms/form-state";
import { formatMoney } from "@/lib/money/format-money";

/**
 * The refund form's answer: what was typed (kept after an error and carried into the confirm
 * step), whether it now asks to confirm, and the exact amount the server computed for it.
 */
export type RefundFormState = FormState<{ values?: Record<string, string>; confirming?: boolean; amount?: number }>;

export type RefundFormLine = {
  id: string;
  /** already translated: the line's title, unit price and what may still be refunded of it */
  label: string;
  hint: string;
  refundableQuantity: number;
};

export type RefundFormLabels = {
  title: string;
  text: string;
  remaining: string;
  reason: string;
  reasonHint: string;
  mode: string;
  modeAll: string;
  modeAmount: string;
  modeLines: string;
  amount: string;
  amountHint: string;
  submit: string;
  pending: string;
  /** with "{amount}" where the amount goes */
  confirmTitle: string;
  confirmText: string;
  /** with "{amount}" where the amount goes */
  confirmSubmit: string;
  back: string;
  summaryReason: string;
};

type Props = {
  id: string;
  action: FormAction<RefundFormState>;
  currency: string;
  locale: string;
  lines: RefundFormLine[];
  labels: RefundFormLabels;
};

/**
 * A refund after the goods left (docs/domain.md, Refund): a reason, then the whole remaining
 * amount, an amount, or quantities per line; the first submit asks to confirm with the amount.
 */
export function RefundForm({ id, action, currency, locale, lines, labels }: Props) {
  const formRef = useRef<HTMLFormElement>(null);
  const [state, formAction, pending] = useActionState<RefundFormState, FormData>(action, IDLE);
  const confirming = Boolean(state.confirming && state.amount);
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
  const topError = errors.form ?? errors.lines ?? (state.status === "error" ? state.message : undefined);
  const headingId = `${id}-title`;
  const amountText = state.amount ? formatMoney(state.amount, currency, locale) : "";
  const key = (name: string) => `${name}-${state.status}-${String(state.confirming)}`;

  return (
    <section aria-labelledby={headingId} className="rounded-xl border border-stone-200 bg-white p-4 sm:p-6">
      <h3 id={headingId} className="text-lg font-semibold">
        {labels.title}
      </h3>
      <p className="mt-1 text-stone-700">{labels.text}</p>
      <p className="mt-1 font-medium">{labels.remaining}</p>
      <form ref={formRef} action={formAction} noValidate className="mt-3 flex flex-col gap-4">
        <FormMessage error={topError} />
        {confirming ? (
          <div className="flex flex-col gap-3 rounded-lg border border-red-200 bg-red-50 p-4">
            <h4 data-confirm-heading tabIndex={-1} className="font-semibold text-red-900 focus:outline-none">
              {labels.confirmTitle.replace("{amount}", amountText)}
            </h4>
            <p className="text-red-900">{labels.confirmText}</p>
            <dl>
              <dt className="font-medium">{labels.summaryReason}</dt>
              <dd className="whitespace-pre-line">{values.reason}</dd>
            </dl>
            {Object.entries(values).map(([name, value]) => (
              <input key={name} type="hidden" name={name} value={value} />
            ))}
            <div className="flex flex-wrap gap-3">
              <button type="submit" name="intent" value="confirm" disabled={pending} className={dangerButton}>
                {pending ? labels.pending : labels.confirmSubmit.replace("{amount}", amountText)}
              </button>
              <button type="submit" name="intent" value="back" disabled={pending} className={secondaryButton}>
                {labels.back}
              </button>
            </div>
          </div>
        ) : (
          <>
            <TextareaField
              key={key("reason")}
              id={`${id}-reason`}
              name="reason"
              label={labels.reason}
              hint={labels.reasonHint}
              required
              rows={3}
              maxLength={1000}
              defaultValue={values.reason ?? ""}
              error={errors.reason}
            />
            <fieldset className="flex flex-col gap-3" aria-describedby={errors.mode ? `${id}-mode-error` : undefined}>
              <legend className="mb-1 font-medium">{labels.mode}</legend>
              <label className="flex items-center gap-2">
                <input
                  key={key("mode-all")}
                  type="radio"
                  name="mode"
                  value="all"
                  defaultChecked={values.mode === "all"}
                />
                {labels.modeAll}
              </label>
              <label className="flex items-center gap-2">
                <input
                  key={key("mode-amount")}
                  type="radio"
                  name="mode"
                  value="amount"
                  defaultChecked={values.mode === "amount"}
                />
                {labels.modeAmount}
              </label>
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
                    {labels.modeLines}
                  </label>
                  <div className="ms-6 flex flex-col gap-3">
                    {lines.map((line) => (
                      <TextField
                        key={key(`quantity-${line.id}`)}
                        id={`${id}-quantity-${line.id}`}
                        name={`quantity.${line.id}`}
                        label={line.label}
                        hint={line.hint}
                        type="number"
                        min={0}
                        max={line.refundableQuantity}
                        step={1}
                        inputMode="numeric"
                        defaultValue={values[`quantity.${line.id}`] ?? ""}
                        error={errors[`quantity.${line.id}`]}
                      />
                    ))}
                  </div>
                </>
              ) : null}
              <FieldError id={`${id}-mode`} error={errors.mode} />
            </fieldset>
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
