import { AppError, isAppError } from "@/lib/errors";

/**
 * Runs every check of one form, each even when an earlier one failed, so that the person sees all
 * their mistakes at once: the results in order, or one VALIDATION error with every check's field
 * errors (the first check's message wins for a field both name). Any other error is thrown as is.
 */
export async function withAllFieldErrors<T extends readonly unknown[]>(checks: {
  [K in keyof T]: () => T[K] | Promise<T[K]>;
}): Promise<T> {
  const results: unknown[] = [];
  const fieldErrors: Record<string, string> = {};
  let invalid = false;
  // One after the other: a check may query the caller's transaction.
  for (const check of checks) {
    try {
      results.push(await check());
    } catch (error) {
      if (!isAppError(error, "VALIDATION")) throw error;
      invalid = true;
      for (const [field, key] of Object.entries(error.fieldErrors)) fieldErrors[field] ??= key;
    }
  }
  if (invalid) throw new AppError("VALIDATION", "invalid input", fieldErrors);
  return results as unknown as T;
}
