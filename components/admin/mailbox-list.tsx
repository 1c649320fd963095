import Link from "next/link";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import type { MailboxMessage } from "@/lib/notifications/list-mailbox";

type MailboxListProps = { messages: MailboxMessage[]; locale: Locale; t: Translate };

/** The dev mailbox: each e-mail's recipient, subject, date and status, its text on demand. */
export function MailboxList({ messages, locale, t }: MailboxListProps) {
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
  return (
    <ul className="flex flex-col gap-3">
      {messages.map((message) => (
        <li key={message.id} className="flex flex-col gap-1 rounded-xl border border-stone-200 bg-white p-4 text-start">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 className="text-lg font-semibold">{message.subject ?? t("emails.mailbox.noSubject")}</h2>
            <span className="rounded-full bg-stone-100 px-2 py-0.5 text-xs font-medium text-stone-700">
              {t(`emails.mailbox.status.${message.status}`)}
            </span>
          </div>
          <p className="text-sm text-stone-600">{t("emails.mailbox.to", { to: message.to })}</p>
          <p className="text-sm text-stone-500">
            <time dateTime={message.createdAt.toISOString()}>
              {t("emails.mailbox.sentOn", { date: date.format(message.createdAt) })}
            </time>
          </p>
          <details className="mt-2">
            <summary className="cursor-pointer text-sm font-medium text-stone-700">
              {t("emails.mailbox.showText")}
            </summary>
            <pre className="mt-2 rounded-lg bg-stone-50 p-3 ps-4 text-sm break-words whitespace-pre-wrap text-stone-800">
              {message.text ?? ""}
            </pre>
          </details>
        </li>
      ))}
    </ul>
  );
}

type MailboxPaginationProps = { page: number; pages: number; t: Translate };

export function MailboxPagination({ page, pages, t }: MailboxPaginationProps) {
  if (pages <= 1) return null;
  const linkClass = "rounded-lg border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-stone-50";
  return (
    <nav aria-label={t("emails.mailbox.title")} className="mt-6 flex flex-wrap items-center justify-between gap-3">
      {page > 1 ? (
        <Link href={`/admin/mailbox?page=${page - 1}`} className={linkClass} rel="prev">
          {t("emails.mailbox.previous")}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-stone-600">{t("emails.mailbox.page", { page, pages })}</span>
      {page < pages ? (
        <Link href={`/admin/mailbox?page=${page + 1}`} className={linkClass} rel="next">
          {t("emails.mailbox.next")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
