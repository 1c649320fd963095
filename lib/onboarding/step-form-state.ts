import type { FormState } from "@/lib/forms/form-state";

/** A step form's state: after an error, what was submitted, so the form shows it again. */
export type StepFormState = FormState<{ values?: Record<string, string | string[]> }>;

/**
 * Adds the submitted text values to a failed state. With JavaScript the form keeps what was
 * typed anyway; without it the page is rendered again from this state. Files are not echoed.
 */
export function withSubmittedValues(state: FormState, formData: FormData): StepFormState {
  if (state.status !== "error") return state;
  const values: Record<string, string | string[]> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$") || key === "intent") continue;
    const texts = formData.getAll(key).filter((value): value is string => typeof value === "string");
    if (texts.length === 0) continue;
    values[key] = texts.length === 1 ? texts[0] : texts;
  }
  return { ...state, values };
}
