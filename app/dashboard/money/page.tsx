import type { Metadata } from "next";
import Link from "next/link";
import { ConfirmPlanAction } from "@/components/dashboard/plan/confirm-plan-action";
import { BalanceFigures } from "@/components/money/balance-figures";
import { moneyFormat, type MoneyFormat } from "@/components/money/money-format";
import { PayoutsTable } from "@/components/money/payouts-table";
import { PendingPartsTable } from "@/components/money/pending-parts-table";
import { PaginationNav } from "@/components/orders/pagination-nav";
import { EmptyState } from "@/components/ui/empty-state";
import { FormMessage } from "@/components/ui/form-message";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { primaryButton, secondaryButton } from "@/components/ui/styles";
import { requireRole } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { orNotFound } from "@/lib/or-not-found";
import { PENDING_PARTS_SHOWN, getVendorMoney, type VendorMoney } from "@/lib/payouts/vendor-money";
import { getDashboardShop } from "@/lib/shops/get-dashboard-shop";
import { requestPayoutAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("money.title") };
}

type PageProps = { searchParams: Promise<{ page?: string; status?: string }> };

/**
 * The vendor's money (docs/payouts.md, the vendor's money page): balances, the schedule, the next
 * payout or why there will be none, payouts in progress and past, and the sales still held.
 */
export default async function DashboardMoneyPage({ searchParams }: PageProps) {
  const actor = await requireRole("/dashboard/money", "VENDOR");
  const { locale, t } = await getT();
  const shop = await getDashboardShop(actor);
  if (!shop) {
    return (
      <>
        <PageHeader title={t("money.title")} />
        <EmptyState title={t("money.noShopTitle")} text={t("money.noShopText")}>
          <Link href="/dashboard/shops/new" className={primaryButton}>
            {t("money.createShop")}
          </Link>
        </EmptyState>
      </>
    );
  }
  const params = await searchParams;
  const money = await orNotFound(getVendorMoney(actor, shop.id, { payoutsPage: Number(params.page) || 1 }));
  const f = moneyFormat(t, locale, money.currency);
  const onRequest = money.schedule.schedule === "ON_REQUEST";

  return (
    <>
      <PageHeader title={t("money.title")} description={t("money.intro", { shop: money.shop.name })} />
      {params.status === "requested" ? (
        <div className="mb-4">
          <FormMessage success={t("money.statusMessages.requested")} />
        </div>
      ) : null}
      {money.shop.status === "CLOSED" ? (
        <p className="mb-4 rounded-xl border border-amber-200 bg-amber-50 px-4 py-3 text-amber-950">
          {t("money.closedBanner")}
        </p>
      ) : null}
      <div className="flex flex-col gap-8">
        <BalanceFigures balances={money.balances} f={f} />
        <p className="flex flex-wrap gap-3">
          <Link href="/dashboard/money/ledger" className={secondaryButton}>
            {t("money.links.ledger")}
          </Link>
          <Link href="/dashboard/money/statements" className={secondaryButton}>
            {t("money.links.statements")}
          </Link>
        </p>
        <NextPayoutSection money={money} f={f} />
        {money.inTransit.length > 0 ? (
          <Section id="in-transit" title={t("money.inTransit.title")}>
            <PayoutsTable payouts={money.inTransit} caption={t("money.inTransit.title")} f={f} />
          </Section>
        ) : null}
        <Section id="pending" title={t("money.pending.title")}>
          {money.pendingParts.rows.length === 0 ? (
            <EmptyState title={t("money.pending.empty")} text={t("money.pending.emptyText")} headingLevel="h3" />
          ) : (
            <>
              <PendingPartsTable parts={money.pendingParts.rows} onRequest={onRequest} f={f} />
              {money.pendingParts.more ? (
                <p className="mt-2 text-sm text-stone-600">{t("money.pending.more", { count: PENDING_PARTS_SHOWN })}</p>
              ) : null}
            </>
          )}
        </Section>
        <Section id="payouts" title={t("money.payouts.title")}>
          {money.payouts.rows.length === 0 ? (
            <EmptyState title={t("money.payouts.empty")} text={t("money.payouts.emptyText")} headingLevel="h3" />
          ) : (
            <>
              <PayoutsTable payouts={money.payouts.rows} caption={t("money.payouts.caption")} f={f} />
              <PaginationNav
                page={money.payouts.page}
                pageCount={money.payouts.pageCount}
                href={(page) => `/dashboard/money?page=${page}#payouts`}
                t={t}
              />
            </>
          )}
        </Section>
      </div>
    </>
  );
}

function NextPayoutSection({ money, f }: { money: VendorMoney; f: MoneyFormat }) {
  const { t } = f;
  const { next, schedule } = money;
  const weekday = t(`payouts.weekday.${schedule.weekday}` as Parameters<typeof t>[0]);
  const scheduleText = t(`payouts.schedule.${schedule.schedule}`, {
    weekday,
    days: schedule.onRequestBusinessDays,
  });
  return (
    <Section id="next-payout" title={t("money.next.title")}>
      <div className="grid gap-3 rounded-xl border border-stone-200 bg-white p-4">
        {next.kind === "scheduled" ? (
          <>
            <p className="text-xl font-semibold" data-testid="next-payout">
              {next.current
                ? t("money.next.today", { amount: f.money(next.amount) })
                : t("money.next.scheduled", { amount: f.money(next.amount), date: f.runDate(next.runDate) })}
            </p>
            <p className="text-sm text-stone-600">{t("money.next.scheduledHint")}</p>
          </>
        ) : null}
        {next.kind === "onRequest" ? (
          <>
            <p className="text-xl font-semibold" data-testid="next-payout">
              {t("money.next.onRequest", { amount: f.money(next.amount) })}
            </p>
            <p className="text-sm text-stone-600">
              {t("money.next.onRequestHint", { days: schedule.onRequestBusinessDays })}
            </p>
            {next.requestable ? (
              <ConfirmPlanAction
                action={requestPayoutAction.bind(null, money.shop.id)}
                labels={{
                  toggle: t("money.next.requestToggle"),
                  text: t("money.next.requestText", {
                    amount: f.money(next.amount),
                    days: schedule.onRequestBusinessDays,
                  }),
                  confirm: t("money.next.requestConfirm"),
                  pending: t("money.next.requestPending"),
                }}
              />
            ) : (
              <p>{next.inProgress ? t("money.next.requestInProgress") : t("money.next.nothingToRequest")}</p>
            )}
          </>
        ) : null}
        {next.kind === "nothing" ? (
          <p className="text-lg font-semibold" data-testid="next-payout">
            {t("money.next.nothing", { date: f.runDate(next.runDate) })}
          </p>
        ) : null}
        {next.kind === "blocked" ? (
          <div role="region" aria-labelledby="payout-blocked" className="grid gap-2">
            <p id="payout-blocked" className="text-lg font-semibold" data-testid="next-payout">
              {t("money.next.blockedTitle")}
            </p>
            <ul className="list-disc ps-5">
              {next.blockers.map((blocker) => (
                <li key={blocker}>
                  {t(`payouts.blocker.${blocker}`, { minimum: f.money(Math.max(schedule.minimum, 1)) })}
                </li>
              ))}
            </ul>
            <p className="text-sm text-stone-600">
              {next.runDate
                ? t("money.next.blockedDate", { date: f.runDate(next.runDate), amount: f.money(next.amount) })
                : t("money.next.blockedOnRequest", { amount: f.money(next.amount) })}
            </p>
          </div>
        ) : null}
        <div className="border-t border-stone-200 pt-3 text-sm text-stone-700">
          <p>
            {t("money.schedule.line", {
              schedule: scheduleText,
              source: schedule.fromPlan ? t("money.schedule.fromPlan") : t("money.schedule.fromMarketplace"),
            })}
          </p>
          {schedule.minimum > 0 ? <p>{t("money.schedule.minimum", { amount: f.money(schedule.minimum) })}</p> : null}
          {money.method ? <p>{t("money.schedule.method", { method: t(`payouts.method.${money.method}`) })}</p> : null}
        </div>
      </div>
    </Section>
  );
}
