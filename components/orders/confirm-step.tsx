import type { ReactNode } from "react";
import { PendingButton } from "@/components/ui/pending-button";
import { dangerButton, secondaryButton } from "@/components/ui/styles";

type Props = {
  title: string;
  text: string;
  /** what was typed, posted again with the confirmation (works without JavaScript) */
  values: Record<string, string>;
  submit: string;
  back: string;
  pending: boolean;
  pendingLabel: string;
  /** a summary of what is about to happen */
  children?: ReactNode;
};

/**
 * The second step of a destructive order form (refuse, cancel, refund, decide): the first post only
 * asks to confirm; "confirm" acts, "back" returns to the fields with what was typed.
 */
export function ConfirmStep({ title, text, values, submit, back, pending, pendingLabel, children }: Props) {
  return (
    <div className="flex flex-col gap-3 rounded-lg border border-red-200 bg-red-50 p-4">
      <h4 data-confirm-heading tabIndex={-1} className="font-semibold text-red-900 focus:outline-none">
        {title}
      </h4>
      <p className="text-red-900">{text}</p>
      {children}
      {Object.entries(values).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="flex flex-wrap gap-3">
        <PendingButton
          name="intent"
          value="confirm"
          pending={pending}
          pendingLabel={pendingLabel}
          className={dangerButton}
        >
          {submit}
        </PendingButton>
        <button type="submit" name="intent" value="back" disabled={pending} className={secondaryButton}>
          {back}
        </button>
      </div>
    </div>
  );
}

/** The first submit of a destructive order form: it only asks to confirm (the step above). */
export function AskToConfirmButton({
  pending,
  pendingLabel,
  children,
}: {
  pending: boolean;
  pendingLabel: string;
  children: ReactNode;
}) {
  return (
    <div>
      <PendingButton name="intent" value="ask" pending={pending} pendingLabel={pendingLabel} className={dangerButton}>
        {children}
      </PendingButton>
    </div>
  );
}
