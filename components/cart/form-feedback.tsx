import type { FormState } from "@/lib/forms/form-state";

/** The outcome of a small cart form: its errors (role="alert") or, when asked, its confirmation. */
export function FormFeedback({
  id,
  state,
  showSuccess = false,
}: {
  id?: string;
  state: FormState;
  showSuccess?: boolean;
}) {
  const errors = [...new Set(Object.values(state.fieldErrors))];
  if (state.status === "error" && errors.length > 0) {
    return (
      <p id={id} role="alert" className="text-sm font-medium text-red-800">
        {errors.join(" ")}
      </p>
    );
  }
  if (state.status === "success" && showSuccess && state.message) {
    return (
      <p id={id} role="status" className="text-sm font-medium text-brand-800">
        {state.message}
      </p>
    );
  }
  return null;
}
