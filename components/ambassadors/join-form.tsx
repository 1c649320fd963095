"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { PendingButton } from "@/components/ui/pending-button";
import { primaryButton } from "@/components/ui/styles";
import { IDLE, type FormAction, type FormState } from "@/lib/forms/form-state";
import { useT } from "@/lib/i18n/client";

/** The one button that makes the viewer an ambassador; works without JavaScript. */
export function JoinForm({ action }: { action: FormAction }) {
  const t = useT();
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, IDLE);
  return (
    <form action={formAction} className="flex flex-col items-start gap-3">
      <FormMessage error={state.fieldErrors.form ?? (state.status === "error" ? state.message : undefined)} />
      <PendingButton pending={pending} pendingLabel={t("ambassadors.page.joinPending")} className={primaryButton}>
        {t("ambassadors.page.joinSubmit")}
      </PendingButton>
    </form>
  );
}
