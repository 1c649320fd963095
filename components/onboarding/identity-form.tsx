"use client";

import { FormMessage } from "@/components/ui/form-message";
import { describedByOf, FieldError, FieldHint } from "@/components/ui/field-parts";
import { inputBase, primaryButton } from "@/components/ui/styles";
import { TextField } from "@/components/ui/text-field";
import type { FormAction } from "@/lib/forms/form-state";
import { useT } from "@/lib/i18n/client";
import { useStepForm } from "./use-step-form";

export type IdentityFormValues = {
  legalType: "INDIVIDUAL" | "COMPANY" | null;
  legalName: string;
  registrationNumber: string;
  vatNumber: string;
};

type IdentityFormProps = {
  action: FormAction;
  values: IdentityFormValues;
  /** the name of the identity document on file, if any */
  documentName: string | null;
  /** still onboarding (the button says "continue"), else an approved shop's update */
  onboarding: boolean;
};

/** Step 4: legal form, legal name, optional numbers and the identity document (a private file). */
export function IdentityForm({ action, values, documentName, onboarding }: IdentityFormProps) {
  const t = useT();
  const documentStored =
    documentName !== null ? t("onboarding.identity.documentStored", { name: documentName }) : undefined;
  const { formRef, state, formAction, pending, onSubmit } = useStepForm(action);
  const errors = state.fieldErrors;
  const documentHint = documentStored
    ? `${t("onboarding.identity.documentHint")} ${t("onboarding.identity.documentReplaceHint")}`
    : t("onboarding.identity.documentHint");
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
        <legend className="mb-1 font-medium">{t("onboarding.identity.legalType")}</legend>
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
            <span>
              {type === "INDIVIDUAL" ? t("onboarding.identity.individual") : t("onboarding.identity.company")}
            </span>
          </label>
        ))}
        <FieldError id="identity-legal-type" error={errors.legalType} />
      </fieldset>
      <TextField
        id="identity-legal-name"
        name="legalName"
        label={t("onboarding.identity.legalName")}
        hint={t("onboarding.identity.legalNameHint")}
        autoComplete="organization"
        defaultValue={values.legalName}
        maxLength={120}
        error={errors.legalName}
        required
      />
      <TextField
        id="identity-registration-number"
        name="registrationNumber"
        label={t("onboarding.identity.registrationNumber")}
        hint={t("onboarding.identity.registrationNumberHint")}
        defaultValue={values.registrationNumber}
        maxLength={40}
        error={errors.registrationNumber}
      />
      <TextField
        id="identity-vat-number"
        name="vatNumber"
        label={t("onboarding.identity.vatNumber")}
        hint={t("onboarding.identity.vatNumberHint")}
        defaultValue={values.vatNumber}
        maxLength={24}
        error={errors.vatNumber}
      />
      <div className="flex flex-col gap-1">
        <label htmlFor="identity-document" className="font-medium">
          {t("onboarding.identity.document")}
        </label>
        {documentStored ? <p className="text-sm font-medium text-stone-800">{documentStored}</p> : null}
        <input
          id="identity-document"
          name="identityDocument"
          type="file"
          accept="application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png"
          required={!documentStored}
          aria-invalid={errors.identityDocument ? true : undefined}
          aria-describedby={describedByOf("identity-document", documentHint, errors.identityDocument)}
          className={`${inputBase} file:me-3 file:rounded-md file:border-0 file:bg-stone-100 file:px-3 file:py-1.5 file:font-medium`}
        />
        <FieldHint id="identity-document" hint={documentHint} />
        <FieldError id="identity-document" error={errors.identityDocument} />
      </div>
      <p className="text-sm text-stone-600">{t("onboarding.identity.privacyNote")}</p>
      <div>
        <button type="submit" disabled={pending} className={primaryButton}>
          {pending
            ? t("onboarding.identity.pending")
            : onboarding
              ? t("onboarding.identity.submit")
              : t("onboarding.identity.save")}
        </button>
      </div>
    </form>
  );
}
