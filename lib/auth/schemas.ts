import { z } from "zod";

// Messages are catalogue keys (lib/i18n/messages): the form shows them in the viewer's language.
export const PASSWORD_MIN_LENGTH = 10;

/** An account's password: at sign-up's confirmation, a password change, the seed. */
export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, "auth.errors.passwordTooShort")
  .max(200, "auth.errors.passwordTooLong");

export const signUpSchema = z.object({
  name: z.string().trim().min(1, "auth.errors.nameRequired").max(100, "auth.errors.nameTooLong"),
  email: z.string().trim().toLowerCase().max(254, "auth.errors.emailInvalid").pipe(z.email("auth.errors.emailInvalid")),
  password: passwordSchema,
  isVendor: z.preprocess((value) => value === true || value === "on" || value === "true", z.boolean()),
});
export type SignUpInput = z.input<typeof signUpSchema>;

/** The sign-up form (docs/security.md, "Sign-up"): no password yet, it is chosen from the e-mailed link. */
export const signUpRequestSchema = signUpSchema.omit({ password: true });
export type SignUpRequestInput = z.input<typeof signUpRequestSchema>;

/** The e-mailed sign-up link's form: the password, under sign-up's rule. */
export const completeSignUpSchema = signUpSchema.pick({ password: true });

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
