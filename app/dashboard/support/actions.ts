"use server";

import { redirect } from "next/navigation";
import type { FormState } from "@/lib/forms/form-state";
import {
  runCloseSupportForm,
  runOpenSupportForm,
  runSupportMessageForm,
  type OpenSupportFormState,
  type SupportMessageFormState,
} from "@/lib/support/run-support-forms";

// The vendor's support actions (docs/trust.md, vendor support); the domain functions check that
// the shop, and the request, are the vendor's own.

export async function openSupportRequestAction(
  _previous: OpenSupportFormState,
  formData: FormData,
): Promise<OpenSupportFormState> {
  const state = await runOpenSupportForm(formData);
  if (state.status === "success" && state.requestId)
    redirect(`/dashboard/support/${encodeURIComponent(state.requestId)}?opened=1`);
  return state;
}

export async function postVendorSupportMessageAction(
  requestId: string,
  _previous: SupportMessageFormState,
  formData: FormData,
): Promise<SupportMessageFormState> {
  return runSupportMessageForm(requestId, formData);
}

export async function closeVendorSupportRequestAction(requestId: string): Promise<FormState> {
  return runCloseSupportForm(requestId);
}
