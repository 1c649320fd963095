import type { MessageKey } from "@/lib/i18n/translate";

// The reply form's words (order-conversation-form.tsx): an order's conversation, or a support
// request's thread. A server component sends them above the form (ClientMessages): a client
// module's constants are not readable on the server, so they live here.
export const CONVERSATION_FORM_WORDS = {
  order: {
    body: "conversation.form.label",
    files: "conversation.form.files",
    submit: "conversation.form.submit",
    pending: "conversation.form.pending",
  },
  support: {
    body: "support.thread.replyLabel",
    files: "support.form.files",
    submit: "support.thread.submit",
    pending: "support.thread.pending",
  },
} as const satisfies Record<string, Record<string, MessageKey>>;

export const ORDER_CONVERSATION_FORM_MESSAGES = Object.values(CONVERSATION_FORM_WORDS.order);
export const SUPPORT_REPLY_FORM_MESSAGES = Object.values(CONVERSATION_FORM_WORDS.support);
