"use server";

import type { FormState } from "@/lib/forms/form-state";
import {
  runCloseSupportForm,
  runSupportMessageForm,
  type SupportMessageFormState,
} from "@/lib/support/run-support-forms";

// The operator's support actions (docs/trust.md, vendor support); the domain functions check the role.

export async function postOperatorSupportMessageAction(
  requestId: string,
  _previous: SupportMessageFormState,
  formData: FormData,
): Promise<SupportMessageFormState> {
  return runSupportMessageForm(requestId, formData);
}

export async function closeOperatorSupportRequestAction(requestId: string): Promise<FormState> {
  return runCloseSupportForm(requestId);
}
