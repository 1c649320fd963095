"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { primaryButton, secondaryButton } from "@/components/ui/styles";
import { IDLE, type FormAction } from "@/lib/forms/form-state";

type Action = FormAction;

/** Publish or move to draft from the editor; a refusal lists what the product still lacks. */
export function ProductStatusForm({
  action,
  online,
  labels,
}: {
  action: Action;
  online: boolean;
  labels: { statusNow: string; publish: string; unpublish: string };
}) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <FormMessage error={state.fieldErrors.form} success={state.status === "success" ? state.message : undefined} />
      <div className="flex flex-wrap items-center gap-3">
        <p className="font-medium">{labels.statusNow}</p>
        <input type="hidden" name="status" value={online ? "DRAFT" : "ACTIVE"} />
        <button type="submit" disabled={pending} className={online ? secondaryButton : primaryButton}>
          {online ? labels.unpublish : labels.publish}
        </button>
      </div>
    </form>
  );
}
