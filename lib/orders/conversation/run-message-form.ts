import "server-only";
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/session";
import { formText } from "@/lib/forms/form-text";
import { runFormAction, type FormState } from "@/lib/forms/form-state";
import { getT } from "@/lib/i18n/server";
import { postOrderMessage } from "./post-order-message";

/** What the message form gets back: the text typed, kept after an error (files are chosen again). */
export type MessageFormState = FormState<{ values?: { body: string } }>;

/**
 * The one shape of the three message actions (the shopper's, the vendor's, the operator's): read
 * the text and the files, call postOrderMessage through runFormAction, revalidate the page so the
 * thread shows the new message (docs/architecture.md, a mutation).
 */
export async function runMessageForm({
  shopOrderId,
  formData,
  page,
  alsoRevalidate = [],
}: {
  shopOrderId: string;
  formData: FormData;
  /** the page the conversation is on */
  page: string;
  alsoRevalidate?: string[];
}): Promise<MessageFormState> {
  const [actor, { t }] = await Promise.all([getActor(), getT()]);
  const body = formText(formData, "body");
  const files = formData.getAll("attachments").filter((value): value is File => typeof value !== "string");
  const state = await runFormAction(
    t,
    "postOrderMessage",
    async () => {
      await postOrderMessage(actor, { shopOrderId, body, files });
      return t("conversation.form.sent");
    },
    { fields: ["body", "attachments"] },
  );
  for (const path of [page, ...alsoRevalidate]) revalidatePath(path);
  return state.status === "success" ? state : { ...state, values: { body } };
}
