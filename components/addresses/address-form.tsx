"use client";

import { useActionState, useEffect, useRef } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { primaryButton } from "@/components/ui/styles";
import { IDLE, type FormState } from "@/lib/forms/form-state";
import { useT } from "@/lib/i18n/client";
import { AddressFields, type AddressFieldValues } from "./address-fields";

/** An address book action's answer: after an error, what was typed, shown again. */
export type AddressFormState = FormState<{ values?: AddressFieldValues }>;

type AddressFormProps = {
  idPrefix: string;
  action: (previous: AddressFormState, formData: FormData) => Promise<AddressFormState>;
  /** "add" a new address or "save" the one being edited (the button's words) */
  intent: "add" | "save";
  /** the saved address when editing; empty fields for a new one */
  defaults?: AddressFieldValues;
};

const EMPTY: AddressFieldValues = { name: "", line1: "", line2: "", postalCode: "", city: "", phone: "" };

/**
 * Adds or edits a saved address. Works without JavaScript (the form posts to the server action);
 * after an error, the fields keep what was typed and focus moves to the first field in error.
 */
export function AddressForm({ idPrefix, action, intent, defaults }: AddressFormProps) {
  const t = useT();
  const formRef = useRef<HTMLFormElement>(null);
  const [state, formAction, pending] = useActionState<AddressFormState, FormData>(action, IDLE);
  useEffect(() => {
    if (state.status !== "error") return;
    const form = formRef.current;
    (
      form?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form?.querySelector<HTMLElement>('[role="alert"]')
    )?.focus();
  }, [state]);
  const errors = state.fieldErrors;
  const topError = errors.form ?? (state.status === "error" ? state.message : undefined);
  return (
    <form ref={formRef} action={formAction} noValidate className="flex flex-col gap-4">
      <FormMessage error={topError} />
      <AddressFields
        idPrefix={idPrefix}
        kind="addressBook"
        values={state.values ?? defaults ?? EMPTY}
        errors={errors}
        required
      />
      <div>
        <button type="submit" disabled={pending} className={primaryButton}>
          {intent === "add"
            ? t(pending ? "checkout.addressBook.adding" : "checkout.addressBook.add")
            : t(pending ? "forms.saving" : "checkout.addressBook.save")}
        </button>
      </div>
    </form>
  );
}
