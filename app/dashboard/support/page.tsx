import type { Metadata } from "next";
import Link from "next/link";
import { PaginationNav } from "@/components/orders/pagination-nav";
import { SupportRequestList } from "@/components/support/support-request-list";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { primaryButton } from "@/components/ui/styles";
import { requireRole } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { listMyShops } from "@/lib/shops/list-my-shops";
import { listMySupportRequests } from "@/lib/support/list-support-requests";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("support.vendor.title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const pageHref = (page: number) => (page > 1 ? `/dashboard/support?page=${page}` : "/dashboard/support");

/** The vendor's requests to the operator, for all their shops (docs/trust.md, vendor support). */
export default async function DashboardSupportPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireRole("/dashboard/support", "VENDOR");
  const { locale, t } = await getT();
  const raw = Object.fromEntries(
    Object.entries(await searchParams).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  );
  const [list, shops] = await Promise.all([listMySupportRequests(actor, raw), listMyShops(actor)]);
  const newButton =
    shops.length > 0 ? (
      <Link href="/dashboard/support/new" className={primaryButton}>
        {t("support.vendor.new")}
      </Link>
    ) : null;

  return (
    <>
      <PageHeader title={t("support.vendor.title")} description={t("support.vendor.intro")} />
      {list.total === 0 ? (
        <EmptyState
          title={t("support.vendor.emptyTitle")}
          text={shops.length > 0 ? t("support.vendor.emptyText") : t("support.vendor.noShopText")}
        >
          {newButton}
        </EmptyState>
      ) : (
        <>
          <div className="mb-4">{newButton}</div>
          <SupportRequestList
            rows={list.rows}
            side="VENDOR"
            hrefBase="/dashboard/support"
            showShop={shops.length > 1}
            locale={locale}
            t={t}
          />
          <PaginationNav page={list.page} pageCount={list.pageCount} href={pageHref} t={t} />
        </>
      )}
    </>
  );
}
