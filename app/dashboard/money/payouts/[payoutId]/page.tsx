import type { Metadata } from "next";
import Link from "next/link";
import { LedgerTable } from "@/components/money/ledger-table";
import { moneyFormat, payoutTitle } from "@/components/money/money-format";
import { PaginationNav } from "@/components/orders/pagination-nav";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { textLink } from "@/components/ui/styles";
import { requireRole } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { orNotFound } from "@/lib/or-not-found";
import { getShopPayout } from "@/lib/payouts/payout-detail";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("money.title") };
}

type PageProps = { params: Promise<{ payoutId: string }>; searchParams: Promise<{ page?: string }> };

/** One payout (docs/payouts.md, paying): its state, where it goes, and the entries it settles. */
export default async function PayoutPage({ params, searchParams }: PageProps) {
  const { payoutId } = await params;
  const actor = await requireRole(`/dashboard/money/payouts/${payoutId}`, "VENDOR");
  const { locale, t } = await getT();
  const { page } = await searchParams;
  const payout = await orNotFound(getShopPayout(actor, payoutId, { page: Number(page) || 1 }));
  const f = moneyFormat(t, locale, payout.currency);
  const facts: { key: string; label: string; value: string }[] = [
    { key: "amount", label: t("money.payout.amount"), value: f.money(payout.amount) },
    { key: "status", label: t("money.payout.status"), value: t(`payouts.status.${payout.status}`) },
    { key: "method", label: t("money.payout.method"), value: t(`payouts.method.${payout.method}`) },
    { key: "due", label: t("money.payout.due"), value: f.date(payout.scheduledFor) },
  ];
  if (payout.paidAt) facts.push({ key: "paidAt", label: t("money.payout.paidAt"), value: f.date(payout.paidAt) });
  if (payout.reference) facts.push({ key: "reference", label: t("money.payout.reference"), value: payout.reference });
  if (payout.accountIban)
    facts.push({
      key: "account",
      label: t("money.payout.account"),
      value: [payout.accountHolderName, payout.accountIban].filter(Boolean).join(" · "),
    });

  return (
    <>
      <PageHeader title={payoutTitle(f, payout)} />
      <p className="mb-6">
        <Link href="/dashboard/money" className={textLink}>
          {t("money.links.back")}
        </Link>
      </p>
      <div className="flex flex-col gap-8">
        <Section id="summary" title={t("money.payout.summary")}>
          <div className="grid gap-3 rounded-xl border border-stone-200 bg-white p-4">
            <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-2">
              {facts.map((fact) => (
                <div key={fact.key} className="flex flex-col">
                  <dt className="text-sm text-stone-600">{fact.label}</dt>
                  <dd data-testid={`payout-${fact.key}`} className="font-medium break-words">
                    {fact.value}
                  </dd>
                </div>
              ))}
            </dl>
            <p className="text-sm text-stone-600">{t("money.payout.cutoff", { date: f.date(payout.cutoffAt) })}</p>
            {payout.status === "PROCESSING" ? (
              <p>
                {payout.method === "STRIPE" && payout.nextAttemptAt
                  ? t("money.payout.processingStripe", { date: f.date(payout.nextAttemptAt) })
                  : t("money.payout.processingBank")}
              </p>
            ) : null}
            {payout.status === "FAILED" && payout.failedAt ? (
              <p role="status" className="rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-amber-950">
                {t("money.payout.failed", { date: f.date(payout.failedAt), reason: payout.failureReason ?? "" })}
              </p>
            ) : null}
          </div>
        </Section>
        <Section id="entries" title={t("money.payout.entriesTitle")}>
          {payout.entries.rows.length === 0 ? (
            <EmptyState title={t("money.payout.entriesEmpty")} headingLevel="h3" />
          ) : (
            <>
              <p className="mb-2 text-sm text-stone-600">
                {t("money.payout.entriesTotal", { amount: f.money(payout.entries.total) })}
              </p>
              <LedgerTable rows={payout.entries.rows} caption={t("money.payout.entriesCaption")} f={f} />
              <PaginationNav
                page={payout.entries.page}
                pageCount={payout.entries.pageCount}
                href={(next) => `/dashboard/money/payouts/${payout.id}?page=${next}#entries`}
                t={t}
              />
            </>
          )}
        </Section>
      </div>
    </>
  );
}
