import type { Metadata } from "next";
import Link from "next/link";
import { ChargesTable } from "@/components/dashboard/plan/charges-table";
import { ConfirmPlanAction } from "@/components/dashboard/plan/confirm-plan-action";
import { PlanRates } from "@/components/plans/plan-rates";
import { EmptyState } from "@/components/ui/empty-state";
import { FormMessage } from "@/components/ui/form-message";
import { PageHeader } from "@/components/ui/page-header";
import { primaryButton } from "@/components/ui/styles";
import { requireRole } from "@/lib/auth/session";
import { getShopBilling, type ShopBilling } from "@/lib/billing/get-shop-billing";
import type { PlanChangePreview } from "@/lib/billing/plan-change-preview";
import { addMonths, BILLING_TIME_ZONE, chargeAmounts, nextMonthStartOf } from "@/lib/fees/plan-charges";
import { getT } from "@/lib/i18n/server";
import type { Translate } from "@/lib/i18n/translate";
import { formatMoney } from "@/lib/money/format-money";
import { orNotFound } from "@/lib/or-not-found";
import { getDashboardShop } from "@/lib/shops/get-dashboard-shop";
import { cancelSubscriptionAction, changePlanAction, payRentAction, resumeSubscriptionAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("billing.title") };
}

type PageProps = { searchParams: Promise<{ page?: string; status?: string }> };

const STATUS_KEYS = {
  changed: "billing.statusMessages.changed",
  scheduled: "billing.statusMessages.scheduled",
  kept: "billing.statusMessages.kept",
  resubscribed: "billing.statusMessages.resubscribed",
  cancelled: "billing.statusMessages.cancelled",
  resumed: "billing.statusMessages.resumed",
  "rent-paid": "billing.statusMessages.rentPaid",
  "rent-declined": "billing.statusMessages.rentDeclined",
  "rent-cancelled": "billing.statusMessages.rentCancelled",
} as const;

type Formatters = { t: Translate; date: (date: Date) => string; money: (amount: number) => string };

/**
 * The vendor's plan (docs/business-models.md, subscriptions and billing): the plan in force and its rates, what is
 * pending (a downgrade, a cancellation, a term's end), the plans offered with what choosing each
 * does now, cancelling, paying or renewing a rent, and the charges.
 */
export default async function DashboardPlanPage({ searchParams }: PageProps) {
  const actor = await requireRole("/dashboard/plan", "VENDOR");
  const { locale, t } = await getT();
  const shop = await getDashboardShop(actor);
  if (!shop) {
    return (
      <>
        <PageHeader title={t("billing.title")} />
        <EmptyState title={t("billing.noShopTitle")} text={t("billing.noShopText")}>
          <Link href="/dashboard/shops/new" className={primaryButton}>
            {t("billing.createShop")}
          </Link>
        </EmptyState>
      </>
    );
  }
  const params = await searchParams;
  const billing = await orNotFound(getShopBilling(actor, shop.id, { page: Number(params.page) || 1 }));
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: BILLING_TIME_ZONE });
  const f: Formatters = {
    t,
    date: (date) => dateFormat.format(date),
    money: (amount) => formatMoney(amount, billing.currency, locale),
  };
  const statusKey = STATUS_KEYS[params.status as keyof typeof STATUS_KEYS];
  const scheduledFrom =
    billing.subscription?.billing === "FIXED_TERM" && billing.subscription.endsAt
      ? billing.subscription.endsAt
      : nextMonthStartOf(new Date());
  const closed = billing.shop.status === "CLOSED";

  return (
    <>
      <PageHeader title={t("billing.title")} description={t("billing.intro", { shop: billing.shop.name })} />
      {statusKey ? (
        <div className="mb-4">
          <FormMessage
            success={t(statusKey, {
              date: f.date(
                params.status === "cancelled" ? (billing.subscription?.endsAt ?? scheduledFrom) : scheduledFrom,
              ),
            })}
          />
        </div>
      ) : null}
      <StatusBanner billing={billing} f={f} />
      <div className="grid gap-8">
        <CurrentPlan billing={billing} f={f} locale={locale} />
        {closed ? null : <OfferedPlans billing={billing} f={f} locale={locale} />}
        <section aria-labelledby="charges" className="grid gap-3">
          <h2 id="charges" className="text-xl font-semibold">
            {t("billing.charges.title")}
          </h2>
          <ChargesTable charges={billing.charges} locale={locale} t={t} formatDate={f.date} />
        </section>
      </div>
    </>
  );
}

function StatusBanner({ billing, f }: { billing: ShopBilling; f: Formatters }) {
  const { t } = f;
  const { status, dashboardClosesAt } = billing.shop;
  let title: string | null = null;
  let text: string;
  if (status === "CLOSED") {
    title = t("billing.banner.closedTitle");
    text = t("billing.banner.closedText");
  } else if (status === "LAPSED" && dashboardClosesAt) {
    title = t("billing.banner.lapsedCancelledTitle");
    text = t("billing.banner.lapsedCancelledText", { date: f.date(dashboardClosesAt) });
  } else if (status === "LAPSED" && billing.charges.total === 0) {
    title = t("billing.banner.lapsedUnpaidTitle");
    text = t("billing.banner.lapsedUnpaidText");
  } else if (status === "LAPSED") {
    title = t("billing.banner.lapsedExpiredTitle");
    text = t("billing.banner.lapsedExpiredText");
  } else if (status === "SUSPENDED") {
    text = t("billing.banner.suspendedText");
  } else {
    return null;
  }
  return (
    <div
      role="region"
      aria-label={title ?? text}
      className="mb-6 rounded-xl border border-amber-200 bg-amber-50 px-4 py-3 text-amber-950"
    >
      {title ? <p className="font-semibold">{title}</p> : null}
      <p className="mt-1">{text}</p>
    </div>
  );
}

function CurrentPlan({ billing, f, locale }: { billing: ShopBilling; f: Formatters; locale: string }) {
  const { t } = f;
  const { plan, subscription, prepaidTerm } = billing;
  const lines: string[] = [];
  if (subscription) {
    lines.push(t("billing.current.since", { date: f.date(subscription.startedAt) }));
    if (subscription.billing === "FIXED_TERM" && subscription.endsAt)
      lines.push(t("billing.current.termEnds", { date: f.date(subscription.endsAt) }));
    if (subscription.cancelledAt && subscription.endsAt)
      lines.push(t("billing.current.cancelledEnds", { date: f.date(subscription.endsAt) }));
    if (subscription.nextPlan)
      lines.push(
        t("billing.current.nextPlan", {
          plan: subscription.nextPlan.name,
          date: f.date(
            subscription.billing === "FIXED_TERM" && subscription.endsAt
              ? subscription.endsAt
              : nextMonthStartOf(new Date()),
          ),
        }),
      );
  }
  if (prepaidTerm)
    lines.push(
      t("billing.current.prepaid", {
        plan: prepaidTerm.planName,
        start: f.date(prepaidTerm.startsAt),
        end: f.date(prepaidTerm.endsAt),
      }),
    );
  const canCancel =
    subscription?.billing === "MONTHLY" &&
    !subscription.cancelledAt &&
    (billing.shop.status === "APPROVED" || billing.shop.status === "SUSPENDED");
  const endOfMonth = nextMonthStartOf(new Date());
  // a free plan has no month "already paid" nor a fee "charged on the 1st" to speak of
  const paid = (plan?.monthlyFeeAmount ?? 0) > 0;
  return (
    <section aria-labelledby="current-plan" className="grid gap-3 rounded-xl border border-stone-200 bg-white p-4">
      <h2 id="current-plan" className="text-xl font-semibold">
        {t("billing.current.title")}
        {/* the space keeps "Formule actuelle Standard" two words for screen readers too */}
        {plan ? (
          <>
            {" "}
            <span className="ms-1 font-normal text-stone-700">{plan.name}</span>
          </>
        ) : null}
      </h2>
      {plan ? (
        <PlanRates plan={plan} fees={billing.fees} locale={locale} t={t} headingLevel={null} />
      ) : (
        <p>{t("billing.current.none")}</p>
      )}
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
      <p>
        <span className="font-medium">{t("billing.current.balance", { amount: f.money(billing.balance) })}</span>
        <span className="block text-sm text-stone-600">{t("billing.current.balanceHint")}</span>
      </p>
      {canCancel ? (
        <ConfirmPlanAction
          tone="danger"
          action={cancelSubscriptionAction.bind(null, billing.shop.id)}
          labels={{
            toggle: t("billing.cancel.toggle"),
            text: t(paid ? "billing.cancel.text" : "billing.cancel.textFree", {
              date: f.date(endOfMonth),
              months: billing.closedShopGraceMonths,
            }),
            confirm: t("billing.cancel.confirm"),
            pending: t("billing.offered.pending"),
          }}
        />
      ) : null}
      {subscription?.cancelledAt ? (
        <ConfirmPlanAction
          action={resumeSubscriptionAction.bind(null, billing.shop.id)}
          labels={{
            toggle: t("billing.cancel.resume"),
            text: t(paid ? "billing.cancel.resumeText" : "billing.cancel.resumeTextFree"),
            confirm: t("billing.cancel.resumeConfirm"),
            pending: t("billing.offered.pending"),
          }}
        />
      ) : null}
    </section>
  );
}

function OfferedPlans({ billing, f, locale }: { billing: ShopBilling; f: Formatters; locale: string }) {
  const { t } = f;
  return (
    <section aria-labelledby="offered-plans" className="grid gap-3">
      <h2 id="offered-plans" className="text-xl font-semibold">
        {t("billing.offered.title")}
      </h2>
      {billing.offered.length === 0 ? (
        <EmptyState title={t("billing.offered.empty")} headingLevel="h3" />
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {billing.offered.map(({ plan, preview }) => (
            <li key={plan.id} className="flex flex-col gap-3 rounded-xl border border-stone-200 bg-white p-4">
              <h3 className="text-lg font-semibold">{plan.name}</h3>
              <PlanRates plan={plan} fees={billing.fees} locale={locale} t={t} headingLevel={null} />
              <PlanChoice billing={billing} planId={plan.id} termMonths={plan.termMonths} preview={preview} f={f} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function PlanChoice({
  billing,
  planId,
  termMonths,
  preview,
  f,
}: {
  billing: ShopBilling;
  planId: string;
  termMonths: number;
  preview: PlanChangePreview;
  f: Formatters;
}) {
  const { t } = f;
  const pending = t("billing.offered.pending");
  const change = changePlanAction.bind(null, billing.shop.id, planId);
  const badge = (text: string) => (
    <p className="w-fit rounded-full bg-brand-50 px-3 py-1 font-medium text-brand-800">{text}</p>
  );
  switch (preview.kind) {
    case "current":
      return badge(t("billing.offered.currentBadge"));
    case "scheduled":
      return badge(t("billing.offered.scheduledBadge", { date: f.date(preview.from) }));
    case "unavailable":
      return <p className="text-stone-600">{t(`billing.offered.unavailable.${preview.reason}`)}</p>;
    case "keep":
      return (
        <ConfirmPlanAction
          action={change}
          labels={{
            toggle: t("billing.offered.keep"),
            text: t("billing.offered.keepText"),
            confirm: t("billing.offered.confirm"),
            pending,
          }}
        />
      );
    case "start":
      return (
        <ConfirmPlanAction
          action={change}
          labels={{
            toggle: t("billing.offered.start"),
            text:
              preview.amount > 0
                ? t("billing.offered.startText", { amount: f.money(preview.amount) })
                : t("billing.offered.startFreeText"),
            confirm: t("billing.offered.confirm"),
            pending,
          }}
        />
      );
    case "upgrade":
      return (
        <ConfirmPlanAction
          action={change}
          labels={{
            toggle: t("billing.offered.upgrade"),
            hint: t("billing.offered.upgradeHint", { amount: f.money(preview.amount) }),
            text: t("billing.offered.upgradeText", { amount: f.money(preview.amount) }),
            confirm: t("billing.offered.confirm"),
            pending,
          }}
        />
      );
    case "same-fee":
      return (
        <ConfirmPlanAction
          action={change}
          labels={{
            toggle: t("billing.offered.upgrade"),
            hint: t("billing.offered.sameFeeHint"),
            text: t("billing.offered.sameFeeText"),
            confirm: t("billing.offered.confirm"),
            pending,
          }}
        />
      );
    case "downgrade":
    case "after-term": {
      const date = f.date(preview.from);
      const downgrade = preview.kind === "downgrade";
      return (
        <ConfirmPlanAction
          action={change}
          labels={{
            toggle: t("billing.offered.upgrade"),
            hint: downgrade
              ? t("billing.offered.downgradeHint", { date })
              : t("billing.offered.afterTermHint", { date }),
            text: downgrade
              ? t("billing.offered.downgradeText", { date })
              : t("billing.offered.afterTermText", { date }),
            confirm: t("billing.offered.confirm"),
            pending,
          }}
        />
      );
    }
    case "rent": {
      const total = chargeAmounts(preview.price, billing.fees.feesVatBps).totalAmount;
      const renewing = billing.subscription?.billing === "FIXED_TERM" && billing.subscription.endsAt !== null;
      const start = f.date(preview.startsAt);
      const end = addMonths(preview.startsAt, termMonths);
      return (
        <ConfirmPlanAction
          action={payRentAction.bind(null, billing.shop.id, planId)}
          labels={{
            toggle: renewing ? t("billing.offered.renew") : t("billing.offered.rent"),
            hint: preview.startsNow
              ? t("billing.offered.rentHintNow", { price: f.money(preview.price), total: f.money(total) })
              : t("billing.offered.rentHint", { price: f.money(preview.price), total: f.money(total), date: start }),
            text: t("billing.offered.rentText", { months: termMonths, date: start, end: f.date(end) }),
            confirm: t("billing.offered.pay", { amount: f.money(total) }),
            pending,
            methods: {
              legend: t("billing.offered.method"),
              options: [
                { value: "BALANCE", label: t("billing.offered.methodBalance", { balance: f.money(billing.balance) }) },
                { value: "CARD", label: t("billing.offered.methodCard") },
              ],
            },
          }}
        />
      );
    }
  }
}
