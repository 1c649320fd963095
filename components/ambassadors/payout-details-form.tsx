"use client";

import { useEffect } from "react";
import { useStepForm } from "@/components/onboarding/use-step-form";
import { FormMessage } from "@/components/ui/form-message";
import { PendingButton } from "@/components/ui/pending-button";
import { primaryButton } from "@/components/ui/styles";
import { TextField } from "@/components/ui/text-field";
import type { FormAction } from "@/lib/forms/form-state";
import { useT } from "@/lib/i18n/client";

/**
 * The ambassador's bank details: holder and IBAN. The stored IBAN is only shown masked; the field
 * starts blank and a blank field keeps it. Works without JavaScript (the form posts to the action);
 * with it, what was typed stays after an error and focus moves to the first field in error.
 */
export function PayoutDetailsForm({
  action,
  holderName,
  maskedIban,
}: {
  action: FormAction;
  holderName: string;
  /** "FR76 •••• … 0189" when an IBAN is stored */
  maskedIban: string | null;
}) {
  const t = useT();
  const { formRef, state, formAction, pending, onSubmit } = useStepForm(action);
  const errors = state.fieldErrors;
  useEffect(() => {
    // Saved: the new IBAN is now the one shown masked above the field, which empties again.
    const iban = formRef.current?.elements.namedItem("iban");
    if (state.status === "success" && iban instanceof HTMLInputElement) iban.value = "";
  }, [state, formRef]);
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} className="flex max-w-xl flex-col gap-5" noValidate>
      <FormMessage
        error={errors.form ?? (state.status === "error" ? state.message : undefined)}
        success={state.status === "success" ? state.message : undefined}
      />
      <TextField
        id="ambassador-holder-name"
        name="holderName"
        label={t("ambassadors.bank.holderName")}
        autoComplete="name"
        defaultValue={holderName}
        maxLength={120}
        error={errors.holderName}
        required
      />
      <TextField
        id="ambassador-iban"
        name="iban"
        dir="ltr"
        label={t("ambassadors.bank.iban")}
        hint={
          maskedIban
            ? `${t("ambassadors.bank.ibanStored", { iban: maskedIban })}. ${t("ambassadors.bank.ibanKeepHint")}`
            : t("ambassadors.bank.ibanHint")
        }
        autoComplete="off"
        maxLength={42}
        error={errors.iban}
        required={!maskedIban}
      />
      <div>
        <PendingButton pending={pending} pendingLabel={t("ambassadors.bank.pending")} className={primaryButton}>
          {t("ambassadors.bank.submit")}
        </PendingButton>
      </div>
    </form>
  );
}
