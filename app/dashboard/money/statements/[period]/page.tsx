import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { InvoiceView } from "@/components/statements/invoice-view";
import { StatementSummary } from "@/components/statements/statement-summary";
import { PageHeader } from "@/components/ui/page-header";
import { secondaryButton, textLink } from "@/components/ui/styles";
import { requireRole } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { orNotFound } from "@/lib/or-not-found";
import { documentFormat } from "@/lib/statements/document-format";
import { getCommissionInvoice } from "@/lib/statements/get-commission-invoice";
import { getMonthlyStatement } from "@/lib/statements/monthly-statement";
import { parseStatementPeriod } from "@/lib/statements/statement-arithmetic";
import { statementHref, statementShopId } from "../statement-request";

type PageProps = { params: Promise<{ period: string }>; searchParams: Promise<{ shop?: string }> };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale, t } = await getT();
  const { period } = await params;
  if (!parseStatementPeriod(period)) return { title: t("statements.title") };
  return { title: t("statements.statement.heading", { month: documentFormat(t, locale, "EUR").month(period) }) };
}

/**
 * A month's statement and its commission invoice, printable (docs/payouts.md, statements and
 * invoices): the screen's links and frame disappear on paper; the PDF and CSV files are links.
 */
export default async function StatementPage({ params, searchParams }: PageProps) {
  const { period } = await params;
  const actor = await requireRole(`/dashboard/money/statements/${encodeURIComponent(period)}`, "VENDOR");
  const { locale, t } = await getT();
  const shopId = await statementShopId(actor, (await searchParams).shop);
  if (!shopId) notFound();
  const statement = await orNotFound(getMonthlyStatement(actor, shopId, period));
  const invoice = statement.invoice ? await orNotFound(getCommissionInvoice(actor, shopId, period)) : null;
  const f = documentFormat(t, locale, statement.currency);
  const month = f.month(statement.periodKey);
  return (
    <div className="print:text-black">
      <PageHeader
        title={t("statements.statement.heading", { month })}
        description={`${statement.shop.name} — ${t("statements.statement.period", {
          start: f.date(statement.periodStart),
          end: f.lastDay(statement.periodEnd),
        })}`}
      />
      <nav
        aria-label={t("statements.statement.downloads")}
        className="mb-6 flex flex-wrap items-center gap-3 print:hidden"
      >
        <Link href={`/dashboard/money/statements?shop=${encodeURIComponent(shopId)}`} className={textLink}>
          {t("statements.backToList")}
        </Link>
        <a href={statementHref(statement.periodKey, shopId, "statement.pdf")} className={secondaryButton} download>
          {t("statements.statement.statementPdf")}
        </a>
        <a href={statementHref(statement.periodKey, shopId, "statement.csv")} className={secondaryButton} download>
          {t("statements.statement.statementCsv")}
        </a>
        {invoice ? (
          <>
            <a href={statementHref(statement.periodKey, shopId, "invoice.pdf")} className={secondaryButton} download>
              {t("statements.invoice.pdf")}
            </a>
            <a href={statementHref(statement.periodKey, shopId, "invoice.csv")} className={secondaryButton} download>
              {t("statements.invoice.csv")}
            </a>
          </>
        ) : null}
        <span className="text-sm text-stone-600">{t("statements.statement.print")}</span>
      </nav>
      <div className="grid gap-8">
        <StatementSummary statement={statement} f={f} />
        <section aria-labelledby="statement-invoice" className="grid gap-3">
          <h2 id="statement-invoice" className="text-xl font-semibold print:hidden">
            {t("statements.invoice.heading")}
          </h2>
          {invoice ? (
            <InvoiceView invoice={invoice} f={f} />
          ) : (
            <p className="text-stone-600">{t("statements.invoice.none")}</p>
          )}
        </section>
      </div>
    </div>
  );
}
