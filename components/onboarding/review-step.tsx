"use client";

import { FormMessage } from "@/components/ui/form-message";
import { primaryButton } from "@/components/ui/styles";
import type { FormAction } from "@/lib/forms/form-state";
import { useT } from "@/lib/i18n/client";
import { useStepForm } from "./use-step-form";

type ReviewStepProps = {
  action: FormAction;
  /** false while a step is missing: the button is disabled and `disabledReason` says why */
  canSubmit: boolean;
  /** the shop was rejected: the button sends it again */
  resubmit: boolean;
};

/** Step 7's submit form: the confirmation sentence and the button that sends the shop for review. */
export function ReviewStep({ action, canSubmit, resubmit }: ReviewStepProps) {
  const t = useT();
  const { formRef, state, formAction, pending, onSubmit } = useStepForm(action);
  const errors = state.fieldErrors;
  // Missing steps named by the server (a race with another tab) are listed under the message.
  const stepErrors = Object.entries(errors).filter(([field]) => field !== "form");
  return (
    <form
      ref={formRef}
      action={formAction}
      onSubmit={onSubmit}
      aria-labelledby="review-submit-title"
      className="flex max-w-2xl flex-col gap-3 rounded-xl border border-stone-200 bg-white p-4"
    >
      <h2 id="review-submit-title" className="text-lg font-semibold">
        {t("onboarding.review.submitTitle")}
      </h2>
      <FormMessage
        error={errors.form ?? (state.status === "error" ? state.message : undefined)}
        success={state.status === "success" ? state.message : undefined}
      />
      {stepErrors.length > 0 ? (
        <ul className="list-disc ps-6 text-red-800">
          {stepErrors.map(([field, message]) => (
            <li key={field}>{message}</li>
          ))}
        </ul>
      ) : null}
      <p id="review-confirm">{t("onboarding.review.confirm")}</p>
      {!canSubmit ? (
        <p id="review-disabled-reason" className="font-medium text-amber-900">
          {t("onboarding.review.disabledMissing")}
        </p>
      ) : null}
      <div>
        <button
          type="submit"
          disabled={!canSubmit || pending}
          aria-describedby={canSubmit ? "review-confirm" : "review-confirm review-disabled-reason"}
          className={primaryButton}
        >
          {pending
            ? t("onboarding.review.pending")
            : resubmit
              ? t("onboarding.review.resubmit")
              : t("onboarding.review.submit")}
        </button>
      </div>
    </form>
  );
}
