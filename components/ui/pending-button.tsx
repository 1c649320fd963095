import type { ButtonHTMLAttributes } from "react";

type Props = Omit<ButtonHTMLAttributes<HTMLButtonElement>, "type" | "disabled"> & {
  /** the form is being sent: the button is disabled and says so */
  pending: boolean;
  pendingLabel: string;
};

/** A form's submit button that shows progress while the form is being sent (docs/architecture.md, UI). */
export function PendingButton({ pending, pendingLabel, children, ...button }: Props) {
  return (
    <button type="submit" disabled={pending} {...button}>
      {pending ? pendingLabel : children}
    </button>
  );
}
