import type { Translate } from "@/lib/i18n/translate";
import type { SupportRequestView } from "@/lib/support/get-support-request";
import { MessageFiles } from "@/components/messages/message-files";

/**
 * A support request's messages, oldest first: author, time, text and files (pictures as
 * thumbnails, PDFs as links, all through the checked attachment route).
 */
export function SupportThread({ request, locale, t }: { request: SupportRequestView; locale: string; t: Translate }) {
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
  const authorOf = (message: SupportRequestView["messages"][number]) =>
    message.mine
      ? t("support.thread.you")
      : message.authorKind === "OPERATOR"
        ? t("support.thread.operator")
        : request.shop.name;
  return (
    <ol className="mb-6 flex flex-col gap-3" aria-label={t("support.thread.label")}>
      {request.messages.map((message) => (
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
          </p>
          <p className="mt-1 break-words whitespace-pre-line">{message.body}</p>
          <MessageFiles
            files={message.attachments}
            locale={locale}
            openLabel={(name) => t("support.thread.openFile", { name })}
            photoLabel={(name) => t("support.thread.photo", { name })}
          />
        </li>
      ))}
    </ol>
  );
}
