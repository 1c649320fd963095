import { OrderConversation } from "@/components/orders/order-conversation";
import type { MessageFormState } from "@/components/orders/order-conversation-form";
import type { Actor } from "@/lib/auth/actor";
import type { FormAction } from "@/lib/forms/form-state";
import { getT } from "@/lib/i18n/server";
import { listOrderMessages } from "@/lib/orders/conversation/list-order-messages";
import { markConversationRead } from "@/lib/orders/conversation/mark-conversation-read";
import { MESSAGE_MAX_LENGTH } from "@/lib/orders/conversation/message-limits";

type Props = {
  actor: Actor | null;
  shopOrderId: string;
  /** the page's message action, bound to the part */
  action: FormAction<MessageFormState>;
  id?: string;
  headingLevel?: "h2" | "h3";
};

/**
 * A part's conversation on the vendor's, the shopper's and the operator's pages: reads it, marks
 * it read (viewing is reading: docs/domain.md, conversation) and renders it with the reply form.
 */
export async function ConversationSection({ actor, shopOrderId, action, id = "conversation", headingLevel }: Props) {
  const [{ locale, t }, conversation] = await Promise.all([getT(), listOrderMessages(actor, shopOrderId)]);
  if (conversation.unreadCount > 0) await markConversationRead(actor, shopOrderId);
  return (
    <OrderConversation
      id={id}
      conversation={conversation}
      action={action}
      maxLength={MESSAGE_MAX_LENGTH}
      locale={locale}
      t={t}
      headingLevel={headingLevel}
    />
  );
}
