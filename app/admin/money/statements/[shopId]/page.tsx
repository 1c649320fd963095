import type { Metadata } from "next";
import Link from "next/link";
import { StatementMonthList } from "@/components/statements/statement-month-list";
import { PageHeader } from "@/components/ui/page-header";
import { textLink } from "@/components/ui/styles";
import { requireRole } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { orNotFound } from "@/lib/or-not-found";
import { documentFormat } from "@/lib/statements/document-format";
import { listStatementMonths } from "@/lib/statements/monthly-statement";

type PageProps = { params: Promise<{ shopId: string }>; searchParams: Promise<{ page?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("statements.title") };
}

/** The operator reads a shop's monthly statements and invoices (docs/payouts.md, statements). */
export default async function AdminShopStatementsPage({ params, searchParams }: PageProps) {
  const { shopId } = await params;
  const actor = await requireRole(`/admin/money/statements/${encodeURIComponent(shopId)}`, "OPERATOR");
  const { locale, t } = await getT();
  const months = await orNotFound(listStatementMonths(actor, shopId, { page: Number((await searchParams).page) || 1 }));
  const base = `/admin/money/statements/${encodeURIComponent(months.shop.id)}`;
  return (
    <>
      <PageHeader title={t("statements.admin.title", { shop: months.shop.name })} />
      <p className="mb-4">
        <Link href={`/admin/sellers/${encodeURIComponent(months.shop.id)}`} className={textLink}>
          {t("statements.admin.backToShop")}
        </Link>
      </p>
      <StatementMonthList
        months={months}
        f={documentFormat(t, locale, "EUR")}
        monthHref={(periodKey) => `${base}/${periodKey}`}
        pageHref={(page) => `${base}?page=${page}`}
      />
    </>
  );
}
