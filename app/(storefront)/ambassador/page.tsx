import type { Metadata } from "next";
import { CopyField } from "@/components/ambassadors/copy-field";
import { EarningsTable } from "@/components/ambassadors/earnings-table";
import { FigureGrid } from "@/components/ambassadors/figure-grid";
import { JoinForm } from "@/components/ambassadors/join-form";
import { LinkBuilder } from "@/components/ambassadors/link-builder";
import { NextPayout, scheduleText } from "@/components/ambassadors/next-payout";
import { PayoutDetailsForm } from "@/components/ambassadors/payout-details-form";
import { PayoutsTable } from "@/components/ambassadors/payouts-table";
import { Pager } from "@/components/ambassadors/pager";
import { ProgrammeExplainer } from "@/components/ambassadors/programme-explainer";
import { ClientMessages } from "@/components/i18n/client-messages";
import { EmptyState } from "@/components/ui/empty-state";
import { FormMessage } from "@/components/ui/form-message";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { buildAmbassadorLink } from "@/lib/ambassadors/build-ambassador-link";
import { getAmbassadorDashboard, type AmbassadorDashboard } from "@/lib/ambassadors/get-ambassador-dashboard";
import { loadAmbassadorProgramme, type AmbassadorProgramme } from "@/lib/ambassadors/programme-settings";
import { appUrl } from "@/lib/app-url";
import { requireSignedIn } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import type { Translate } from "@/lib/i18n/translate";
import { formatMoney } from "@/lib/money/format-money";
import { formatRate } from "@/lib/plans/format-rate";
import { joinProgrammeAction, savePayoutDetailsAction } from "./actions";

type SearchParams = Promise<{
  status?: string | string[];
  url?: string | string[];
  page?: string | string[];
  payouts?: string | string[];
}>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";
const pageOf = (value: string | string[] | undefined) => {
  const page = Number.parseInt(first(value) || "1", 10);
  return Number.isNaN(page) ? 1 : page;
};

// What the page's client components (join, copy, bank details) translate for themselves.
const AMBASSADOR_MESSAGES = [
  "ambassadors.page.joinSubmit",
  "ambassadors.page.joinPending",
  "ambassadors.copy",
  "ambassadors.bank",
];

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("ambassadors.page.title") };
}

export default async function AmbassadorPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireSignedIn("/ambassador");
  const { locale, t } = await getT();
  const params = await searchParams;
  const [programme, dashboard] = await Promise.all([
    loadAmbassadorProgramme(),
    getAmbassadorDashboard(actor, { page: pageOf(params.page), payoutsPage: pageOf(params.payouts) }),
  ]);
  const { minimumAmount } = programme.payouts;
  const explainer = (
    <Section id="how" title={t("ambassadors.page.howTitle")}>
      <ProgrammeExplainer
        share={formatRate(programme.shareBps, locale)}
        days={programme.cookieDays}
        schedule={scheduleText(programme.payouts, locale, t)}
        minimum={minimumAmount > 1 ? formatMoney(minimumAmount, programme.currency, locale) : undefined}
        t={t}
      />
    </Section>
  );
  return (
    <ClientMessages locale={locale} namespaces={AMBASSADOR_MESSAGES}>
      <PageHeader
        title={t("ambassadors.page.title")}
        description={t("ambassadors.page.intro", { marketplace: programme.marketplaceName })}
      />
      {dashboard ? (
        <Joined
          dashboard={dashboard}
          programme={programme}
          pasted={first(params.url)}
          justJoined={first(params.status) === "joined"}
          locale={locale}
          t={t}
        />
      ) : (
        <div className="flex flex-col gap-8">
          {explainer}
          <Section id="join" title={t("ambassadors.page.joinTitle")}>
            {programme.enabled ? (
              <div className="flex max-w-prose flex-col gap-4">
                <p className="text-stone-700">{t("ambassadors.page.joinText")}</p>
                <JoinForm action={joinProgrammeAction} />
              </div>
            ) : (
              <EmptyState
                headingLevel="h3"
                title={t("ambassadors.page.closedTitle")}
                text={t("ambassadors.page.closedText")}
              />
            )}
          </Section>
        </div>
      )}
      {dashboard ? <div className="mt-8">{explainer}</div> : null}
    </ClientMessages>
  );
}

function Joined({
  dashboard,
  programme,
  pasted,
  justJoined,
  locale,
  t,
}: {
  dashboard: AmbassadorDashboard;
  programme: AmbassadorProgramme;
  pasted: string;
  justJoined: boolean;
  locale: string;
  t: Translate;
}) {
  const origin = appUrl("/");
  const linkOf = (path: string) => {
    const built = buildAmbassadorLink(dashboard.code, path, origin);
    return built.ok ? built.url : origin;
  };
  const built = pasted ? buildAmbassadorLink(dashboard.code, pasted, origin) : null;
  const money = (amount: number) => formatMoney(amount, dashboard.earnings.currency, locale);
  const count = new Intl.NumberFormat(locale);
  const { recent, payouts } = dashboard;
  const hrefOf = (earningsPage: number, payoutsPage: number, anchor: string) =>
    `/ambassador?page=${earningsPage}&payouts=${payoutsPage}#${anchor}`;
  return (
    <div className="flex flex-col gap-8">
      {justJoined || !programme.enabled ? (
        <div className="max-w-prose">
          {justJoined ? <FormMessage success={t("ambassadors.page.joined")} /> : null}
          {!programme.enabled ? (
            <p className="rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 font-medium text-amber-900">
              {t("ambassadors.page.pausedText")}
            </p>
          ) : null}
        </div>
      ) : null}
      <Section id="code" title={t("ambassadors.code.title")}>
        <div className="flex max-w-2xl flex-col gap-4">
          <p>
            <span className="block text-sm font-medium text-stone-700">{t("ambassadors.code.label")}</span>
            <span data-testid="ambassador-code" className="font-mono text-3xl font-bold tracking-widest">
              {dashboard.code}
            </span>
          </p>
          <p className="text-stone-700">{t("ambassadors.code.text")}</p>
          <CopyField id="home-link" label={t("ambassadors.code.homeLink")} value={linkOf("/")} />
          <CopyField id="directory-link" label={t("ambassadors.code.directoryLink")} value={linkOf("/shops")} />
        </div>
      </Section>
      <Section id="builder" title={t("ambassadors.builder.title")}>
        <p className="mb-4 max-w-prose text-stone-700">
          {t("ambassadors.builder.text", { marketplace: programme.marketplaceName })}
        </p>
        <LinkBuilder
          action="/ambassador#builder"
          pasted={pasted}
          link={built?.ok ? built.url : null}
          error={
            built && !built.ok
              ? t(`ambassadors.builder.errors.${built.reason}`, { marketplace: programme.marketplaceName })
              : undefined
          }
          example={`${appUrl("/p/")}…`}
          t={t}
        />
      </Section>
      <Section id="figures" title={t("ambassadors.figures.title")}>
        <FigureGrid
          figures={[
            {
              key: "clicks",
              label: t("ambassadors.figures.clicks"),
              value: count.format(dashboard.clicks.total),
              detail: t("ambassadors.figures.clicksDetail", { count: count.format(dashboard.clicks.last30Days) }),
            },
            { key: "orders", label: t("ambassadors.figures.orders"), value: count.format(dashboard.attributedOrders) },
            { key: "pending", label: t("ambassadors.figures.pending"), value: money(dashboard.earnings.pending) },
            { key: "available", label: t("ambassadors.figures.available"), value: money(dashboard.earnings.available) },
            {
              key: "in-transit",
              label: t("ambassadors.figures.inTransit"),
              value: money(dashboard.earnings.inTransit),
            },
            { key: "paid-out", label: t("ambassadors.figures.paidOut"), value: money(dashboard.earnings.paidOut) },
            { key: "reversed", label: t("ambassadors.figures.reversed"), value: money(dashboard.earnings.reversed) },
          ]}
        />
      </Section>
      <Section id="next-payout" title={t("ambassadors.next.title")}>
        <NextPayout
          next={dashboard.nextPayout}
          maskedIban={dashboard.bankAccount.maskedIban}
          currency={dashboard.earnings.currency}
          locale={locale}
          t={t}
        />
      </Section>
      <Section id="bank" title={t("ambassadors.bank.title")}>
        <p className="mb-4 max-w-prose text-stone-700">{t("ambassadors.bank.text")}</p>
        <PayoutDetailsForm
          action={savePayoutDetailsAction}
          holderName={dashboard.bankAccount.holderName ?? ""}
          maskedIban={dashboard.bankAccount.maskedIban ?? null}
        />
      </Section>
      <Section id="earnings" title={t("ambassadors.earnings.title")}>
        {recent.entries.length === 0 ? (
          <EmptyState
            headingLevel="h3"
            title={t("ambassadors.earnings.emptyTitle")}
            text={t("ambassadors.earnings.emptyText")}
          />
        ) : (
          <>
            <EarningsTable entries={recent.entries} locale={locale} t={t} />
            <Pager
              page={recent.page}
              pages={recent.pages}
              hrefOf={(page) => hrefOf(page, payouts.page, "earnings")}
              labels={{
                nav: t("ambassadors.earnings.pagination"),
                previous: t("ambassadors.earnings.previous"),
                next: t("ambassadors.earnings.next"),
                page: t("ambassadors.earnings.page", { page: recent.page, pages: recent.pages }),
              }}
            />
          </>
        )}
      </Section>
      <Section id="payouts" title={t("ambassadors.payouts.title")}>
        {payouts.payouts.length === 0 ? (
          <EmptyState
            headingLevel="h3"
            title={t("ambassadors.payouts.emptyTitle")}
            text={t("ambassadors.payouts.emptyText")}
          />
        ) : (
          <>
            <PayoutsTable payouts={payouts.payouts} locale={locale} t={t} />
            <Pager
              page={payouts.page}
              pages={payouts.pages}
              hrefOf={(page) => hrefOf(recent.page, page, "payouts")}
              labels={{
                nav: t("ambassadors.payouts.pagination"),
                previous: t("ambassadors.payouts.previous"),
                next: t("ambassadors.payouts.next"),
                page: t("ambassadors.payouts.page", { page: payouts.page, pages: payouts.pages }),
              }}
            />
          </>
        )}
      </Section>
    </div>
  );
}
