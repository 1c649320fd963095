import "server-only";
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/session";
import { formText } from "@/lib/forms/form-text";
import { runFormAction, type FormState } from "@/lib/forms/form-state";
import { getT } from "@/lib/i18n/server";
import { closeSupportRequest } from "./close-support-request";
import { openSupportRequest } from "./open-support-request";
import { postSupportMessage } from "./post-support-message";

/** The new request form's state: what was typed, kept after an error (files are chosen again). */
export type OpenSupportFormState = FormState<{
  values?: { shopId: string; subject: string; body: string; shopOrderId: string; orderNumber: string };
  /** the new request, once opened: the action redirects to it */
  requestId?: string;
}>;

/** The reply form's state (the same shape as the order conversation's form). */
export type SupportMessageFormState = FormState<{ values?: { body: string } }>;

const filesOf = (formData: FormData) =>
  formData.getAll("attachments").filter((value): value is File => typeof value !== "string");

/** Reads the new request form and calls openSupportRequest (docs/architecture.md, a mutation). */
export async function runOpenSupportForm(formData: FormData): Promise<OpenSupportFormState> {
  const [actor, { t }] = await Promise.all([getActor(), getT()]);
  const values = {
    shopId: formText(formData, "shopId"),
    subject: formText(formData, "subject"),
    body: formText(formData, "body"),
    shopOrderId: formText(formData, "shopOrderId"),
    orderNumber: formText(formData, "orderNumber"),
  };
  let requestId: string | undefined;
  const state = await runFormAction(
    t,
    "openSupportRequest",
    async () => {
      requestId = (await openSupportRequest(actor, { ...values, files: filesOf(formData) })).id;
      return t("support.form.opened");
    },
    { fields: ["shopId", "subject", "body", "shopOrderId", "orderNumber", "attachments"] },
  );
  revalidatePath("/dashboard/support");
  revalidatePath("/admin/support");
  return state.status === "success" ? { ...state, requestId } : { ...state, values };
}

/** Reads the reply form and calls postSupportMessage; both sides' pages are revalidated. */
export async function runSupportMessageForm(requestId: string, formData: FormData): Promise<SupportMessageFormState> {
  const [actor, { t }] = await Promise.all([getActor(), getT()]);
  const body = formText(formData, "body");
  const state = await runFormAction(
    t,
    "postSupportMessage",
    async () => {
      await postSupportMessage(actor, { requestId, body, files: filesOf(formData) });
      return t("support.thread.sent");
    },
    { fields: ["body", "attachments"] },
  );
  revalidateRequest(requestId);
  return state.status === "success" ? state : { ...state, values: { body } };
}

/** Closes the request (the confirmation was the form's first step). */
export async function runCloseSupportForm(requestId: string): Promise<FormState> {
  const [actor, { t }] = await Promise.all([getActor(), getT()]);
  const state = await runFormAction(t, "closeSupportRequest", async () => {
    await closeSupportRequest(actor, requestId);
    return t("support.thread.closedDone");
  });
  revalidateRequest(requestId);
  return state;
}

function revalidateRequest(requestId: string): void {
  const id = encodeURIComponent(requestId);
  for (const path of ["/dashboard/support", `/dashboard/support/${id}`, "/admin/support", `/admin/support/${id}`])
    revalidatePath(path);
}
