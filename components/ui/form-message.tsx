/**
 * The message at the top of a form after a submission: an error (role="alert", focusable so the
 * form can move focus to it) or a confirmation (role="status").
 */
export function FormMessage({ error, success }: { error?: string; success?: string }) {
  if (error) {
    return (
      <p
        role="alert"
        tabIndex={-1}
        className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 font-medium text-red-800"
      >
        {error}
      </p>
    );
  }
  if (success) {
    return (
      <p role="status" className="rounded-lg border border-brand-100 bg-brand-50 px-3 py-2 font-medium text-brand-800">
        {success}
      </p>
    );
  }
  return null;
}

/**
 * What a form shows at its top after a post: the "form" error, else the first of `fields` (errors
 * the form shows nowhere else), else the summary of an error state.
 */
export function topErrorOf(
  state: { status: "idle" | "success" | "error"; fieldErrors: Record<string, string>; message?: string },
  ...fields: string[]
): string | undefined {
  for (const field of ["form", ...fields]) if (state.fieldErrors[field]) return state.fieldErrors[field];
  return state.status === "error" ? state.message : undefined;
}
