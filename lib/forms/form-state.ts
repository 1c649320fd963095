import { unstable_rethrow } from "next/navigation";
import { isAppError } from "@/lib/errors";
import type { MessageKey, Translate } from "@/lib/i18n/translate";

/** What every form action returns: translated messages, ready to show. */
export type FormState = {
  status: "idle" | "success" | "error";
  /** field name → message, shown beside the field; "form" is shown at the top of the form */
  fieldErrors: Record<string, string>;
  message?: string;
};

export const IDLE: FormState = { status: "idle", fieldErrors: {} };

const CODE_MESSAGES: Record<string, MessageKey> = {
  FORBIDDEN: "forms.errors.forbidden",
  NOT_FOUND: "forms.errors.notFound",
  UNAUTHENTICATED: "forms.errors.signedOut",
  CONFLICT: "forms.errors.conflict",
  RATE_LIMITED: "forms.errors.rateLimited",
};

/**
 * Runs a domain call for a form action and turns the outcome into a FormState: VALIDATION →
 * translated field errors; other expected codes → a message at the top of the form; anything
 * unexpected is logged with its context and shown as a generic error. Next's redirect() and
 * notFound() pass through.
 */
export async function runFormAction(
  t: Translate,
  context: string,
  run: () => Promise<string | void>,
): Promise<FormState> {
  try {
    const message = await run();
    return { status: "success", fieldErrors: {}, message: message ?? t("forms.saved") };
  } catch (error) {
    unstable_rethrow(error);
    if (isAppError(error, "VALIDATION")) {
      const fieldErrors: Record<string, string> = {};
      for (const [field, key] of Object.entries(error.fieldErrors)) fieldErrors[field] = t(key as MessageKey);
      if (Object.keys(fieldErrors).length === 0) fieldErrors.form = t("forms.errors.invalid");
      return { status: "error", fieldErrors, message: t("forms.errors.summary") };
    }
    if (isAppError(error) && CODE_MESSAGES[error.code]) {
      const text = error.fieldErrors.form ? t(error.fieldErrors.form as MessageKey) : t(CODE_MESSAGES[error.code]);
      return { status: "error", fieldErrors: { form: text } };
    }
    console.error(`${context} failed`, error);
    return { status: "error", fieldErrors: { form: t("forms.errors.generic") } };
  }
}
