import type { Metadata } from "next";
import Link from "next/link";
import { ConfirmActionForm } from "@/components/admin/confirm-action-form";
import { PaginationNav } from "@/components/orders/pagination-nav";
import { AlertIndicatorList } from "@/components/quality/alert-indicator-list";
import { QualityShopTable } from "@/components/quality/quality-shop-table";
import { EmptyState } from "@/components/ui/empty-state";
import { FormMessage } from "@/components/ui/form-message";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { textLink } from "@/components/ui/styles";
import { requireRole } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { listShopQuality } from "@/lib/quality/list-shop-quality";
import { QUALITY_WINDOWS } from "@/lib/quality/quality-rules";
import { NOTE_MAX, parseQualityListQuery, type QualityListQuery } from "@/lib/quality/schemas";
import { REASON_MAX } from "@/lib/sellers/schemas";
import { dismissQualityFlagAction, recomputeShopQualityAction, suspendFlaggedShopAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("quality.title") };
}

// URL parameters are untyped: parseQualityListQuery reads them.
type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function href(query: QualityListQuery, change: Partial<QualityListQuery>): string {
  const next = { ...query, ...change };
  const params = new URLSearchParams({ window: String(next.windowDays), sort: next.sort, dir: next.direction });
  if (next.page > 1) params.set("page", String(next.page));
  return `/admin/quality?${params.toString()}`;
}

/**
 * The operator's quality page (docs/trust.md, quality indicators; warnings before exclusion): the
 * flagged shops first, each to suspend with the flag's figures as evidence or to dismiss; then
 * every shop's indicators, sortable by any column, 50 a page, for 30 or 90 days.
 */
export default async function AdminQualityPage({ searchParams }: PageProps) {
  const actor = await requireRole("/admin/quality", "OPERATOR");
  const { locale, t } = await getT();
  const params = await searchParams;
  const query = parseQualityListQuery(params);
  const list = await listShopQuality(actor, query);
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short" });
  const pending = t("quality.admin.pending");
  const number = (value: unknown) => Number(Array.isArray(value) ? value[0] : value) || 0;
  const success =
    params.done === "suspended"
      ? t("quality.admin.done.suspended")
      : params.done === "dismissed"
        ? t("quality.admin.done.dismissed")
        : params.done === "recomputed"
          ? t("quality.admin.recomputed", {
              shops: number(params.shops),
              warnings: number(params.warnings),
              flags: number(params.flags),
            })
          : undefined;

  return (
    <>
      <PageHeader title={t("quality.title")} description={t("quality.admin.intro")} />
      <div className="flex flex-col gap-8">
        {success || params.done === "busy" ? (
          <FormMessage success={success} error={success ? undefined : t("quality.admin.recomputeBusy")} />
        ) : null}
        <div className="flex flex-col gap-2">
          {list.computedAt ? (
            <p className="text-sm text-stone-700">
              {t("quality.admin.computedAt", { date: dateTime.format(list.computedAt) })}
            </p>
          ) : null}
          <ConfirmActionForm
            id="recompute"
            action={recomputeShopQualityAction}
            hidden={{}}
            labels={{
              open: t("quality.admin.recompute"),
              confirmText: t("quality.admin.recomputeConfirm"),
              submit: t("quality.admin.recomputeSubmit"),
              pending: t("quality.admin.recomputePending"),
            }}
          />
        </div>

        <Section id="flagged" title={t("quality.admin.flaggedTitle")}>
          {list.flags.length === 0 ? (
            <p className="text-stone-700">{t("quality.admin.flaggedEmpty")}</p>
          ) : (
            <ul className="flex flex-col gap-4">
              {list.flags.map((flag) => (
                <li key={flag.id} className="flex flex-col gap-3 rounded-xl border border-red-200 bg-red-50 p-4">
                  <h3 className="text-lg font-semibold">
                    <Link href={`/admin/sellers/${flag.shop.id}`} className={textLink}>
                      {flag.shop.name}
                    </Link>
                  </h3>
                  <p className="text-sm">
                    {t("quality.admin.flaggedOn", {
                      date: dateTime.format(flag.createdAt),
                      days: flag.windowDays,
                      orders: flag.ordersCount,
                    })}
                  </p>
                  <AlertIndicatorList indicators={flag.indicators} t={t} locale={locale} />
                  <div className="flex flex-col gap-2 sm:flex-row sm:items-start">
                    {flag.shop.status === "APPROVED" ? (
                      <ConfirmActionForm
                        id={`suspend-${flag.id}`}
                        tone="danger"
                        action={suspendFlaggedShopAction}
                        hidden={{ alertId: flag.id }}
                        labels={{
                          open: t("quality.admin.suspend"),
                          confirmText: t("quality.admin.suspendConfirm", { shop: flag.shop.name }),
                          submit: t("quality.admin.suspendSubmit"),
                          pending,
                        }}
                        field={{ name: "reason", label: t("quality.admin.suspendReason"), maxLength: REASON_MAX }}
                      />
                    ) : null}
                    <ConfirmActionForm
                      id={`dismiss-${flag.id}`}
                      action={dismissQualityFlagAction}
                      hidden={{ alertId: flag.id }}
                      labels={{
                        open: t("quality.admin.dismiss"),
                        confirmText: t("quality.admin.dismissConfirm", { shop: flag.shop.name }),
                        submit: t("quality.admin.dismissSubmit"),
                        pending,
                      }}
                      field={{ name: "note", label: t("quality.admin.dismissNote"), maxLength: NOTE_MAX }}
                    />
                  </div>
                </li>
              ))}
            </ul>
          )}
        </Section>

        <Section id="shops" title={t("quality.admin.tableTitle")}>
          <nav aria-label={t("quality.admin.windowSwitch")} className="mb-4 flex flex-wrap items-center gap-3">
            <span className="font-medium">{t("quality.admin.windowSwitch")}</span>
            {QUALITY_WINDOWS.map((days) => (
              <Link
                key={days}
                href={href(query, { windowDays: days, page: 1 })}
                aria-current={days === query.windowDays ? "page" : undefined}
                className={`rounded-full border px-3 py-1 ${days === query.windowDays ? "border-stone-900 bg-stone-900 text-white" : "border-stone-300 bg-white"}`}
              >
                {t("quality.admin.windowLink", { days })}
              </Link>
            ))}
          </nav>
          {list.rows.length === 0 ? (
            <EmptyState title={t("quality.admin.empty")} headingLevel="h3" />
          ) : (
            <QualityShopTable
              rows={list.rows}
              sort={query.sort}
              direction={query.direction}
              windowDays={query.windowDays}
              sortHref={(sort, direction) => href(query, { sort, direction, page: 1 })}
              t={t}
              locale={locale}
            />
          )}
          <PaginationNav page={list.page} pageCount={list.pageCount} href={(page) => href(query, { page })} t={t} />
        </Section>
      </div>
    </>
  );
}
