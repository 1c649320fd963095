import type { Metadata } from "next";
import Link from "next/link";
import { FigureGrid } from "@/components/ambassadors/figure-grid";
import { Pager } from "@/components/ambassadors/pager";
import { TopAmbassadorsTable } from "@/components/ambassadors/top-ambassadors-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { textLink } from "@/components/ui/styles";
import { getProgrammeTotals, TOP_AMBASSADORS_PAGE_SIZE } from "@/lib/ambassadors/get-programme-totals";
import { loadAmbassadorProgramme } from "@/lib/ambassadors/programme-settings";
import { requireRole } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { formatMoney } from "@/lib/money/format-money";
import { formatRate } from "@/lib/plans/format-rate";

type SearchParams = Promise<{ page?: string | string[] }>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("ambassadors.admin.title") };
}

export default async function AdminAmbassadorsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireRole("/admin/ambassadors", "OPERATOR");
  const { locale, t } = await getT();
  const requestedPage = Number.parseInt(first((await searchParams).page) || "1", 10);
  const [totals, programme] = await Promise.all([
    getProgrammeTotals(actor, { page: Number.isNaN(requestedPage) ? 1 : requestedPage }),
    loadAmbassadorProgramme(),
  ]);
  const money = (amount: number) => formatMoney(amount, totals.currency, locale);
  const count = new Intl.NumberFormat(locale);
  const { top } = totals;
  return (
    <>
      <PageHeader title={t("ambassadors.admin.title")} description={t("ambassadors.admin.intro")} />
      <p className="mb-6 flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <span>
          {programme.enabled
            ? t("ambassadors.admin.enabled", {
                share: formatRate(programme.shareBps, locale),
                days: programme.cookieDays,
              })
            : t("ambassadors.admin.disabled")}
        </span>
        <Link href="/admin/settings" className={textLink}>
          {t("ambassadors.admin.settingsLink")}
        </Link>
      </p>
      <div className="flex flex-col gap-8">
        <Section id="totals" title={t("ambassadors.admin.totalsTitle")}>
          <FigureGrid
            figures={[
              {
                key: "ambassadors",
                label: t("ambassadors.admin.ambassadors"),
                value: count.format(totals.ambassadors),
              },
              { key: "clicks", label: t("ambassadors.admin.clicks"), value: count.format(totals.clicks) },
              { key: "orders", label: t("ambassadors.admin.orders"), value: count.format(totals.attributedOrders) },
              { key: "earned", label: t("ambassadors.admin.earned"), value: money(totals.earned) },
              { key: "reversed", label: t("ambassadors.admin.reversed"), value: money(totals.reversed) },
              { key: "net", label: t("ambassadors.admin.net"), value: money(totals.net) },
            ]}
          />
        </Section>
        <Section id="top" title={t("ambassadors.admin.topTitle")}>
          {top.ambassadors.length === 0 ? (
            <EmptyState
              headingLevel="h3"
              title={t("ambassadors.admin.emptyTitle")}
              text={t("ambassadors.admin.emptyText")}
            />
          ) : (
            <>
              <TopAmbassadorsTable
                ambassadors={top.ambassadors}
                firstRank={(top.page - 1) * TOP_AMBASSADORS_PAGE_SIZE + 1}
                currency={totals.currency}
                locale={locale}
                t={t}
              />
              <Pager
                page={top.page}
                pages={top.pages}
                hrefOf={(page) => `/admin/ambassadors?page=${page}#top`}
                labels={{
                  nav: t("ambassadors.admin.pagination"),
                  previous: t("ambassadors.admin.previous"),
                  next: t("ambassadors.admin.next"),
                  page: t("ambassadors.admin.page", { page: top.page, pages: top.pages }),
                }}
              />
            </>
          )}
        </Section>
      </div>
    </>
  );
}
