"use server";

import { headers } from "next/headers";
import { signUpUser } from "@/lib/auth/register-user";
import { formStateOfError, type FormErrorOptions, type FormState } from "@/lib/forms/form-state";
import { clientAddressFromHeaders } from "@/lib/http/client-address";
import { getT } from "@/lib/i18n/server";

export type SignUpValues = { name: string; email: string; isVendor: boolean };
/**
 * What was typed (shown again after an error) and, once accepted, the account to sign in to. The
 * answer is the same whether the address was new or already had an account (docs/security.md).
 */
export type SignUpState = FormState<{
  values: SignUpValues;
  account?: { role: "SHOPPER" | "VENDOR"; email: string };
}>;

// An error on a field the form does not show, or an unexpected one, is the form's generic message.
const SIGN_UP_ERRORS: FormErrorOptions = { fields: ["name", "email", "password"], generic: "auth.errors.generic" };

function text(value: FormDataEntryValue | null): string {
  return typeof value === "string" ? value : "";
}

/** Signs up (or, for an address already used, e-mails its owner); the form then signs in (see sign-up-form). */
export async function signUp(_previous: SignUpState, formData: FormData): Promise<SignUpState> {
  const values: SignUpValues = {
    name: text(formData.get("name")),
    email: text(formData.get("email")),
    isVendor: formData.get("isVendor") === "on",
  };
  const [{ locale, t }, requestHeaders] = await Promise.all([getT(), headers()]);
  try {
    const account = await signUpUser(
      { ...values, password: text(formData.get("password")) },
      { locale, clientAddress: clientAddressFromHeaders(requestHeaders) },
    );
    return { status: "success", fieldErrors: {}, values, account };
  } catch (error) {
    return { ...formStateOfError(t, "signUp", error, SIGN_UP_ERRORS), values };
  }
}
