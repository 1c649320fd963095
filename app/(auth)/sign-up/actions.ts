"use server";

import { headers } from "next/headers";
import { signUpUser } from "@/lib/auth/register-user";
import { formStateOfError, type FormErrorOptions, type FormState } from "@/lib/forms/form-state";
import { clientAddressFromHeaders } from "@/lib/http/client-address";
import { getT } from "@/lib/i18n/server";

export type SignUpValues = { name: string; email: string; isVendor: boolean };
/**
 * What was typed (shown again after an error) and, once accepted, "we e-mailed you a link": the
 * same answer whether the address was new or already had an account (docs/security.md, "Sign-up").
 */
export type SignUpState = FormState<{ values: SignUpValues }>;

// An error on a field the form does not show, or an unexpected one, is the form's generic message.
const SIGN_UP_ERRORS: FormErrorOptions = { fields: ["name", "email"], generic: "auth.errors.generic" };

function text(value: FormDataEntryValue | null): string {
  return typeof value === "string" ? value : "";
}

/** E-mails the address a link to finish the sign-up (or, for an address already used, e-mails its owner). */
export async function signUp(_previous: SignUpState, formData: FormData): Promise<SignUpState> {
  const values: SignUpValues = {
    name: text(formData.get("name")),
    email: text(formData.get("email")),
    isVendor: formData.get("isVendor") === "on",
  };
  const [{ locale, t }, requestHeaders] = await Promise.all([getT(), headers()]);
  try {
    const { email } = await signUpUser(values, {
      locale,
      // Checked again by signUpUser (safeCallbackPath): the field is the client's to write.
      callbackPath: text(formData.get("callbackPath")) || null,
      clientAddress: clientAddressFromHeaders(requestHeaders),
    });
    return { status: "success", fieldErrors: {}, values, message: t("security.throttle.signUpSent", { email }) };
  } catch (error) {
    return { ...formStateOfError(t, "signUp", error, SIGN_UP_ERRORS), values };
  }
}
