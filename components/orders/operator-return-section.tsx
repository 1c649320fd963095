import { showsToman } from "@/lib/money/display-unit";
import { RefundForm, type RefundFormState } from "@/components/dashboard/orders/refund-form";
import { refundFormLines } from "@/components/dashboard/orders/refund-form-props";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Section } from "@/components/ui/section";
import type { FormAction } from "@/lib/forms/form-state";
import type { Locale } from "@/lib/i18n/config";
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
  locale: Locale;
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
              <ClientMessages locale={locale} namespaces={["orders.returns.operator"]}>
                <EscalationDecisionForm id="decision" action={handlers.decide} remaining={money(remaining)} />
              </ClientMessages>
            ) : null}
          </div>
        </Section>
      ) : null}
      {canRefund ? (
        <ClientMessages locale={locale} namespaces={["orders.refund", "orders.returns.operator.refundTitle"]}>
          <RefundForm
            id="refund"
            action={handlers.refund}
            currency={part.currency}
            toman={showsToman(part.currency)}
            remaining={money(remaining)}
            lines={refundFormLines(part.lines, money, t)}
            viewer="operator"
          />
        </ClientMessages>
      ) : null}
    </>
  );
}
