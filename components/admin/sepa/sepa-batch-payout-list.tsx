import { ConfirmActionForm } from "@/components/admin/confirm-action-form";
import type { FormAction } from "@/lib/forms/form-state";
import type { Translate } from "@/lib/i18n/translate";
import { formatMoney } from "@/lib/money/format-money";
import type { SepaBatchPayout } from "@/lib/payouts/get-sepa-batch";
import { REJECTION_REASON_MAX } from "@/lib/payouts/sepa-batch-rules";
import { badge, sepaDateFormat, STATUS_TONES } from "./sepa-format";

/**
 * The transfers of a file, one card each (readable at 360 px): payee, account, amount, state, and
 * for a transfer not rejected yet, the form recording the bank's rejection with its reason.
 */
export function SepaBatchPayoutList({
  items,
  rejectAction,
  locale,
  t,
}: {
  items: SepaBatchPayout[];
  rejectAction: FormAction;
  locale: string;
  t: Translate;
}) {
  const date = sepaDateFormat(locale);
  return (
    <ul className="flex flex-col gap-3">
      {items.map((payout) => {
        const amount = formatMoney(payout.amount, payout.currency, locale);
        return (
          <li
            key={payout.id}
            aria-labelledby={`payout-${payout.id}-name`}
            className="rounded-xl border border-stone-200 bg-white p-4"
          >
            <div className="flex flex-wrap items-start justify-between gap-3">
              <div className="min-w-0">
                <h3 id={`payout-${payout.id}-name`} className="font-semibold break-words">
                  {payout.payeeName}
                </h3>
                <p className="text-sm text-stone-600">
                  {t(payout.payeeKind === "shop" ? "sepa.toPay.shop" : "sepa.toPay.ambassador")}
                  {" · "}
                  {payout.holderName} <span className="font-mono">{payout.maskedIban}</span>
                </p>
              </div>
              <div className="text-end">
                <p className="text-lg font-semibold tabular-nums">{amount}</p>
                <span className={`${badge} ${STATUS_TONES[payout.status]}`}>
                  {t(`sepa.payoutStatus.${payout.status}`)}
                </span>
              </div>
            </div>
            <p className="mt-2 text-sm text-stone-600">
              {t("sepa.batch.endToEnd")} <span className="font-mono break-all">{payout.endToEndId}</span>
              {payout.paidAt ? <> · {t("sepa.batch.paidAt", { date: date.format(payout.paidAt) })}</> : null}
              {payout.failedAt ? <> · {t("sepa.batch.failedAt", { date: date.format(payout.failedAt) })}</> : null}
            </p>
            {payout.failureReason ? (
              <p className="mt-1 text-sm break-words text-red-800">
                {t("sepa.batch.failureReason", { reason: payout.failureReason })}
              </p>
            ) : null}
            {payout.status === "PROCESSING" || payout.status === "PAID" ? (
              <div className="mt-3">
                <ConfirmActionForm
                  id={`reject-${payout.id}`}
                  action={rejectAction}
                  hidden={{ payoutId: payout.id }}
                  tone="danger"
                  labels={{
                    open: t("sepa.reject.open"),
                    confirmText: t("sepa.reject.confirm", { amount, name: payout.payeeName }),
                    submit: t("sepa.reject.submit"),
                    pending: t("sepa.reject.pending"),
                  }}
                  field={{
                    name: "reason",
                    label: t("sepa.reject.reason"),
                    hint: t("sepa.reject.reasonHint"),
                    maxLength: REJECTION_REASON_MAX,
                  }}
                />
              </div>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
