"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { primaryButton } from "@/components/ui/styles";
import { TextField } from "@/components/ui/text-field";
import type { FormAction, FormState } from "@/lib/forms/form-state";
import { useT } from "@/lib/i18n/client";

export type ChangePasswordFormState = FormState;

type Props = { action: FormAction<ChangePasswordFormState> };

const IDLE_STATE: ChangePasswordFormState = { status: "idle", fieldErrors: {} };

/**
 * Change my password (docs/security.md, headers, cookies and sessions): the current one, the new
 * one twice. Passwords are never sent back: the fields start empty after each submission.
 */
export function ChangePasswordForm({ action }: Props) {
  const t = useT();
  const [state, formAction, pending] = useActionState<ChangePasswordFormState, FormData>(action, IDLE_STATE);
  const errors = state.fieldErrors;
  // A new key after each answer empties the fields.
  const key = (name: string) => `${name}-${state.status}-${state.message ?? ""}`;
  return (
    <form action={formAction} noValidate className="flex max-w-xl flex-col gap-4">
      <FormMessage
        error={errors.form ?? (state.status === "error" ? state.message : undefined)}
        success={state.status === "success" ? state.message : undefined}
      />
      <TextField
        key={key("currentPassword")}
        id="change-password-current"
        name="currentPassword"
        type="password"
        label={t("security.sessions.currentPassword")}
        autoComplete="current-password"
        maxLength={200}
        error={errors.currentPassword}
      />
      <TextField
        key={key("newPassword")}
        id="change-password-new"
        name="newPassword"
        type="password"
        label={t("security.sessions.newPassword")}
        hint={t("auth.fields.passwordHint")}
        autoComplete="new-password"
        maxLength={200}
        error={errors.newPassword}
      />
      <TextField
        key={key("confirmPassword")}
        id="change-password-confirm"
        name="confirmPassword"
        type="password"
        label={t("security.sessions.confirmPassword")}
        autoComplete="new-password"
        maxLength={200}
        error={errors.confirmPassword}
      />
      <div>
        <button type="submit" disabled={pending} className={primaryButton}>
          {pending ? t("security.sessions.pending") : t("security.sessions.submit")}
        </button>
      </div>
    </form>
  );
}
