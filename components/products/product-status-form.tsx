"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { primaryButton, secondaryButton } from "@/components/ui/styles";
import { IDLE, type FormAction } from "@/lib/forms/form-state";
import { useT } from "@/lib/i18n/client";

type Action = FormAction;

/**
 * Publish or move to draft from the editor; a refusal lists what the product still lacks. A
 * product on moderation hold has no publish button (the page says why; docs/security.md, moderation).
 */
export function ProductStatusForm({
  action,
  status,
  held = false,
}: {
  action: Action;
  status: "DRAFT" | "ACTIVE" | "ARCHIVED";
  held?: boolean;
}) {
  const t = useT();
  const online = status === "ACTIVE";
  const canToggle = online || !held;
  const [state, formAction, pending] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <FormMessage error={state.fieldErrors.form} success={state.status === "success" ? state.message : undefined} />
      <div className="flex flex-wrap items-center gap-3">
        <p className="font-medium">
          {t("products.editor.statusNow", { status: t(`products.form.statuses.${status}`) })}
        </p>
        {canToggle ? (
          <>
            <input type="hidden" name="status" value={online ? "DRAFT" : "ACTIVE"} />
            <button type="submit" disabled={pending} className={online ? secondaryButton : primaryButton}>
              {online ? t("products.editor.unpublish") : t("products.editor.publish")}
            </button>
          </>
        ) : null}
      </div>
    </form>
  );
}
