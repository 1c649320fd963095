import { unstable_rethrow } from "next/navigation";
import { isAppError, type AppError, type AppErrorCode } from "@/lib/errors";
import type { MessageKey, Translate } from "@/lib/i18n/translate";

/**
 * What every form action returns: translated messages, ready to show, plus `V`, what the form needs
 * back (the values typed, kept after an error; the product just added; the choices offered…).
 */
export type FormState<V extends object = object> = {
  status: "idle" | "success" | "error";
  /** field name → message, shown beside the field; "form" is shown at the top of the form */
  fieldErrors: Record<string, string>;
  message?: string;
} & V;

/** A form's server action, as useActionState calls it; pages pass it to components as a prop. */
export type FormAction<S extends FormState = FormState> = (previous: S, formData: FormData) => Promise<S>;

export const IDLE: FormState = { status: "idle", fieldErrors: {} };

/** What a refusal shows: the one mapper makes it an error state. */
export type Refusal = Pick<FormState, "fieldErrors" | "message">;

/** A domain's own words for an error that carries figures or names (the stock left, the products at fault). */
export type ErrorOverride = (error: AppError, t: Translate) => Refusal | undefined;

export type FormErrorOptions = {
  /** per code, tried first; undefined falls back to the usual message */
  overrides?: Partial<Record<AppErrorCode, ErrorOverride>>;
  /** the fields the form shows: an error on any other field is shown at the top of the form */
  fields?: readonly string[];
  /** the message of an unexpected error (default "forms.errors.generic") */
  generic?: MessageKey;
};

const CODE_MESSAGES: Partial<Record<AppErrorCode, MessageKey>> = {
  FORBIDDEN: "forms.errors.forbidden",
  NOT_FOUND: "forms.errors.notFound",
  UNAUTHENTICATED: "forms.errors.signedOut",
  CONFLICT: "forms.errors.conflict",
  RATE_LIMITED: "forms.errors.rateLimited",
  UNAVAILABLE: "forms.errors.unavailable",
};

// Domain errors carry catalogue keys; an unknown key, or a field the form does not show, becomes
// a message at the top of the form (the first one wins).
function translateFieldErrors(error: AppError, t: Translate, options: FormErrorOptions): Record<string, string> {
  const translated: Record<string, string> = {};
  for (const [field, key] of Object.entries(error.fieldErrors)) {
    const message = t(key as MessageKey);
    const known = message !== key;
    const shown = field === "form" || !options.fields || options.fields.includes(field);
    translated[known && shown ? field : "form"] ??= known ? message : t(options.generic ?? "forms.errors.generic");
  }
  return translated;
}

/**
 * The one mapper from a thrown error to the state a form shows (docs/architecture.md): a domain
 * override first; VALIDATION → messages beside the fields; other expected codes → the error's own
 * message, else the code's; anything unexpected is logged with its context and shown as a generic
 * error. Next's redirect() and notFound() pass through.
 */
export function formStateOfError(
  t: Translate,
  context: string,
  error: unknown,
  options: FormErrorOptions = {},
): FormState {
  unstable_rethrow(error);
  if (isAppError(error)) {
    const refusal = options.overrides?.[error.code]?.(error, t);
    if (refusal) return { status: "error", ...refusal };
    if (error.code === "VALIDATION") {
      const fieldErrors = translateFieldErrors(error, t, options);
      if (Object.keys(fieldErrors).length === 0) fieldErrors.form = t("forms.errors.invalid");
      return { status: "error", fieldErrors, message: t("forms.errors.summary") };
    }
    const codeMessage = CODE_MESSAGES[error.code];
    if (codeMessage) {
      const fieldErrors = translateFieldErrors(error, t, options);
      return {
        status: "error",
        fieldErrors: Object.keys(fieldErrors).length > 0 ? fieldErrors : { form: t(codeMessage) },
      };
    }
  }
  console.error(`${context} failed`, error);
  return { status: "error", fieldErrors: { form: t(options.generic ?? "forms.errors.generic") } };
}

/**
 * Runs a form action's domain call: success carries the message `run` returns (else "saved"); a
 * thrown error becomes the state formStateOfError gives.
 */
export async function runFormAction(
  t: Translate,
  context: string,
  run: () => Promise<string | void>,
  options?: FormErrorOptions,
): Promise<FormState> {
  try {
    const message = await run();
    return { status: "success", fieldErrors: {}, message: message ?? t("forms.saved") };
  } catch (error) {
    return formStateOfError(t, context, error, options);
  }
}
