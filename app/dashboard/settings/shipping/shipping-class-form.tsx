"use client";

import { useActionState, useEffect, useRef } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { primaryButton } from "@/components/ui/styles";
import { TextField } from "@/components/ui/text-field";
import { IDLE } from "@/lib/forms/form-state";
import { useT } from "@/lib/i18n/client";
import type { ShippingClassFormState } from "./actions";

type ShippingClassFormProps = {
  idPrefix: string;
  action: (previous: ShippingClassFormState, formData: FormData) => Promise<ShippingClassFormState>;
  /** "create" adds a class, "edit" saves one */
  mode: "create" | "edit";
  defaults?: { name: string; localCourierFee: string; postalFee: string };
};

/** Adds or edits a shipping class: a name and a fee per paid delivery method. */
export function ShippingClassForm({ idPrefix, action, mode, defaults }: ShippingClassFormProps) {
  const t = useT();
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
        label={t("productList.shipping.name")}
        defaultValue={values?.name}
        maxLength={60}
        required
        error={errors.name}
      />
      <TextField
        id={`${idPrefix}-courier`}
        name="localCourierFee"
        label={t("productList.shipping.localCourierFee")}
        inputMode="decimal"
        defaultValue={values?.localCourierFee}
        hint={t("productList.shipping.feeHint")}
        error={errors.localCourierFee}
      />
      <TextField
        id={`${idPrefix}-postal`}
        name="postalFee"
        label={t("productList.shipping.postalFee")}
        inputMode="decimal"
        defaultValue={values?.postalFee}
        hint={t("productList.shipping.feeHint")}
        error={errors.postalFee}
      />
      <div className="sm:col-span-3">
        <button type="submit" disabled={pending} className={primaryButton}>
          {pending
            ? t("productList.shipping.saving")
            : mode === "create"
              ? t("productList.shipping.add")
              : t("productList.shipping.save")}
        </button>
      </div>
    </form>
  );
}
