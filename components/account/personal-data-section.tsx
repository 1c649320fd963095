"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { dangerButton, secondaryButton } from "@/components/ui/styles";
import { TextField } from "@/components/ui/text-field";
import type { FormAction, FormState } from "@/lib/forms/form-state";
import { useT } from "@/lib/i18n/client";

/** The deletion form's state: what stands in the way, translated, when the deletion is refused. */
export type DeleteAccountFormState = FormState<{ reasons: string[] }>;

export const DELETE_ACCOUNT_IDLE: DeleteAccountFormState = { status: "idle", fieldErrors: {}, reasons: [] };

type Props = { deleteAction: FormAction<DeleteAccountFormState> };

/**
 * "Your data" on the account page (docs/security.md, personal data): the two downloads, and the
 * deletion, which asks for the password and lists what stops it when it is refused. Needs the
 * `security.privacy` messages (<ClientMessages>).
 */
export function PersonalDataSection({ deleteAction }: Props) {
  const t = useT();
  const [state, formAction, pending] = useActionState<DeleteAccountFormState, FormData>(
    deleteAction,
    DELETE_ACCOUNT_IDLE,
  );
  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <p className="text-stone-700">{t("security.privacy.intro")}</p>
      <ul className="flex flex-wrap gap-3">
        <li>
          <a href="/account/data/personal-data.json" download className={secondaryButton}>
            {t("security.privacy.downloadJson")}
          </a>
        </li>
        <li>
          <a href="/account/data/personal-data.csv" download className={secondaryButton}>
            {t("security.privacy.downloadCsv")}
          </a>
        </li>
      </ul>
      <form
        action={formAction}
        noValidate
        aria-labelledby="delete-account-title"
        className="flex flex-col gap-4 rounded-xl border border-red-200 bg-white p-4"
      >
        <h3 id="delete-account-title" className="text-lg font-semibold">
          {t("security.privacy.deleteTitle")}
        </h3>
        <p className="text-stone-700">{t("security.privacy.deleteText")}</p>
        <FormMessage error={state.fieldErrors.form ?? (state.status === "error" ? state.message : undefined)} />
        {state.reasons.length > 0 ? (
          <ul className="list-disc ps-6 text-red-800" aria-label={t("security.privacy.refused")}>
            {state.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        ) : null}
        <TextField
          key={`password-${state.status}-${state.fieldErrors.password ?? ""}`}
          id="delete-account-password"
          name="password"
          type="password"
          label={t("security.privacy.password")}
          hint={t("security.privacy.passwordHint")}
          autoComplete="current-password"
          maxLength={200}
          required
          error={state.fieldErrors.password}
        />
        <div>
          <button type="submit" disabled={pending} className={dangerButton}>
            {pending ? t("security.privacy.pending") : t("security.privacy.submit")}
          </button>
        </div>
      </form>
    </div>
  );
}
