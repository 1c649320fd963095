"use server";

import type { MessageFormState } from "@/components/orders/order-conversation-form";
import { runMessageForm } from "@/lib/orders/conversation/run-message-form";

// The shopper's message to one shop of their order (docs/domain.md, conversation), bound to the
// order and the part by the page; postOrderMessage checks the order is theirs.
export async function postShopperMessageAction(
  orderId: string,
  shopOrderId: string,
  _previous: MessageFormState,
  formData: FormData,
): Promise<MessageFormState> {
  return runMessageForm({
    shopOrderId,
    formData,
    page: `/account/orders/${encodeURIComponent(orderId)}`,
    alsoRevalidate: ["/account/orders"],
  });
}
