"use client";

import Link from "next/link";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { dangerButton, secondaryButton } from "@/components/ui/styles";
import { IDLE, type FormState } from "@/lib/forms/form-state";
import { useT } from "@/lib/i18n/client";

type DeleteAddressFormProps = {
  action: (previous: FormState) => Promise<FormState>;
  cancelHref: string;
};

/** The confirmation step of deleting a saved address (its own page, so it works without JavaScript). */
export function DeleteAddressForm({ action, cancelHref }: DeleteAddressFormProps) {
  const t = useT();
  const [state, formAction, pending] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="flex flex-col gap-4">
      <FormMessage error={state.fieldErrors.form} />
      <div className="flex flex-wrap gap-3">
        <button type="submit" disabled={pending} className={dangerButton}>
          {pending ? t("checkout.addressBook.deleting") : t("checkout.addressBook.deleteConfirm")}
        </button>
        <Link href={cancelHref} className={secondaryButton}>
          {t("forms.cancel")}
        </Link>
      </div>
    </form>
  );
}
