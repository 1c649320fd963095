import Image from "next/image";
import type { Translate } from "@/lib/i18n/translate";
import type { SupportRequestView } from "@/lib/support/get-support-request";
import { textLink } from "@/components/ui/styles";

const sizeOf = (bytes: number, locale: string) =>
  new Intl.NumberFormat(locale, {
    style: "unit",
    unit: bytes >= 1_000_000 ? "megabyte" : "kilobyte",
    maximumFractionDigits: 1,
  }).format(bytes >= 1_000_000 ? bytes / 1_000_000 : Math.max(1, Math.round(bytes / 1000)));

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
          {message.attachments.length > 0 ? (
            <ul className="mt-2 flex flex-wrap gap-2">
              {message.attachments.map((file) => (
                <li key={file.id}>
                  <a
                    href={file.url}
                    target="_blank"
                    rel="noopener"
                    className={file.isImage ? "block rounded-md" : textLink}
                    aria-label={t("support.thread.openFile", { name: file.fileName })}
                  >
                    {file.isImage ? (
                      <Image
                        src={file.url}
                        alt={t("support.thread.photo", { name: file.fileName })}
                        width={96}
                        height={96}
                        unoptimized
                        className="size-24 rounded-md border border-stone-200 object-cover"
                      />
                    ) : (
                      `${file.fileName} (${sizeOf(file.byteSize, locale)})`
                    )}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
