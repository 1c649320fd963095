"use client";

import { useActionState } from "react";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { FormMessage } from "@/components/ui/form-message";
import { primaryButton } from "@/components/ui/styles";
import { TextField } from "@/components/ui/text-field";
import { type FormAction, type FormState } from "@/lib/forms/form-state";

export type BusinessBuyerFormState = FormState<{
  values: { isBusiness: boolean; companyName: string; vatNumber: string };
}>;

type Props = {
  action: FormAction<BusinessBuyerFormState>;
  initial: BusinessBuyerFormState;
  labels: {
    isBusiness: string;
    companyName: string;
    vatNumber: string;
    vatNumberHint: string;
    note: string;
    submit: string;
    pending: string;
  };
};

/** "I buy for a company" (docs/domain.md, business buyer): the company's name and VAT number. */
export function BusinessBuyerForm({ action, initial, labels }: Props) {
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
        label={labels.isBusiness}
        hint={labels.note}
        defaultChecked={values.isBusiness}
      />
      <TextField
        key={key("companyName")}
        id="business-companyName"
        name="companyName"
        label={labels.companyName}
        autoComplete="organization"
        maxLength={200}
        defaultValue={values.companyName}
        error={errors.companyName}
      />
      <TextField
        key={key("vatNumber")}
        id="business-vatNumber"
        name="vatNumber"
        label={labels.vatNumber}
        hint={labels.vatNumberHint}
        autoComplete="off"
        maxLength={30}
        defaultValue={values.vatNumber}
        error={errors.vatNumber}
      />
      <div>
        <button type="submit" disabled={pending} className={primaryButton}>
          {pending ? labels.pending : labels.submit}
        </button>
      </div>
    </form>
  );
}
