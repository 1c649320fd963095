"use client";

import { useActionState, useEffect, useRef, useTransition, type FormEvent } from "react";
import type { FormAction } from "@/lib/forms/form-state";
import type { StepFormState } from "@/lib/onboarding/step-form-state";

export type StepFormAction = FormAction<StepFormState>;

const IDLE_STATE: StepFormState = { status: "idle", fieldErrors: {} };

/**
 * The shared behaviour of the onboarding forms. With JavaScript, the submission goes through
 * onSubmit so React does not reset the form: what was typed (and the files chosen) stays after an
 * error. Without JavaScript the form posts to the same action. After a failed submission the
 * focus moves to the first field in error, else to the message at the top.
 */
export function useOnboardingForm(action: StepFormAction) {
  const formRef = useRef<HTMLFormElement>(null);
  const [state, formAction, actionPending] = useActionState(action, IDLE_STATE);
  const [transitionPending, startTransition] = useTransition();

  useEffect(() => {
    // Saved: the pictures chosen are stored, so the file inputs are cleared (no second upload).
    if (state.status === "success") {
      formRef.current?.querySelectorAll<HTMLInputElement>('input[type="file"]').forEach((input) => (input.value = ""));
    }
    if (state.status !== "error") return;
    const form = formRef.current;
    (
      form?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form?.querySelector<HTMLElement>('[role="alert"]')
    )?.focus();
  }, [state]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const data = new FormData(event.currentTarget, submitter);
    startTransition(() => formAction(data));
  }

  const errors = state.fieldErrors;
  /** The first error of a field or of any of its sub-fields ("openingHours.2" → "openingHours.2.0.close"). */
  function errorOf(field: string): string | undefined {
    if (errors[field]) return errors[field];
    const nested = Object.keys(errors).find((key) => key.startsWith(`${field}.`));
    return nested ? errors[nested] : undefined;
  }

  // After an error rendered without JavaScript, the fields show what was sent, not the saved data.
  const submitted = state.values;
  const valueOf = (name: string, saved: string): string => {
    const value = submitted?.[name];
    return typeof value === "string" ? value : saved;
  };
  const checkedOf = (name: string, saved: boolean): boolean => (submitted ? submitted[name] !== undefined : saved);

  return {
    formRef,
    state,
    formAction,
    pending: actionPending || transitionPending,
    onSubmit,
    errors,
    errorOf,
    submitted,
    valueOf,
    checkedOf,
  };
}
