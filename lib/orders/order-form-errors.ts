import type { AppError } from "@/lib/errors";
import type { FormErrorOptions } from "@/lib/forms/form-state";
import type { MessageKey, Translate } from "@/lib/i18n/translate";

/**
 * The order forms' words for CONFLICT (docs/architecture.md, errors): the domain's own message
 * when it has one (the part moved on, nothing left to refund…), else the usual one. `seen` is told
 * of every conflict first (the forms that show the page again when the part moved on).
 */
export function conflictOverride(t: Translate, seen?: (error: AppError) => void): FormErrorOptions["overrides"] {
  return {
    CONFLICT: (error) => {
      seen?.(error);
      const message = t(error.message as MessageKey);
      return message === error.message ? undefined : { fieldErrors: { form: message } };
    },
  };
}
