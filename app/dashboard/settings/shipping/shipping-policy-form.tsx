"use client";

import { useActionState, useEffect, useRef } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { primaryButton } from "@/components/ui/styles";
import { TextField } from "@/components/ui/text-field";
import { IDLE } from "@/lib/forms/form-state";
import type { ShippingPolicyFormState } from "./actions";

export type ShippingPolicyFormLabels = {
  mode: string;
  perClass: string;
  perOrder: string;
  threshold: string;
  thresholdHint: string;
  submit: string;
  pending: string;
};

type ShippingPolicyFormProps = {
  action: (previous: ShippingPolicyFormState, formData: FormData) => Promise<ShippingPolicyFormState>;
  labels: ShippingPolicyFormLabels;
  defaults: { shippingFeeMode: string; freeShippingThreshold: string };
};

/** How the shop's shipping fees add up, and from what amount shipping is free. */
export function ShippingPolicyForm({ action, labels, defaults }: ShippingPolicyFormProps) {
  const [state, formAction, pending] = useActionState<ShippingPolicyFormState, FormData>(action, IDLE);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.status === "error")
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], [role="alert"]')?.focus();
  }, [state]);
  const errors = state.fieldErrors;
  const values = state.values ?? defaults;
  return (
    <form ref={formRef} action={formAction} noValidate className="grid gap-3 sm:grid-cols-2">
      <div className="sm:col-span-2">
        <FormMessage error={errors.form} success={state.status === "success" ? state.message : undefined} />
      </div>
      <SelectField
        id="shipping-fee-mode"
        name="shippingFeeMode"
        label={labels.mode}
        defaultValue={values.shippingFeeMode}
        options={[
          { value: "PER_CLASS", label: labels.perClass },
          { value: "PER_ORDER", label: labels.perOrder },
        ]}
        error={errors.shippingFeeMode}
      />
      <TextField
        id="free-shipping-threshold"
        name="freeShippingThreshold"
        label={labels.threshold}
        inputMode="decimal"
        defaultValue={values.freeShippingThreshold}
        hint={labels.thresholdHint}
        error={errors.freeShippingThreshold}
      />
      <div className="sm:col-span-2">
        <button type="submit" disabled={pending} className={primaryButton}>
          {pending ? labels.pending : labels.submit}
        </button>
      </div>
    </form>
  );
}
