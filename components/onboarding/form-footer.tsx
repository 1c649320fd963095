"use client";

import Link from "next/link";
import { useT } from "@/lib/i18n/client";
import type { FormState } from "@/lib/forms/form-state";
import { FormMessage } from "@/components/ui/form-message";
import { primaryButton, secondaryButton } from "@/components/ui/styles";

/** The message at the top of a step's form: the error summary, or the confirmation. */
export function StepFormMessage({ state }: { state: FormState }) {
  if (state.status === "error") return <FormMessage error={state.fieldErrors.form ?? state.message} />;
  if (state.status === "success") return <FormMessage success={state.message} />;
  return null;
}

/**
 * Save (stay on the step) or save and go on; once saved, a link to the next step as well.
 * The buttons carry intent=save|continue for the action.
 */
export function StepButtons({
  step,
  pending,
  saved,
  nextHref,
}: {
  /** the step whose "save and continue" texts name the next one */
  step: "profile" | "location" | "delivery";
  pending: boolean;
  saved: boolean;
  nextHref?: string;
}) {
  const t = useT();
  return (
    <div className="flex flex-wrap items-center gap-3">
      <button type="submit" name="intent" value="continue" disabled={pending} className={primaryButton}>
        {pending ? t("forms.saving") : t(`onboarding.${step}.saveAndContinue`)}
      </button>
      <button type="submit" name="intent" value="save" disabled={pending} className={secondaryButton}>
        {t("forms.save")}
      </button>
      {saved && nextHref ? (
        <Link href={nextHref} className={secondaryButton}>
          {t(`onboarding.${step}.continue`)}
        </Link>
      ) : null}
    </div>
  );
}
