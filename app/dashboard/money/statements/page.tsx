import type { Metadata } from "next";
import Link from "next/link";
import { StatementMonthList } from "@/components/statements/statement-month-list";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { primaryButton, textLink } from "@/components/ui/styles";
import { requireRole } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { orNotFound } from "@/lib/or-not-found";
import { documentFormat } from "@/lib/statements/document-format";
import { listStatementMonths } from "@/lib/statements/monthly-statement";
import { statementHref, statementShopId } from "./statement-request";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("statements.title") };
}

type PageProps = { searchParams: Promise<{ page?: string; shop?: string }> };

/** The vendor's monthly statements and invoices (docs/payouts.md, statements): the months, newest first. */
export default async function StatementsPage({ searchParams }: PageProps) {
  const actor = await requireRole("/dashboard/money/statements", "VENDOR");
  const { locale, t } = await getT();
  const params = await searchParams;
  const shopId = await statementShopId(actor, params.shop);
  if (!shopId) {
    return (
      <>
        <PageHeader title={t("statements.title")} />
        <EmptyState title={t("statements.noShopTitle")} text={t("statements.noShopText")}>
          <Link href="/dashboard/shops/new" className={primaryButton}>
            {t("statements.createShop")}
          </Link>
        </EmptyState>
      </>
    );
  }
  const months = await orNotFound(listStatementMonths(actor, shopId, { page: Number(params.page) || 1 }));
  const f = documentFormat(t, locale, "EUR");
  const pageHref = (page: number) => `/dashboard/money/statements?shop=${encodeURIComponent(shopId)}&page=${page}`;
  return (
    <>
      <PageHeader title={t("statements.title")} description={t("statements.intro", { shop: months.shop.name })} />
      <p className="mb-4">
        <Link href="/dashboard/money" className={textLink}>
          {t("statements.backToMoney")}
        </Link>
      </p>
      <StatementMonthList
        months={months}
        f={f}
        monthHref={(periodKey) => statementHref(periodKey, shopId)}
        pageHref={pageHref}
      />
    </>
  );
}
