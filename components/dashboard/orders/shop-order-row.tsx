import Link from "next/link";
import { DeadlineText } from "@/components/orders/deadline-text";
import { ShopOrderStatusBadge } from "@/components/orders/shop-order-status-badge";
import { textLink } from "@/components/ui/styles";
import type { Translate } from "@/lib/i18n/translate";
import { formatMoney } from "@/lib/money/format-money";
import type { ShopOrderListRow } from "@/lib/orders/list-shop-orders";

/**
 * One part in the vendor's list: number (to its page), status, deadline, customer, items, amount.
 * Stacked on small screens, in columns from md up.
 */
export function ShopOrderRow({
  row,
  unread = false,
  locale,
  t,
}: {
  row: ShopOrderListRow;
  /** a message the vendor has not read (docs/domain.md, conversation) */
  unread?: boolean;
  locale: string;
  t: Translate;
}) {
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
  return (
    <article
      className={`grid gap-3 rounded-xl border bg-white p-4 md:grid-cols-[minmax(0,2fr)_minmax(0,1.3fr)_minmax(0,1fr)] md:gap-6 ${
        row.late ? "border-red-300" : "border-stone-200"
      }`}
    >
      <div className="min-w-0">
        <h2 className="text-lg font-semibold">
          <Link
            href={`/dashboard/orders/${row.id}`}
            className={textLink}
            aria-label={t("orders.dashboard.open", { number: row.orderNumber })}
          >
            {t("orders.dashboard.detailTitle", { number: row.orderNumber })}
          </Link>
        </h2>
        {row.paidAt ? (
          <p className="text-sm text-stone-600">{t("orders.dashboard.placedOn", { date: date.format(row.paidAt) })}</p>
        ) : null}
        <p className="mt-1">
          {t("orders.life.row.customer", { name: row.customerName })}{" "}
          <span className="break-all text-stone-600">{row.customerEmail}</span>
        </p>
        <ul className="mt-1 text-stone-700">
          {row.lines.map((line) => (
            <li key={line.id}>{t("orders.life.row.items", { quantity: line.quantity, title: line.title })}</li>
          ))}
        </ul>
        {row.note ? (
          <p className="mt-1 line-clamp-2 text-sm text-stone-600">{t("orders.life.row.note", { note: row.note })}</p>
        ) : null}
      </div>
      <div className="flex flex-col items-start gap-2">
        <ShopOrderStatusBadge status={row.status} t={t} />
        {unread ? (
          <span className="rounded-full bg-brand-700 px-2 text-sm font-medium text-white">
            {t("conversation.unread")}
          </span>
        ) : null}
        <p className="text-stone-700">{t(`orders.deliveryMethod.${row.deliveryMethod}`)}</p>
      </div>
      <div className="flex flex-col gap-1 md:items-end md:text-end">
        <p>
          <span className="sr-only">{t("orders.life.row.deadline")} </span>
          <DeadlineText deadline={row.deadline} late={row.late} locale={locale} t={t} />
        </p>
        <p className="font-medium tabular-nums">
          {t("orders.life.row.amount", { amount: formatMoney(row.amount, row.currency, locale) })}
        </p>
      </div>
    </article>
  );
}
