import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { textLink } from "@/components/ui/styles";
import type { BillingChargeRow } from "@/lib/billing/get-shop-billing";
import type { Translate } from "@/lib/i18n/translate";
import { formatMoney } from "@/lib/money/format-money";

type Props = {
  charges: { items: BillingChargeRow[]; page: number; pageCount: number };
  locale: string;
  t: Translate;
  formatDate: (date: Date) => string;
};

/** The shop's charges, newest first, paginated: period, plan, excl. VAT, VAT, total, paid with. */
export function ChargesTable({ charges, locale, t, formatDate }: Props) {
  if (charges.items.length === 0) return <EmptyState title={t("billing.charges.empty")} headingLevel="h3" />;
  const money = (amount: number, currency: string) => formatMoney(amount, currency, locale);
  const pageHref = (page: number) => `/dashboard/plan?page=${page}#charges`;
  return (
    <>
      <div className="overflow-x-auto rounded-xl border border-stone-200 bg-white">
        <table className="w-full min-w-[40rem] text-start text-sm">
          <caption className="sr-only">{t("billing.charges.caption")}</caption>
          <thead className="bg-stone-50 text-stone-700">
            <tr>
              <th scope="col" className="px-3 py-2 text-start">
                {t("billing.charges.period")}
              </th>
              <th scope="col" className="px-3 py-2 text-start">
                {t("billing.charges.plan")}
              </th>
              <th scope="col" className="px-3 py-2 text-end">
                {t("billing.charges.amountExclVat")}
              </th>
              <th scope="col" className="px-3 py-2 text-end">
                {t("billing.charges.vat")}
              </th>
              <th scope="col" className="px-3 py-2 text-end">
                {t("billing.charges.total")}
              </th>
              <th scope="col" className="px-3 py-2 text-start">
                {t("billing.charges.paidWith")}
              </th>
            </tr>
          </thead>
          <tbody>
            {charges.items.map((charge) => (
              <tr key={charge.id} className="border-t border-stone-200">
                <td className="px-3 py-2">
                  <span className="block font-medium">{t(`billing.charges.kinds.${charge.kind}`)}</span>
                  <span className="text-stone-600">
                    {t("billing.charges.periodRange", {
                      start: formatDate(charge.periodStart),
                      end: formatDate(new Date(charge.periodEnd.getTime() - 1)),
                    })}
                  </span>
                </td>
                <td className="px-3 py-2">{charge.plan.name}</td>
                <td className="px-3 py-2 text-end tabular-nums">{money(charge.amountExclVat, charge.currency)}</td>
                <td className="px-3 py-2 text-end tabular-nums">{money(charge.vatAmount, charge.currency)}</td>
                <td className="px-3 py-2 text-end font-medium tabular-nums">
                  {money(charge.totalAmount, charge.currency)}
                </td>
                <td className="px-3 py-2">
                  {t(`billing.charges.paidWithValues.${charge.paidWith}`)}
                  {charge.status !== "PAID" ? (
                    <span className="block text-stone-600">{t(`billing.charges.statuses.${charge.status}`)}</span>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {charges.pageCount > 1 ? (
        <nav aria-label={t("billing.charges.title")} className="mt-3 flex flex-wrap items-center gap-4">
          {charges.page > 1 ? (
            <Link href={pageHref(charges.page - 1)} className={textLink}>
              {t("billing.charges.previous")}
            </Link>
          ) : null}
          <span>{t("billing.charges.pageOf", { page: charges.page, count: charges.pageCount })}</span>
          {charges.page < charges.pageCount ? (
            <Link href={pageHref(charges.page + 1)} className={textLink}>
              {t("billing.charges.next")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
