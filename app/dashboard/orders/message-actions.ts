"use server";

import type { MessageFormState } from "@/components/orders/order-conversation-form";
import { runMessageForm } from "@/lib/orders/conversation/run-message-form";

// The vendor's message in a part's conversation (docs/domain.md, conversation), bound to the part
// by the page; postOrderMessage checks the part is one of their shops'.
export async function postVendorMessageAction(
  shopOrderId: string,
  _previous: MessageFormState,
  formData: FormData,
): Promise<MessageFormState> {
  return runMessageForm({
    shopOrderId,
    formData,
    page: `/dashboard/orders/${encodeURIComponent(shopOrderId)}`,
    alsoRevalidate: ["/dashboard/orders"],
  });
}
