"use server";

import { registerUser } from "@/lib/auth/register-user";
import { isAppError } from "@/lib/errors";
import { getT } from "@/lib/i18n/server";
import type { MessageKey, Translate } from "@/lib/i18n/translate";

export type SignUpField = "name" | "email" | "password" | "form";
export type SignUpValues = { name: string; email: string; isVendor: boolean };
export type SignUpState =
  | { status: "idle" | "error"; fieldErrors: Partial<Record<SignUpField, string>>; values: SignUpValues }
  | {
      status: "success";
      role: "SHOPPER" | "VENDOR";
      email: string;
      fieldErrors: Record<string, never>;
      values: SignUpValues;
    };

const FIELDS: readonly SignUpField[] = ["name", "email", "password"];

function text(value: FormDataEntryValue | null): string {
  return typeof value === "string" ? value : "";
}

// Domain errors carry catalogue keys; an unknown key or field becomes the generic form error.
function translateFieldErrors(fieldErrors: Record<string, string>, t: Translate): Partial<Record<SignUpField, string>> {
  const translated: Partial<Record<SignUpField, string>> = {};
  for (const [field, key] of Object.entries(fieldErrors)) {
    const message = t(key as MessageKey);
    const known = message !== key;
    const target = (FIELDS as readonly string[]).includes(field) && known ? (field as SignUpField) : "form";
    translated[target] ??= known ? message : t("auth.errors.generic");
  }
  return translated;
}

/** Creates the account; the form then signs in with the same credentials (see sign-up-form). */
export async function signUp(_previous: SignUpState, formData: FormData): Promise<SignUpState> {
  const values: SignUpValues = {
    name: text(formData.get("name")),
    email: text(formData.get("email")),
    isVendor: formData.get("isVendor") === "on",
  };
  const { t } = await getT();
  try {
    const user = await registerUser({ ...values, password: text(formData.get("password")) });
    return { status: "success", role: user.role, email: user.email, fieldErrors: {}, values };
  } catch (error) {
    if (isAppError(error, "VALIDATION") || isAppError(error, "CONFLICT")) {
      return { status: "error", fieldErrors: translateFieldErrors(error.fieldErrors, t), values };
    }
    console.error("sign-up failed", { email: values.email, error });
    return { status: "error", fieldErrors: { form: t("auth.errors.generic") }, values };
  }
}
