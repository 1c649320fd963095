import type { Metadata } from "next";
import Link from "next/link";
import { AlertIndicatorList } from "@/components/quality/alert-indicator-list";
import { QualityIndicatorTable } from "@/components/quality/quality-indicator-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { primaryButton } from "@/components/ui/styles";
import { requireRole } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { orNotFound } from "@/lib/or-not-found";
import { getShopQuality } from "@/lib/quality/get-shop-quality";
import { getDashboardShop } from "@/lib/shops/get-dashboard-shop";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("quality.title") };
}

/**
 * The vendor's quality indicators (docs/trust.md, quality indicators): 30 and 90 days beside the
 * marketplace's thresholds, each ok, past the threshold or not enough orders to judge; the
 * shop's warnings. Figures are the job's, never computed on a page view.
 */
export default async function DashboardQualityPage() {
  const actor = await requireRole("/dashboard/quality", "VENDOR");
  const { locale, t } = await getT();
  const shop = await getDashboardShop(actor);
  if (!shop) {
    return (
      <>
        <PageHeader title={t("quality.title")} />
        <EmptyState title={t("quality.dashboard.noShopTitle")} text={t("quality.dashboard.noShopText")}>
          <Link href="/dashboard/shops/new" className={primaryButton}>
            {t("quality.dashboard.createShop")}
          </Link>
        </EmptyState>
      </>
    );
  }
  const view = await orNotFound(getShopQuality(actor, shop.id));
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short" });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "long" });
  const computedAt = view.windows.find((window) => window.computedAt)?.computedAt ?? null;
  const { thresholds } = view;

  return (
    <>
      <PageHeader title={t("quality.title")} description={t("quality.dashboard.intro", { shop: view.shop.name })} />
      <div className="flex flex-col gap-8">
        <div className="flex flex-col gap-2 text-sm text-stone-700">
          <p>
            {t("quality.dashboard.judgedWindow", {
              days: thresholds.qualityWindowDays,
              min: thresholds.qualityMinOrders,
            })}
          </p>
          <p>
            {computedAt
              ? t("quality.dashboard.computedAt", { date: dateTime.format(computedAt) })
              : t("quality.dashboard.notComputed")}
          </p>
        </div>
        {view.windows.map((window) => (
          <Section
            key={window.windowDays}
            id={`window-${window.windowDays}`}
            title={t("quality.dashboard.windowTitle", { days: window.windowDays })}
          >
            <p className="mb-3 flex flex-wrap items-center gap-2 text-sm">
              <span className="rounded-full border border-stone-300 px-2 py-0.5 font-medium">
                {window.judged ? t("quality.dashboard.judged") : t("quality.dashboard.informative")}
              </span>
              <span>{t("quality.dashboard.windowOrders", { count: window.ordersCount })}</span>
            </p>
            {window.judgements ? (
              <QualityIndicatorTable
                judgements={window.judgements}
                caption={t("quality.dashboard.windowTitle", { days: window.windowDays })}
                t={t}
                locale={locale}
              />
            ) : (
              <p className="text-stone-700">{t("quality.dashboard.notComputed")}</p>
            )}
          </Section>
        ))}
        <Section id="warnings" title={t("quality.dashboard.warningsTitle")}>
          <p className="mb-3 text-sm text-stone-700">
            {t("quality.dashboard.warningsNote", { days: thresholds.qualityAlertPeriodDays })}
          </p>
          {view.warnings.length === 0 ? (
            <p className="text-stone-700">{t("quality.dashboard.warningsEmpty")}</p>
          ) : (
            <ul className="flex flex-col gap-3">
              {view.warnings.map((warning) => (
                <li key={warning.id} className="rounded-xl border border-amber-200 bg-amber-50 p-4">
                  <p className="mb-2 font-medium">
                    {t("quality.dashboard.warningOn", { date: date.format(warning.createdAt) })}
                  </p>
                  <AlertIndicatorList indicators={warning.indicators} t={t} locale={locale} />
                </li>
              ))}
            </ul>
          )}
        </Section>
      </div>
    </>
  );
}
