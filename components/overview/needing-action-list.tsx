import Link from "next/link";
import { DeadlineText } from "@/components/orders/deadline-text";
import { ShopOrderStatusBadge } from "@/components/orders/shop-order-status-badge";
import { EmptyState } from "@/components/ui/empty-state";
import { textLink } from "@/components/ui/styles";
import type { Translate } from "@/lib/i18n/translate";
import { formatMoney } from "@/lib/money/format-money";
import type { NeedingActionPart } from "@/lib/overview/get-vendor-overview";

/** The parts waiting for the vendor, soonest deadline first, overdue ones marked in words (not colour only). */
export function NeedingActionList({
  parts,
  total,
  currency,
  locale,
  t,
}: {
  parts: NeedingActionPart[];
  total: number;
  currency: string;
  locale: string;
  t: Translate;
}) {
  if (parts.length === 0)
    return (
      <EmptyState headingLevel="h3" title={t("overview.actions.emptyTitle")} text={t("overview.actions.emptyText")} />
    );
  return (
    <>
      <p className="mb-3 text-stone-600">{t("overview.actions.intro")}</p>
      <ul className="flex flex-col gap-3" aria-label={t("overview.actions.title")}>
        {parts.map((part) => (
          <li
            key={part.id}
            className={`flex flex-wrap items-start justify-between gap-x-4 gap-y-2 rounded-xl border bg-white p-4 ${
              part.overdue ? "border-red-300" : "border-stone-200"
            }`}
          >
            <div className="min-w-0">
              <h3 className="font-semibold">
                <Link href={`/dashboard/orders/${part.id}`} className={textLink}>
                  {t("overview.actions.open", { number: part.orderNumber })}
                </Link>
              </h3>
              <p className="break-words text-stone-700">
                {t("overview.actions.customer", { name: part.customerName })}
              </p>
              <p className="text-stone-700 tabular-nums">
                {t("overview.actions.amount", { amount: formatMoney(part.amount, currency, locale) })}
              </p>
            </div>
            <div className="flex flex-col items-start gap-1 sm:items-end sm:text-end">
              <ShopOrderStatusBadge status={part.status} t={t} />
              {part.overdue ? (
                <span className="rounded-full bg-red-100 px-2.5 py-0.5 text-sm font-medium text-red-900">
                  {t("overview.actions.overdue")}
                </span>
              ) : null}
              {part.deadline ? (
                <DeadlineText deadline={part.deadline} locale={locale} t={t} />
              ) : (
                <span className="text-stone-700">
                  {part.status === "RETURN_REQUESTED"
                    ? t("overview.actions.returnToAnswer")
                    : part.status === "READY_FOR_PICKUP"
                      ? t("overview.actions.awaitingPickup")
                      : t("orders.life.deadline.none")}
                </span>
              )}
            </div>
          </li>
        ))}
      </ul>
      <p className="mt-4">
        <Link href="/dashboard/orders" className={textLink}>
          {t("overview.actions.seeAll", { count: total })}
        </Link>
      </p>
    </>
  );
}
