"use client";

import { useActionState, useRef, type ReactNode } from "react";
import type { FormAction, FormState } from "@/lib/forms/form-state";
import { FormFeedback } from "./form-feedback";

const IDLE: FormState = { status: "idle", fieldErrors: {} };

type CartActionFormProps = {
  action: FormAction;
  children?: ReactNode;
  submitLabel: string;
  pendingLabel?: string;
  /** when the visible label needs more context for a screen reader ("Remove <title>") */
  submitAriaLabel?: string;
  submitClassName: string;
  className?: string;
  showSuccess?: boolean;
  /** with JavaScript, a radio change sends the form at once (the button stays for everyone else) */
  submitOnChange?: boolean;
};

/** A server-action form of the cart page: works without JavaScript; with it, shows progress and errors in place. */
export function CartActionForm({
  action,
  children,
  submitLabel,
  pendingLabel,
  submitAriaLabel,
  submitClassName,
  className,
  showSuccess,
  submitOnChange,
}: CartActionFormProps) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const formRef = useRef<HTMLFormElement>(null);
  return (
    <form
      ref={formRef}
      action={formAction}
      className={className}
      onChange={(event) => {
        if (submitOnChange && event.target instanceof HTMLInputElement && event.target.type === "radio")
          formRef.current?.requestSubmit();
      }}
    >
      {children}
      <div className="flex flex-col gap-1">
        <button type="submit" disabled={pending} aria-label={submitAriaLabel} className={submitClassName}>
          {pending && pendingLabel ? pendingLabel : submitLabel}
        </button>
        <FormFeedback state={state} showSuccess={showSuccess && !pending} />
      </div>
    </form>
  );
}
