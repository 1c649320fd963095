import Link from "next/link";
import type { Translate } from "@/lib/i18n/translate";
import type { SupportRequestRow } from "@/lib/support/list-support-requests";
import { textLink } from "@/components/ui/styles";
import { SupportStatusBadge } from "./support-status-badge";

/**
 * Requests as cards (a table would scroll sideways at 360 px): number and subject as the link,
 * status, shop (for operators and vendors with several shops), last activity.
 */
export function SupportRequestList({
  rows,
  side,
  hrefBase,
  showShop,
  locale,
  t,
}: {
  rows: SupportRequestRow[];
  side: "VENDOR" | "OPERATOR";
  hrefBase: "/dashboard/support" | "/admin/support";
  showShop: boolean;
  locale: string;
  t: Translate;
}) {
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
  return (
    <ul className="flex flex-col gap-3" aria-label={t("support.list.label")}>
      {rows.map((row) => (
        <li key={row.id} className="rounded-xl border border-stone-200 bg-white p-4">
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <SupportStatusBadge status={row.status} side={side} t={t} />
            <span dir="ltr" className="text-sm text-stone-600">
              {row.number}
            </span>
          </div>
          <p className="mt-2 font-semibold break-words">
            <Link href={`${hrefBase}/${row.id}`} className={textLink}>
              {row.subject}
            </Link>
          </p>
          <p className="mt-1 flex flex-wrap gap-x-3 text-sm text-stone-600">
            {showShop ? <span>{row.shopName}</span> : null}
            <span>
              {t("support.list.lastActivity")}{" "}
              <time dateTime={row.lastMessageAt.toISOString()}>{date.format(row.lastMessageAt)}</time>
            </span>
          </p>
        </li>
      ))}
    </ul>
  );
}
