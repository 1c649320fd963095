import type { Metadata } from "next";
import Link from "next/link";
import { ConfirmActionForm } from "@/components/admin/confirm-action-form";
import { SepaBatchPayoutList } from "@/components/admin/sepa/sepa-batch-payout-list";
import { badge, sepaDateFormat, STATUS_TONES } from "@/components/admin/sepa/sepa-format";
import { PaginationNav } from "@/components/orders/pagination-nav";
import { FormMessage } from "@/components/ui/form-message";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { primaryButton, textLink } from "@/components/ui/styles";
import { requireRole } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import type { Translate } from "@/lib/i18n/translate";
import { formatMoney } from "@/lib/money/format-money";
import { orNotFound } from "@/lib/or-not-found";
import { getSepaBatch, type SepaBatchDetail } from "@/lib/payouts/get-sepa-batch";
import { markSepaBatchPaidAction, recordRejectedTransferAction } from "../actions";

type Params = Promise<{ batchId: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("sepa.title") };
}

function doneMessage(done: string | undefined, batch: SepaBatchDetail, t: Translate): string | undefined {
  if (done === "generated") return t("sepa.done.generated", { messageId: batch.messageId });
  if (done === "paid") return t("sepa.markPaid.done");
  if (done === "rejected") return t("sepa.reject.done");
  return undefined;
}

// docs/payouts.md, SEPA: one file — download it, mark it paid once the bank executed it, record a
// transfer the bank rejected.
export default async function AdminSepaBatchPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: SearchParams;
}) {
  const { batchId } = await params;
  const actor = await requireRole(`/admin/money/sepa/${encodeURIComponent(batchId)}`, "OPERATOR");
  const { locale, t } = await getT();
  const query = await searchParams;
  const page = Number.parseInt(first(query.page) ?? "1", 10) || 1;
  const batch = await orNotFound(getSepaBatch(actor, batchId, { page }));
  const done = doneMessage(first(query.done), batch, t);
  const date = sepaDateFormat(locale);
  const dateTime = sepaDateFormat(locale, true);
  const money = (amount: number) => formatMoney(amount, batch.currency, locale);
  const someone = t("sepa.batch.unknownPerson");
  const rows: { key: string; label: string; value: React.ReactNode }[] = [
    {
      key: "status",
      label: t("sepa.batch.status"),
      value: <span className={`${badge} ${STATUS_TONES[batch.status]}`}>{t(`sepa.status.${batch.status}`)}</span>,
    },
    { key: "transfers", label: t("sepa.batch.transfers"), value: batch.count },
    {
      key: "total",
      label: t("sepa.batch.total"),
      value: <span data-testid="sepa-batch-total">{money(batch.totalAmount)}</span>,
    },
    { key: "execution", label: t("sepa.batch.execution"), value: date.format(batch.executionDate) },
    {
      key: "created",
      label: t("sepa.batch.created"),
      value: t("sepa.batch.createdValue", {
        date: dateTime.format(batch.createdAt),
        name: batch.createdByName ?? someone,
      }),
    },
    ...(batch.paidAt
      ? [
          {
            key: "paid",
            label: t("sepa.batch.paid"),
            value: t("sepa.batch.createdValue", {
              date: dateTime.format(batch.paidAt),
              name: batch.paidByName ?? someone,
            }),
          },
        ]
      : []),
    ...(batch.rejected.count > 0
      ? [
          {
            key: "rejected",
            label: t("sepa.batch.rejected"),
            value: t("sepa.batch.rejectedValue", { count: batch.rejected.count, amount: money(batch.rejected.amount) }),
          },
        ]
      : []),
  ];

  return (
    <>
      <p className="mb-2">
        <Link href="/admin/money/sepa" className={textLink}>
          {t("sepa.batch.back")}
        </Link>
      </p>
      <PageHeader title={t("sepa.batch.title", { messageId: batch.messageId })} />
      {done ? (
        <div className="mb-6">
          <FormMessage success={done} />
        </div>
      ) : null}
      <div className="flex flex-col gap-10">
        <section aria-label={t("sepa.batch.summary")} className="rounded-xl border border-stone-200 bg-white p-4">
          <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
            {rows.map((row) => (
              <div key={row.key} className="contents">
                <dt className="font-medium text-stone-700">{row.label}</dt>
                <dd className="mb-2 break-words sm:mb-0">{row.value}</dd>
              </div>
            ))}
          </dl>
          <div className="mt-4 flex flex-col gap-3 sm:flex-row sm:items-start">
            <a
              href={`/admin/money/sepa/${batch.id}/file`}
              download={`${batch.messageId}.xml`}
              className={primaryButton}
            >
              {t("sepa.batch.download")}
            </a>
            {batch.status === "GENERATED" ? (
              <ConfirmActionForm
                id="mark-paid"
                action={markSepaBatchPaidAction}
                hidden={{ batchId: batch.id }}
                labels={{
                  open: t("sepa.markPaid.open"),
                  confirmText: t("sepa.markPaid.confirm"),
                  submit: t("sepa.markPaid.submit"),
                  pending: t("sepa.markPaid.pending"),
                }}
              />
            ) : null}
          </div>
        </section>
        <Section id="transfers" title={t("sepa.batch.payoutsTitle")}>
          <SepaBatchPayoutList
            items={batch.payouts.items}
            rejectAction={recordRejectedTransferAction}
            locale={locale}
            t={t}
          />
          <PaginationNav
            page={batch.payouts.page}
            pageCount={batch.payouts.pageCount}
            href={(target) => `/admin/money/sepa/${batch.id}?page=${target}#transfers`}
            t={t}
          />
        </Section>
      </div>
    </>
  );
}
