"use client";

import Link from "next/link";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { dangerButton, secondaryButton } from "@/components/ui/styles";
import { IDLE, type FormState } from "@/lib/forms/form-state";

type DeleteAddressFormProps = {
  action: (previous: FormState) => Promise<FormState>;
  cancelHref: string;
  labels: { confirm: string; pending: string; cancel: string };
};

/** The confirmation step of deleting a saved address (its own page, so it works without JavaScript). */
export function DeleteAddressForm({ action, cancelHref, labels }: DeleteAddressFormProps) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="flex flex-col gap-4">
      <FormMessage error={state.fieldErrors.form} />
      <div className="flex flex-wrap gap-3">
        <button type="submit" disabled={pending} className={dangerButton}>
          {pending ? labels.pending : labels.confirm}
        </button>
        <Link href={cancelHref} className={secondaryButton}>
          {labels.cancel}
        </Link>
      </div>
    </form>
  );
}
