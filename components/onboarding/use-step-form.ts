"use client";

import { useActionState, useEffect, useRef, useTransition } from "react";
import { IDLE, type FormAction } from "@/lib/forms/form-state";

type StepAction = FormAction;

/**
 * A step form's state. With JavaScript, the submission runs in a transition so that React does
 * not reset the form (what was typed, or the file chosen, stays after an error); without it, the
 * form posts natively to the same server action. After a failed submission, focus moves to the
 * first field in error, else to the message at the top.
 */
export function useStepForm(action: StepAction) {
  const formRef = useRef<HTMLFormElement>(null);
  const [state, formAction, pending] = useActionState(action, IDLE);
  const [, startTransition] = useTransition();

  useEffect(() => {
    if (state.status !== "error") return;
    const form = formRef.current;
    (
      form?.querySelector<HTMLElement>('[aria-invalid="true"], [data-invalid="true"]') ??
      form?.querySelector<HTMLElement>('[role="alert"]')
    )?.focus();
  }, [state]);

  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  };

  return { formRef, state, formAction, pending, onSubmit };
}
