"use client";

import { FormMessage } from "@/components/ui/form-message";
import { describedByOf, FieldError, FieldHint } from "@/components/ui/field-parts";
import { inputBase, primaryButton } from "@/components/ui/styles";
import { TextField } from "@/components/ui/text-field";
import type { FormAction } from "@/lib/forms/form-state";
import { useStepForm } from "./use-step-form";

export type IdentityFormLabels = {
  legalType: string;
  individual: string;
  company: string;
  legalName: string;
  legalNameHint: string;
  registrationNumber: string;
  registrationNumberHint: string;
  vatNumber: string;
  vatNumberHint: string;
  document: string;
  documentHint: string;
  /** "Document on file: …" when one is stored, else undefined */
  documentStored?: string;
  documentReplaceHint: string;
  privacyNote: string;
  submit: string;
  pending: string;
};

export type IdentityFormValues = {
  legalType: "INDIVIDUAL" | "COMPANY" | null;
  legalName: string;
  registrationNumber: string;
  vatNumber: string;
};

type IdentityFormProps = {
  action: FormAction;
  labels: IdentityFormLabels;
  values: IdentityFormValues;
};

/** Step 4: legal form, legal name, optional numbers and the identity document (a private file). */
export function IdentityForm({ action, labels, values }: IdentityFormProps) {
  const { formRef, state, formAction, pending, onSubmit } = useStepForm(action);
  const errors = state.fieldErrors;
  const documentHint = labels.documentStored
    ? `${labels.documentHint} ${labels.documentReplaceHint}`
    : labels.documentHint;
  return (
    <form
      ref={formRef}
      action={formAction}
      onSubmit={onSubmit}
      encType="multipart/form-data"
      className="flex max-w-xl flex-col gap-5"
      noValidate
    >
      <FormMessage
        error={errors.form ?? (state.status === "error" ? state.message : undefined)}
        success={state.status === "success" ? state.message : undefined}
      />
      <fieldset
        className="flex flex-col gap-2"
        aria-describedby={errors.legalType ? "identity-legal-type-error" : undefined}
      >
        <legend className="mb-1 font-medium">{labels.legalType}</legend>
        {(["INDIVIDUAL", "COMPANY"] as const).map((type) => (
          <label
            key={type}
            className="flex min-h-11 items-center gap-3 rounded-lg border border-stone-300 bg-white px-3"
          >
            <input
              type="radio"
              name="legalType"
              value={type}
              defaultChecked={values.legalType === type}
              data-invalid={errors.legalType ? true : undefined}
              className="size-5 accent-brand-700"
              required
            />
            <span>{type === "INDIVIDUAL" ? labels.individual : labels.company}</span>
          </label>
        ))}
        <FieldError id="identity-legal-type" error={errors.legalType} />
      </fieldset>
      <TextField
        id="identity-legal-name"
        name="legalName"
        label={labels.legalName}
        hint={labels.legalNameHint}
        autoComplete="organization"
        defaultValue={values.legalName}
        maxLength={120}
        error={errors.legalName}
        required
      />
      <TextField
        id="identity-registration-number"
        name="registrationNumber"
        label={labels.registrationNumber}
        hint={labels.registrationNumberHint}
        defaultValue={values.registrationNumber}
        maxLength={40}
        error={errors.registrationNumber}
      />
      <TextField
        id="identity-vat-number"
        name="vatNumber"
        label={labels.vatNumber}
        hint={labels.vatNumberHint}
        defaultValue={values.vatNumber}
        maxLength={24}
        error={errors.vatNumber}
      />
      <div className="flex flex-col gap-1">
        <label htmlFor="identity-document" className="font-medium">
          {labels.document}
        </label>
        {labels.documentStored ? <p className="text-sm font-medium text-stone-800">{labels.documentStored}</p> : null}
        <input
          id="identity-document"
          name="identityDocument"
          type="file"
          accept="application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png"
          required={!labels.documentStored}
          aria-invalid={errors.identityDocument ? true : undefined}
          aria-describedby={describedByOf("identity-document", documentHint, errors.identityDocument)}
          className={`${inputBase} file:me-3 file:rounded-md file:border-0 file:bg-stone-100 file:px-3 file:py-1.5 file:font-medium`}
        />
        <FieldHint id="identity-document" hint={documentHint} />
        <FieldError id="identity-document" error={errors.identityDocument} />
      </div>
      <p className="text-sm text-stone-600">{labels.privacyNote}</p>
      <div>
        <button type="submit" disabled={pending} className={primaryButton}>
          {pending ? labels.pending : labels.submit}
        </button>
      </div>
    </form>
  );
}
