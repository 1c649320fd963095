import type { Metadata } from "next";
import Link from "next/link";
import { ConfirmActionForm } from "@/components/admin/confirm-action-form";
import { PayoutsToPayTable } from "@/components/admin/sepa/payouts-to-pay-table";
import { SepaBatchTable } from "@/components/admin/sepa/sepa-batch-table";
import { PaginationNav } from "@/components/orders/pagination-nav";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { textLink } from "@/components/ui/styles";
import { requireRole } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { formatMoney } from "@/lib/money/format-money";
import { listPayoutsToPay } from "@/lib/payouts/list-payouts-to-pay";
import { listSepaBatches } from "@/lib/payouts/list-sepa-batches";
import { generateSepaBatchAction } from "./actions";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const pageOf = (value: string | string[] | undefined) => Number.parseInt(first(value) ?? "1", 10) || 1;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("sepa.title") };
}

/** ?page= pages the payouts to pay, ?files= the files: each list keeps the other's page. */
function href(page: number, files: number, anchor: string): string {
  const params = new URLSearchParams();
  if (page > 1) params.set("page", String(page));
  if (files > 1) params.set("files", String(files));
  const query = params.toString();
  return `/admin/money/sepa${query ? `?${query}` : ""}#${anchor}`;
}

// docs/payouts.md, SEPA: the operator's bank-transfer payouts — what is due, the file to generate,
// the files made so far.
export default async function AdminSepaPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireRole("/admin/money/sepa", "OPERATOR");
  const { locale, t } = await getT();
  const params = await searchParams;
  const [toPay, batches] = await Promise.all([
    listPayoutsToPay(actor, { page: pageOf(params.page) }),
    listSepaBatches(actor, { page: pageOf(params.files) }),
  ]);
  const dueAmount = formatMoney(toPay.due.amount, "EUR", locale);

  return (
    <>
      <p className="mb-2">
        <Link href="/admin/money" className={textLink}>
          {t("sepa.backToMoney")}
        </Link>
      </p>
      <PageHeader title={t("sepa.title")} description={t("sepa.intro")} />
      <div className="flex flex-col gap-10">
        <Section id="to-pay" title={t("sepa.toPay.title")}>
          {!toPay.debtorReady ? (
            <div role="note" className="mb-4 rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-amber-900">
              <p>{t("sepa.debtorMissing")}</p>
              <Link href="/admin/settings" className={textLink}>
                {t("sepa.settingsLink")}
              </Link>
            </div>
          ) : null}
          {toPay.total > 0 ? (
            <>
              <div className="mb-4 flex flex-wrap items-end justify-between gap-4 rounded-xl border border-stone-200 bg-white p-4">
                <div>
                  <p>{t("sepa.toPay.due", { count: toPay.due.count })}</p>
                  <p className="text-lg font-semibold" data-testid="sepa-due-total">
                    {t("sepa.toPay.dueTotal", { amount: dueAmount })}
                  </p>
                  <p className="text-sm text-stone-600">{t("sepa.toPay.waiting", { count: toPay.total })}</p>
                </div>
                {toPay.due.count > 0 && toPay.debtorReady ? (
                  <div className="w-full sm:w-auto">
                    <ConfirmActionForm
                      id="generate-sepa"
                      action={generateSepaBatchAction}
                      hidden={{}}
                      labels={{
                        open: t("sepa.generate.open"),
                        confirmText: t("sepa.generate.confirm", { count: toPay.due.count, amount: dueAmount }),
                        submit: t("sepa.generate.submit"),
                        pending: t("sepa.generate.pending"),
                      }}
                    />
                  </div>
                ) : toPay.due.count === 0 ? (
                  <p className="text-stone-600">{t("sepa.generate.nothingDue")}</p>
                ) : null}
              </div>
              <PayoutsToPayTable items={toPay.items} total={toPay.total} locale={locale} t={t} />
              <PaginationNav
                page={toPay.page}
                pageCount={toPay.pageCount}
                href={(target) => href(target, batches.page, "to-pay")}
                t={t}
              />
            </>
          ) : (
            <EmptyState title={t("sepa.toPay.empty")} text={t("sepa.toPay.emptyText")} headingLevel="h3" />
          )}
        </Section>
        <Section id="files" title={t("sepa.batches.title")}>
          {batches.total > 0 ? (
            <>
              <SepaBatchTable items={batches.items} total={batches.total} locale={locale} t={t} />
              <PaginationNav
                page={batches.page}
                pageCount={batches.pageCount}
                href={(target) => href(toPay.page, target, "files")}
                t={t}
              />
            </>
          ) : (
            <EmptyState title={t("sepa.batches.empty")} text={t("sepa.batches.emptyText")} headingLevel="h3" />
          )}
        </Section>
      </div>
    </>
  );
}
