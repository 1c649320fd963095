import { RefundForm, type RefundFormState } from "@/components/dashboard/orders/refund-form";
import { refundFormLabels, refundFormLines } from "@/components/dashboard/orders/refund-form-props";
import { Section } from "@/components/ui/section";
import type { FormAction } from "@/lib/forms/form-state";
import type { Translate } from "@/lib/i18n/translate";
import { refundableAmountOf } from "@/lib/ledger/refund-entries";
import { formatMoney } from "@/lib/money/format-money";
import type { OrderLineView, OrderPartView } from "@/lib/orders/order-detail";
import type { ReturnRequestView } from "@/lib/orders/return-request-view";

type ShopOrderStatus = OrderPartView["status"];
import { EscalationDecisionForm, type DecisionFormState } from "./escalation-decision-form";
import { ReturnRequestDetails } from "./return-request-panel";

type Props = {
  part: {
    id: string;
    status: ShopOrderStatus;
    currency: string;
    itemsAmount: number;
    deliveryFeeAmount: number;
    commissionAmount: number;
    refundedAmount: number;
    lines: OrderLineView[];
    returnRequest: ReturnRequestView | null;
  };
  /** the states where a refund after the goods left is open (refundShopOrder's REFUNDABLE_STATES) */
  refundableStates: readonly ShopOrderStatus[];
  handlers: { decide: FormAction<DecisionFormState>; refund: FormAction<RefundFormState> };
  locale: string;
  t: Translate;
};

/**
 * The operator's side of a part's money disputes (docs/domain.md, returns and escalations; Refund):
 * the return request and its photos, the decision form while the part is escalated, and the
 * refund form the vendor has, once the goods left and something remains.
 */
export function OperatorReturnSection({ part, refundableStates, handlers, locale, t }: Props) {
  const money = (amount: number) => formatMoney(amount, part.currency, locale);
  const remaining = Math.max(0, refundableAmountOf(part));
  const canRefund = refundableStates.includes(part.status) && remaining > 0;
  return (
    <>
      {part.returnRequest ? (
        <Section id="return" title={t("orders.returns.request.sectionTitle")}>
          <div className="flex flex-col gap-4">
            <ReturnRequestDetails request={part.returnRequest} locale={locale} t={t} />
            {part.status === "ESCALATED" ? (
              <EscalationDecisionForm
                id="decision"
                action={handlers.decide}
                labels={{
                  title: t("orders.returns.operator.title"),
                  text: t("orders.returns.operator.text"),
                  decision: t("orders.returns.operator.decision"),
                  outcomes: [
                    {
                      value: "REFUND_ALL",
                      label: t("orders.returns.operator.REFUND_ALL", { amount: money(remaining) }),
                    },
                    { value: "REFUND_PART", label: t("orders.returns.operator.REFUND_PART") },
                    { value: "SIDE_WITH_VENDOR", label: t("orders.returns.operator.SIDE_WITH_VENDOR") },
                  ],
                  amount: t("orders.returns.operator.amount"),
                  amountHint: t("orders.returns.operator.amountHint", { amount: money(remaining) }),
                  note: t("orders.returns.operator.note"),
                  noteHint: t("orders.returns.operator.noteHint"),
                  submit: t("orders.returns.operator.submit"),
                  pending: t("orders.returns.operator.pending"),
                  confirmTitle: t("orders.returns.operator.confirmTitle"),
                  confirmText: t("orders.returns.operator.confirmText"),
                  confirmSubmit: t("orders.returns.operator.confirmSubmit"),
                  back: t("orders.returns.operator.back"),
                }}
              />
            ) : null}
          </div>
        </Section>
      ) : null}
      {canRefund ? (
        <RefundForm
          id="refund"
          action={handlers.refund}
          currency={part.currency}
          locale={locale}
          lines={refundFormLines(part.lines, money, t)}
          labels={refundFormLabels(t, money(remaining), t("orders.returns.operator.refundTitle"))}
        />
      ) : null}
    </>
  );
}
