import Link from "next/link";
import type { FormState } from "@/lib/forms/form-state";
import { FormMessage } from "@/components/ui/form-message";
import { primaryButton, secondaryButton } from "@/components/ui/styles";

/** The message at the top of a step's form: the error summary, or the confirmation. */
export function StepFormMessage({ state }: { state: FormState }) {
  if (state.status === "error") return <FormMessage error={state.fieldErrors.form ?? state.message} />;
  if (state.status === "success") return <FormMessage success={state.message} />;
  return null;
}

export type StepButtonLabels = { save: string; saving: string; saveAndContinue: string; continue: string };

/**
 * Save (stay on the step) or save and go on; once saved, a link to the next step as well.
 * The buttons carry intent=save|continue for the action.
 */
export function StepButtons({
  labels,
  pending,
  saved,
  nextHref,
}: {
  labels: StepButtonLabels;
  pending: boolean;
  saved: boolean;
  nextHref?: string;
}) {
  return (
    <div className="flex flex-wrap items-center gap-3">
      <button type="submit" name="intent" value="continue" disabled={pending} className={primaryButton}>
        {pending ? labels.saving : labels.saveAndContinue}
      </button>
      <button type="submit" name="intent" value="save" disabled={pending} className={secondaryButton}>
        {labels.save}
      </button>
      {saved && nextHref ? (
        <Link href={nextHref} className={secondaryButton}>
          {labels.continue}
        </Link>
      ) : null}
    </div>
  );
}
