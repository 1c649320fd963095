import { ConfirmActionForm } from "@/components/admin/confirm-action-form";
import { ReviewFields } from "@/components/admin/review-fields";
import { LtrText } from "@/components/layout/ltr-text";
import type { FormAction } from "@/lib/forms/form-state";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import type { PendingPayoutChange } from "@/lib/payouts/payout-change/get-pending-payout-change";

type Props = {
  shopId: string;
  change: PendingPayoutChange;
  approveAction: FormAction;
  refuseAction: FormAction;
  emptyLabel: string;
  locale: Locale;
  t: Translate;
};

/**
 * A shop's payout account change waiting for the operator (docs/security.md, payout details):
 * the account in use, the one asked for, approve or refuse — bound to that very request.
 */
export function PayoutChangeReview({ shopId, change, approveAction, refuseAction, emptyLabel, locale, t }: Props) {
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short" });
  const hidden = { shopId, requestedAt: change.requestedAt.toISOString() };
  const iban = (masked: string | null) => (masked ? <LtrText className="font-mono">{masked}</LtrText> : null);
  return (
    <div className="flex flex-col gap-3">
      <ReviewFields
        emptyLabel={emptyLabel}
        fields={[
          { label: t("security.review.payout.currentHolder"), value: change.current.holderName },
          { label: t("security.review.payout.currentIban"), value: iban(change.current.maskedIban) },
          { label: t("security.review.payout.requestedHolder"), value: change.requested.holderName },
          { label: t("security.review.payout.requestedIban"), value: iban(change.requested.maskedIban) },
          {
            label: t("security.review.payout.requestedAt"),
            value: <time dateTime={change.requestedAt.toISOString()}>{date.format(change.requestedAt)}</time>,
          },
        ]}
      />
      <div className="flex flex-wrap gap-3">
        <ConfirmActionForm
          id="approve-payout-change"
          action={approveAction}
          hidden={hidden}
          labels={{
            open: t("security.review.payout.approve"),
            confirmText: t("security.review.payout.approveConfirm", { iban: change.requested.maskedIban }),
            submit: t("security.review.payout.approveSubmit"),
            pending: t("security.review.payout.pending"),
          }}
        />
        <ConfirmActionForm
          id="refuse-payout-change"
          tone="danger"
          action={refuseAction}
          hidden={hidden}
          labels={{
            open: t("security.review.payout.refuse"),
            confirmText: t("security.review.payout.refuseConfirm"),
            submit: t("security.review.payout.refuseSubmit"),
            pending: t("security.review.payout.pending"),
          }}
        />
      </div>
    </div>
  );
}
