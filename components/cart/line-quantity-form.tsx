"use client";

import { useActionState } from "react";
import { COUNT_INPUT, COUNT_PATTERN } from "@/components/ui/count-input";
import { inputBase, secondaryButton } from "@/components/ui/styles";
import type { FormAction, FormState } from "@/lib/forms/form-state";
import { useLocale, useT } from "@/lib/i18n/client";
import { FormFeedback } from "./form-feedback";

const IDLE: FormState = { status: "idle", fieldErrors: {} };

type LineQuantityFormProps = {
  action: FormAction;
  lineId: string;
  quantity: number;
  /** the product's title, in the labels read by screen readers */
  title: string;
};

/** The quantity of one cart line, with its own "Update" button (0 removes the line). */
export function LineQuantityForm({ action, lineId, quantity, title }: LineQuantityFormProps) {
  const t = useT();
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(action, IDLE);
  const inputId = `quantity-${lineId}`;
  const errorId = `quantity-${lineId}-error`;
  const invalid = state.status === "error";
  return (
    <form action={formAction} className="flex flex-col gap-1">
      <input type="hidden" name="lineId" value={lineId} />
      <label htmlFor={inputId} className="sr-only">
        {t("cart.line.quantityOf", { title })}
      </label>
      <div className="flex items-center gap-2">
        <div className="w-20">
          <input
            id={inputId}
            name="quantity"
            {...COUNT_INPUT}
            pattern={COUNT_PATTERN}
            required
            defaultValue={new Intl.NumberFormat(locale, { useGrouping: false }).format(quantity)}
            aria-invalid={invalid || undefined}
            aria-describedby={invalid ? errorId : undefined}
            className={inputBase}
          />
        </div>
        <button
          type="submit"
          disabled={pending}
          aria-label={t("cart.line.updateOf", { title })}
          className={`${secondaryButton} px-3 whitespace-nowrap`}
        >
          {pending ? t("cart.line.updating") : t("cart.line.update")}
        </button>
      </div>
      <FormFeedback id={errorId} state={state} />
    </form>
  );
}
