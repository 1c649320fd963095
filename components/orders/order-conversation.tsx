import type { FormAction } from "@/lib/forms/form-state";
import type { Translate } from "@/lib/i18n/translate";
import type { OrderConversation as Conversation } from "@/lib/orders/conversation/list-order-messages";
import { ClientMessages } from "@/components/i18n/client-messages";
import { MessageFiles } from "@/components/messages/message-files";
import type { Locale } from "@/lib/i18n/config";
import { OrderConversationForm, type MessageFormState } from "./order-conversation-form";
import { ORDER_CONVERSATION_FORM_MESSAGES } from "./order-conversation-form-words";

type Props = {
  id: string;
  conversation: Conversation;
  /** the reply form's action; omitted (or canPost false) shows the thread read-only */
  action?: FormAction<MessageFormState>;
  maxLength: number;
  locale: Locale;
  t: Translate;
  headingLevel?: "h2" | "h3";
};

/**
 * A part's conversation (docs/domain.md, conversation): the thread, oldest first and newest last,
 * each message with its author, time and files (pictures as thumbnails, PDFs as links, all through
 * the checked attachment route), then the reply form when the viewer may write.
 */
export function OrderConversation({ id, conversation, action, maxLength, locale, t, headingLevel = "h2" }: Props) {
  const Heading = headingLevel;
  const headingId = `${id}-title`;
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
  const intro =
    conversation.side === "VENDOR"
      ? t("conversation.introVendor")
      : conversation.side === "OPERATOR"
        ? t("conversation.introOperator")
        : t("conversation.intro");
  const authorOf = (message: Conversation["messages"][number]) =>
    message.mine
      ? t("conversation.you")
      : message.authorKind === "OPERATOR"
        ? t("conversation.author.operator")
        : (message.authorName ?? t(`conversation.author.${message.authorKind === "VENDOR" ? "vendor" : "shopper"}`));

  return (
    <section id={id} aria-labelledby={headingId} className="scroll-mt-4">
      <Heading id={headingId} className={headingLevel === "h2" ? "mb-2 text-xl font-bold" : "mb-2 font-semibold"}>
        {t("conversation.title")}
      </Heading>
      <p className="mb-4 text-stone-700">{intro}</p>
      {conversation.messages.length === 0 ? (
        <p className="mb-4 text-stone-600">{t("conversation.empty")}</p>
      ) : (
        <ol className="mb-4 flex flex-col gap-3">
          {conversation.messages.map((message) => (
            <li
              key={message.id}
              className={`max-w-[90%] rounded-xl border p-3 sm:max-w-[75%] ${
                message.mine ? "ms-auto border-brand-100 bg-brand-50" : "me-auto border-stone-200 bg-white"
              }`}
            >
              <p className="flex flex-wrap items-baseline gap-x-2 text-sm">
                <span className="font-semibold">{authorOf(message)}</span>
                <time dateTime={message.createdAt.toISOString()} className="text-stone-600">
                  {date.format(message.createdAt)}
                </time>
                {message.unread ? (
                  <span className="rounded-full bg-brand-700 px-2 text-xs font-medium text-white">
                    {t("conversation.unread")}
                  </span>
                ) : null}
              </p>
              {message.body ? <p className="mt-1 break-words whitespace-pre-line">{message.body}</p> : null}
              <MessageFiles
                files={message.attachments}
                locale={locale}
                openLabel={(name) => t("conversation.attachment.open", { name })}
                photoLabel={(name) => t("conversation.attachment.photo", { name })}
              />
            </li>
          ))}
        </ol>
      )}
      {action && conversation.canPost ? (
        <ClientMessages locale={locale} namespaces={ORDER_CONVERSATION_FORM_MESSAGES}>
          <OrderConversationForm id={`${id}-form`} action={action} maxLength={maxLength} />
        </ClientMessages>
      ) : conversation.side === "OPERATOR" ? (
        <p className="text-stone-600">{t("conversation.readOnly")}</p>
      ) : null}
    </section>
  );
}
