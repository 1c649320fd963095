"use server";

import type { MessageFormState } from "@/components/orders/order-conversation-form";
import { runMessageForm } from "@/lib/orders/conversation/run-message-form";

// The operator's message in an escalated part's conversation (docs/domain.md, conversation);
// postOrderMessage refuses it while the part is not ESCALATED.
export async function postOperatorMessageAction(
  shopOrderId: string,
  _previous: MessageFormState,
  formData: FormData,
): Promise<MessageFormState> {
  return runMessageForm({
    shopOrderId,
    formData,
    page: `/admin/orders/${encodeURIComponent(shopOrderId)}`,
    alsoRevalidate: ["/admin/orders"],
  });
}
