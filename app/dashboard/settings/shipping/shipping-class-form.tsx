"use client";

import { useActionState, useEffect, useRef } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { primaryButton } from "@/components/ui/styles";
import { TextField } from "@/components/ui/text-field";
import { IDLE } from "@/lib/forms/form-state";
import type { ShippingClassFormState } from "./actions";

export type ShippingClassFormLabels = {
  name: string;
  localCourierFee: string;
  postalFee: string;
  feeHint: string;
  submit: string;
  pending: string;
};

type ShippingClassFormProps = {
  idPrefix: string;
  action: (previous: ShippingClassFormState, formData: FormData) => Promise<ShippingClassFormState>;
  labels: ShippingClassFormLabels;
  defaults?: { name: string; localCourierFee: string; postalFee: string };
};

/** Adds or edits a shipping class: a name and a fee per paid delivery method. */
export function ShippingClassForm({ idPrefix, action, labels, defaults }: ShippingClassFormProps) {
  const [state, formAction, pending] = useActionState<ShippingClassFormState, FormData>(action, IDLE);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.status === "error")
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], [role="alert"]')?.focus();
  }, [state]);
  const errors = state.fieldErrors;
  // After an error the fields show what was typed; otherwise the saved values (none for a new class).
  const values = state.values ?? defaults;
  return (
    <form ref={formRef} action={formAction} noValidate className="grid gap-3 sm:grid-cols-3">
      <div className="sm:col-span-3">
        <FormMessage error={errors.form} success={state.status === "success" ? state.message : undefined} />
      </div>
      <TextField
        id={`${idPrefix}-name`}
        name="name"
        label={labels.name}
        defaultValue={values?.name}
        maxLength={60}
        required
        error={errors.name}
      />
      <TextField
        id={`${idPrefix}-courier`}
        name="localCourierFee"
        label={labels.localCourierFee}
        inputMode="decimal"
        defaultValue={values?.localCourierFee}
        hint={labels.feeHint}
        error={errors.localCourierFee}
      />
      <TextField
        id={`${idPrefix}-postal`}
        name="postalFee"
        label={labels.postalFee}
        inputMode="decimal"
        defaultValue={values?.postalFee}
        hint={labels.feeHint}
        error={errors.postalFee}
      />
      <div className="sm:col-span-3">
        <button type="submit" disabled={pending} className={primaryButton}>
          {pending ? labels.pending : labels.submit}
        </button>
      </div>
    </form>
  );
}
