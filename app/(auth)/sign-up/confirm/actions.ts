"use server";

import { headers } from "next/headers";
import { completeSignUp } from "@/lib/auth/complete-sign-up";
import { isAppError } from "@/lib/errors";
import { formStateOfError, type FormErrorOptions, type FormState } from "@/lib/forms/form-state";
import { clientAddressFromHeaders } from "@/lib/http/client-address";
import { getT } from "@/lib/i18n/server";

/**
 * The answer to the e-mailed link's password form: the account to sign in to, or why not — the
 * link is invalid or expired (sign up again), or the address has an account by now (sign in).
 */
export type ConfirmSignUpState = FormState<{
  account?: { email: string; role: "SHOPPER" | "VENDOR"; callbackPath: string | null };
  refused?: "linkInvalid" | "taken";
}>;

const CONFIRM_ERRORS: FormErrorOptions = { fields: ["password"], generic: "auth.errors.generic" };

/** Creates the account the link carries, with the password chosen (docs/security.md, "Sign-up"); the form then signs in. */
export async function confirmSignUp(_previous: ConfirmSignUpState, formData: FormData): Promise<ConfirmSignUpState> {
  const [{ t }, requestHeaders] = await Promise.all([getT(), headers()]);
  try {
    const { email, role, callbackPath } = await completeSignUp(formData.get("token"), formData.get("password"), {
      clientAddress: clientAddressFromHeaders(requestHeaders),
    });
    return { status: "success", fieldErrors: {}, account: { email, role, callbackPath } };
  } catch (error) {
    const state = formStateOfError(t, "confirmSignUp", error, CONFIRM_ERRORS);
    if (isAppError(error, "VALIDATION") && error.fieldErrors.token) return { ...state, refused: "linkInvalid" };
    if (isAppError(error, "CONFLICT")) return { ...state, refused: "taken" };
    return state;
  }
}
