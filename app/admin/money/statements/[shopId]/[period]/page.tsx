import type { Metadata } from "next";
import Link from "next/link";
import { InvoiceView } from "@/components/statements/invoice-view";
import { StatementSummary } from "@/components/statements/statement-summary";
import { PageHeader } from "@/components/ui/page-header";
import { textLink } from "@/components/ui/styles";
import { requireRole } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { orNotFound } from "@/lib/or-not-found";
import { documentFormat } from "@/lib/statements/document-format";
import { getCommissionInvoice } from "@/lib/statements/get-commission-invoice";
import { getMonthlyStatement } from "@/lib/statements/monthly-statement";

type PageProps = { params: Promise<{ shopId: string; period: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("statements.title") };
}

/** A shop's statement and invoice for a month, as its vendor sees them, for an operator (docs/payouts.md, statements). */
export default async function AdminStatementPage({ params }: PageProps) {
  const { shopId, period } = await params;
  const actor = await requireRole(
    `/admin/money/statements/${encodeURIComponent(shopId)}/${encodeURIComponent(period)}`,
    "OPERATOR",
  );
  const { locale, t } = await getT();
  const statement = await orNotFound(getMonthlyStatement(actor, shopId, period));
  const invoice = statement.invoice ? await orNotFound(getCommissionInvoice(actor, shopId, period)) : null;
  const f = documentFormat(t, locale, statement.currency);
  return (
    <>
      <PageHeader
        title={t("statements.statement.heading", { month: f.month(statement.periodKey) })}
        description={`${statement.shop.name} — ${t("statements.statement.period", {
          start: f.date(statement.periodStart),
          end: f.lastDay(statement.periodEnd),
        })}`}
      />
      <p className="mb-6 print:hidden">
        <Link href={`/admin/money/statements/${encodeURIComponent(statement.shop.id)}`} className={textLink}>
          {t("statements.backToList")}
        </Link>
      </p>
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
    </>
  );
}
