import type { Metadata } from "next";
import { adminMoneyFormat } from "@/components/admin/money/format";
import { MoneyFiguresGrid } from "@/components/admin/money/money-figures";
import { MoneyNav } from "@/components/admin/money/money-nav";
import { MonthsTable } from "@/components/admin/money/months-table";
import { RunsTable } from "@/components/admin/money/runs-table";
import { PaginationNav } from "@/components/orders/pagination-nav";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { inputBase, secondaryButton } from "@/components/ui/styles";
import { requireRole } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { getMarketplaceMoney } from "@/lib/payouts/admin-money";
import { listPayoutRuns } from "@/lib/payouts/admin-payouts";

type SearchParams = Promise<{ period?: string | string[]; runs?: string | string[] }>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("adminMoney.title") };
}

/**
 * The operator's money (docs/payouts.md, the operator's money page): a period's figures, the last 12
 * months, and the payout runs with their failures.
 */
export default async function AdminMoneyPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireRole("/admin/money", "OPERATOR");
  const { locale, t } = await getT();
  const params = await searchParams;
  const [money, runs] = await Promise.all([
    getMarketplaceMoney(actor, { period: first(params.period) }),
    listPayoutRuns(actor, { page: Number(first(params.runs)) || 1 }),
  ]);
  const f = adminMoneyFormat(t, locale, money.currency);
  const runsHref = (page: number) => {
    const query = new URLSearchParams({ period: money.period, runs: String(page) });
    return `/admin/money?${query.toString()}#runs`;
  };

  return (
    <>
      <PageHeader title={t("adminMoney.title")} description={t("adminMoney.intro")} />
      <MoneyNav current="overview" t={t} />
      <div className="flex min-w-0 flex-col gap-10">
        <section aria-labelledby="money-period-title" className="flex min-w-0 flex-col gap-4">
          <div className="flex flex-wrap items-end justify-between gap-4">
            <h2 id="money-period-title" className="text-xl font-bold">
              {/^\d{4}$/.test(money.period)
                ? t("adminMoney.period.headingYear", { year: money.period })
                : t("adminMoney.period.headingMonth", { period: f.period(money.period) })}
            </h2>
            <form method="get" action="/admin/money" className="flex flex-wrap items-end gap-2">
              <div className="flex flex-col gap-1">
                <label htmlFor="money-period" className="font-medium">
                  {t("adminMoney.period.label")}
                </label>
                <select id="money-period" name="period" defaultValue={money.period} className={inputBase}>
                  {money.periods.map((period) => (
                    <option key={period} value={period}>
                      {f.period(period)}
                    </option>
                  ))}
                </select>
              </div>
              <button type="submit" className={secondaryButton}>
                {t("adminMoney.period.submit")}
              </button>
            </form>
          </div>
          <MoneyFiguresGrid figures={money.figures} f={f} />
          <p className="text-sm text-stone-700">
            {t("adminMoney.figures.outstanding", {
              amount: f.money(money.outstanding.amount),
              count: money.outstanding.count,
            })}
          </p>
        </section>

        <Section id="months" title={t("adminMoney.months.title")}>
          <MonthsTable months={money.months} f={f} />
        </Section>

        <Section id="runs" title={t("adminMoney.runs.title")}>
          <p className="mb-3 text-stone-700">{t("adminMoney.runs.intro")}</p>
          {runs.runs.length === 0 ? (
            <EmptyState title={t("adminMoney.runs.empty")} text={t("adminMoney.runs.emptyText")} headingLevel="h3" />
          ) : (
            <>
              <RunsTable runs={runs.runs} f={f} />
              <PaginationNav page={runs.page} pageCount={runs.pages} href={runsHref} t={t} />
            </>
          )}
        </Section>
      </div>
    </>
  );
}
