"use client";

import { useActionState } from "react";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { FormMessage } from "@/components/ui/form-message";
import { primaryButton } from "@/components/ui/styles";
import { TextField } from "@/components/ui/text-field";
import { type FormAction, type FormState } from "@/lib/forms/form-state";
import { useT } from "@/lib/i18n/client";

export type BusinessBuyerFormState = FormState<{
  values: { isBusiness: boolean; companyName: string; vatNumber: string };
}>;

type Props = {
  action: FormAction<BusinessBuyerFormState>;
  initial: BusinessBuyerFormState;
};

/** "I buy for a company" (docs/domain.md, business buyer): the company's name and VAT number. */
export function BusinessBuyerForm({ action, initial }: Props) {
  const t = useT();
  const [state, formAction, pending] = useActionState<BusinessBuyerFormState, FormData>(action, initial);
  const { values, fieldErrors: errors } = state;
  const key = (name: string) => `${name}-${state.status}`;
  return (
    <form action={formAction} noValidate className="flex max-w-xl flex-col gap-4">
      <FormMessage
        error={errors.form ?? (state.status === "error" ? state.message : undefined)}
        success={state.status === "success" ? state.message : undefined}
      />
      <CheckboxField
        key={key("isBusiness")}
        id="business-isBusiness"
        name="isBusiness"
        label={t("orders.business.isBusiness")}
        hint={t("orders.business.note")}
        defaultChecked={values.isBusiness}
      />
      <TextField
        key={key("companyName")}
        id="business-companyName"
        name="companyName"
        label={t("orders.business.companyName")}
        autoComplete="organization"
        maxLength={200}
        defaultValue={values.companyName}
        error={errors.companyName}
      />
      <TextField
        key={key("vatNumber")}
        id="business-vatNumber"
        name="vatNumber"
        label={t("orders.business.vatNumber")}
        hint={t("orders.business.vatNumberHint")}
        autoComplete="off"
        maxLength={30}
        defaultValue={values.vatNumber}
        error={errors.vatNumber}
      />
      <div>
        <button type="submit" disabled={pending} className={primaryButton}>
          {pending ? t("orders.business.pending") : t("orders.business.submit")}
        </button>
      </div>
    </form>
  );
}
