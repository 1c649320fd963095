"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { primaryButton } from "@/components/ui/styles";
import { IDLE, type FormState } from "@/lib/forms/form-state";

type DeleteShippingClassFormProps = {
  action: (previous: FormState) => Promise<FormState>;
  labels: { toggle: string; text: string; confirm: string };
};

/** Delete asks first (a second step in a <details>, which works without JavaScript). */
export function DeleteShippingClassForm({ action, labels }: DeleteShippingClassFormProps) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  return (
    <details>
      <summary className="inline-flex min-h-11 cursor-pointer items-center rounded-lg font-medium text-red-800 underline underline-offset-2">
        {labels.toggle}
      </summary>
      <form action={formAction} className="mt-2 flex flex-col gap-3 rounded-lg border border-red-200 bg-red-50 p-3">
        <FormMessage error={state.fieldErrors.form} />
        <p>{labels.text}</p>
        <button type="submit" disabled={pending} className={`${primaryButton} w-fit`}>
          {labels.confirm}
        </button>
      </form>
    </details>
  );
}
