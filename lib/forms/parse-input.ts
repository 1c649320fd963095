import type { z } from "zod";
import { AppError } from "@/lib/errors";

// Zod messages written in our schemas are catalogue keys ("onboarding.errors.ibanInvalid");
// zod's own messages (no key given) become a generic key by issue kind.
function messageKey(issue: z.core.$ZodIssue): string {
  if (/^[a-zA-Z]+(\.[a-zA-Z0-9]+)+$/.test(issue.message)) return issue.message;
  if (issue.code === "too_big") return "forms.errors.tooLong";
  if (issue.code === "too_small") return "forms.errors.tooShort";
  if (issue.code === "invalid_type" && issue.input === undefined) return "forms.errors.required";
  return "forms.errors.invalid";
}

/** field path ("openingHours.2.0.open") → message key; the first issue of a field wins. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.length > 0 ? issue.path.map(String).join(".") : "form";
    fields[field] ??= messageKey(issue);
  }
  return fields;
}

/**
 * Parses input with a schema; on failure throws VALIDATION with field errors (nothing written).
 * `input` is unknown: whatever its declared type, it may come from a forged POST.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new AppError("VALIDATION", "invalid input", fieldErrorsOf(result.error));
  return result.data;
}
