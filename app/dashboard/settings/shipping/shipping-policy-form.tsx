"use client";

import { useActionState, useEffect, useRef } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { primaryButton } from "@/components/ui/styles";
import { TextField } from "@/components/ui/text-field";
import { IDLE } from "@/lib/forms/form-state";
import { useT } from "@/lib/i18n/client";
import type { ShippingPolicyFormState } from "./actions";

type ShippingPolicyFormProps = {
  action: (previous: ShippingPolicyFormState, formData: FormData) => Promise<ShippingPolicyFormState>;
  defaults: { shippingFeeMode: string; freeShippingThreshold: string };
};

/** How the shop's shipping fees add up, and from what amount shipping is free. */
export function ShippingPolicyForm({ action, defaults }: ShippingPolicyFormProps) {
  const t = useT();
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
        label={t("productList.shipping.policy.mode")}
        defaultValue={values.shippingFeeMode}
        options={[
          { value: "PER_CLASS", label: t("productList.shipping.policy.PER_CLASS") },
          { value: "PER_ORDER", label: t("productList.shipping.policy.PER_ORDER") },
        ]}
        error={errors.shippingFeeMode}
      />
      <TextField
        id="free-shipping-threshold"
        name="freeShippingThreshold"
        label={t("productList.shipping.policy.threshold")}
        inputMode="decimal"
        defaultValue={values.freeShippingThreshold}
        hint={t("productList.shipping.policy.thresholdHint")}
        error={errors.freeShippingThreshold}
      />
      <div className="sm:col-span-2">
        <button type="submit" disabled={pending} className={primaryButton}>
          {pending ? t("productList.shipping.policy.saving") : t("productList.shipping.policy.save")}
        </button>
      </div>
    </form>
  );
}
