import { z } from "zod";

// Messages are catalogue keys (lib/i18n/messages): the form shows them in the viewer's language.
export const PASSWORD_MIN_LENGTH = 10;

export const signUpSchema = z.object({
  name: z.string().trim().min(1, "auth.errors.nameRequired").max(100, "auth.errors.nameTooLong"),
  email: z.string().trim().toLowerCase().max(254, "auth.errors.emailInvalid").pipe(z.email("auth.errors.emailInvalid")),
  password: z.string().min(PASSWORD_MIN_LENGTH, "auth.errors.passwordTooShort").max(200, "auth.errors.passwordTooLong"),
  isVendor: z.preprocess((value) => value === true || value === "on" || value === "true", z.boolean()),
});
export type SignUpInput = z.input<typeof signUpSchema>;

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().max(254),
  password: z.string().max(200),
});

export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    fields[field] ??= issue.message;
  }
  return fields;
}
