import type { Metadata } from "next";
import Link from "next/link";
import { MyShopList } from "@/components/dashboard/my-shop-list";
import { BestSellersTable } from "@/components/overview/best-sellers-table";
import { DailySalesChart } from "@/components/overview/daily-sales-chart";
import { LowStockTable } from "@/components/overview/low-stock-table";
import { NeedingActionList } from "@/components/overview/needing-action-list";
import { PeriodFigureCards } from "@/components/overview/period-figures";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { primaryButton, textLink } from "@/components/ui/styles";
import { requireRole } from "@/lib/auth/session";
import { textDirection } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { getVendorOverview, type VendorOverview } from "@/lib/overview/get-vendor-overview";
import { getDashboardShop } from "@/lib/shops/get-dashboard-shop";
import { listMyShops } from "@/lib/shops/list-my-shops";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("dashboard.nav.overview") };
}

/** Shops that have traded have figures: an approved shop, and one suspended or lapsed since (docs/trust.md). */
const TRADING = new Set(["APPROVED", "SUSPENDED", "LAPSED"]);

export default async function DashboardOverviewPage() {
  const actor = await requireRole("/dashboard", "VENDOR");
  const { locale, t } = await getT();
  const [shops, current] = await Promise.all([listMyShops(actor), getDashboardShop(actor)]);
  const overview: VendorOverview | null =
    current && TRADING.has(current.status) ? await getVendorOverview(actor, current.id) : null;
  return (
    <>
      <PageHeader
        title={t("dashboard.nav.overview")}
        description={overview ? t("overview.intro", { shop: overview.shop.name }) : undefined}
      />
      {overview ? (
        <div className="mb-10 flex flex-col gap-10">
          <Section id="figures" title={t("overview.figures.title")}>
            <PeriodFigureCards
              figures={{ today: overview.today, week: overview.week, month: overview.month }}
              currency={overview.currency}
              locale={locale}
              t={t}
            />
          </Section>
          <Section id="needing-action" title={t("overview.actions.title")}>
            <NeedingActionList
              parts={overview.needingAction.parts}
              total={overview.needingAction.total}
              currency={overview.currency}
              locale={locale}
              t={t}
            />
          </Section>
          <Section id="daily-sales" title={t("overview.chart.title")}>
            <DailySalesChart
              days={overview.dailySales}
              currency={overview.currency}
              locale={locale}
              direction={textDirection(locale)}
              t={t}
            />
          </Section>
          <div className="grid gap-10 lg:grid-cols-2">
            <Section id="best-sellers" title={t("overview.bestSellers.title")}>
              <BestSellersTable products={overview.bestSellers} currency={overview.currency} locale={locale} t={t} />
            </Section>
            <Section id="low-stock" title={t("overview.lowStock.title")}>
              <LowStockTable products={overview.lowStock.products} threshold={overview.lowStock.threshold} t={t} />
            </Section>
          </div>
        </div>
      ) : current ? (
        <p className="mb-8 text-stone-700">{t("overview.notTrading")}</p>
      ) : null}
      <Section id="my-shops" title={t("dashboard.overview.myShops")}>
        {shops.length > 0 ? (
          <>
            <MyShopList shops={shops} currentShopId={current?.id ?? null} t={t} />
            <p className="mt-4">
              <Link href="/dashboard/shops/new" className={textLink}>
                {t("dashboard.overview.newShop")}
              </Link>
            </p>
          </>
        ) : (
          <EmptyState
            headingLevel="h3"
            title={t("dashboard.overview.noShopsTitle")}
            text={t("dashboard.overview.noShopsText")}
          >
            <Link href="/dashboard/shops/new" className={primaryButton}>
              {t("dashboard.overview.createShop")}
            </Link>
          </EmptyState>
        )}
      </Section>
    </>
  );
}
