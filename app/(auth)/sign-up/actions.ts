"use server";

import { registerUser } from "@/lib/auth/register-user";
import { formStateOfError, type FormErrorOptions, type FormState } from "@/lib/forms/form-state";
import { getT } from "@/lib/i18n/server";

export type SignUpValues = { name: string; email: string; isVendor: boolean };
/** What was typed (shown again after an error) and, once created, the account to sign in to. */
export type SignUpState = FormState<{
  values: SignUpValues;
  account?: { role: "SHOPPER" | "VENDOR"; email: string };
}>;

// An error on a field the form does not show, or an unexpected one, is the form's generic message.
const SIGN_UP_ERRORS: FormErrorOptions = { fields: ["name", "email", "password"], generic: "auth.errors.generic" };

function text(value: FormDataEntryValue | null): string {
  return typeof value === "string" ? value : "";
}

/** Creates the account; the form then signs in with the same credentials (see sign-up-form). */
export async function signUp(_previous: SignUpState, formData: FormData): Promise<SignUpState> {
  const values: SignUpValues = {
    name: text(formData.get("name")),
    email: text(formData.get("email")),
    isVendor: formData.get("isVendor") === "on",
  };
  const { locale, t } = await getT();
  try {
    const user = await registerUser({ ...values, password: text(formData.get("password")) }, { locale });
    return { status: "success", fieldErrors: {}, values, account: { role: user.role, email: user.email } };
  } catch (error) {
    return { ...formStateOfError(t, "signUp", error, SIGN_UP_ERRORS), values };
  }
}
