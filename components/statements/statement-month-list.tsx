import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { textLink } from "@/components/ui/styles";
import type { DocumentFormat } from "@/lib/statements/document-format";

type Month = {
  periodKey: string;
  invoice: { number: string; kind: "INVOICE" | "CREDIT_NOTE" } | null;
};

type Props = {
  months: { items: Month[]; page: number; pageCount: number };
  f: DocumentFormat;
  monthHref: (periodKey: string) => string;
  pageHref: (page: number) => string;
};

/** A shop's statement months, newest first, each with its invoice's number; paginated (docs/payouts.md, statements). */
export function StatementMonthList({ months, f, monthHref, pageHref }: Props) {
  const { t } = f;
  if (months.items.length === 0)
    return <EmptyState title={t("statements.months.emptyTitle")} text={t("statements.months.emptyText")} />;
  return (
    <section aria-labelledby="statement-months">
      <h2 id="statement-months" className="sr-only">
        {t("statements.months.heading")}
      </h2>
      <ul className="grid gap-2">
        {months.items.map((month) => (
          <li
            key={month.periodKey}
            className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 rounded-xl border border-stone-200 bg-white px-4 py-3"
          >
            <Link
              href={monthHref(month.periodKey)}
              className={`${textLink} inline-block first-letter:uppercase`}
              aria-label={t("statements.months.open", { month: f.month(month.periodKey) })}
            >
              {f.month(month.periodKey)}
            </Link>
            <span className="text-stone-600">
              {month.invoice
                ? month.invoice.kind === "CREDIT_NOTE"
                  ? t("statements.invoice.creditNoteTitle", { number: month.invoice.number })
                  : t("statements.invoice.invoiceTitle", { number: month.invoice.number })
                : t("statements.months.noInvoice")}
            </span>
          </li>
        ))}
      </ul>
      {months.pageCount > 1 ? (
        <nav aria-label={t("statements.months.pagination")} className="mt-3 flex flex-wrap items-center gap-4">
          {months.page > 1 ? (
            <Link href={pageHref(months.page - 1)} className={textLink}>
              {t("statements.months.previous")}
            </Link>
          ) : null}
          <span>{t("statements.months.pageOf", { page: months.page, pageCount: months.pageCount })}</span>
          {months.page < months.pageCount ? (
            <Link href={pageHref(months.page + 1)} className={textLink}>
              {t("statements.months.next")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </section>
  );
}
