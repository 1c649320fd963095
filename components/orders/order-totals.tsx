import type { Translate } from "@/lib/i18n/translate";
import { deliveryFeeText } from "@/lib/checkout/delivery-fee-text";
import { formatMoney } from "@/lib/money/format-money";
import type { OrderDetail } from "@/lib/orders/order-detail";
import { chargedNote, orderTotalLabelKey } from "@/lib/payments/payment-wording";
import { TotalsList } from "@/components/ui/totals-list";

/**
 * The order's totals: items, delivery, grand total (to pay or paid; to authorize or authorized for
 * capture on acceptance); says when some postage is paid on delivery.
 */
export function OrderTotals({
  order,
  locale,
  t,
  paid,
}: {
  order: OrderDetail;
  locale: string;
  t: Translate;
  paid: boolean;
}) {
  const money = (amount: number) => formatMoney(amount, order.currency, locale);
  const charged = paid ? chargedNote(order) : null;
  return (
    <section aria-labelledby="order-totals" className="rounded-xl border border-stone-200 bg-white p-4 sm:p-6">
      <h2 id="order-totals" className="mb-3 text-lg font-semibold">
        {t("orders.totals.title")}
      </h2>
      <TotalsList
        rows={[
          { key: "items", label: t("orders.totals.items"), value: money(order.itemsAmount) },
          {
            key: "shipping",
            label: t("orders.totals.shipping"),
            value: deliveryFeeText(
              { amount: order.shippingAmount, postageDue: order.parts.some((part) => part.postageDue) },
              money,
              t,
            ),
          },
        ]}
        total={{ label: t(orderTotalLabelKey(order, paid)), value: money(order.totalAmount) }}
      />
      {charged ? (
        <p className="mt-2 font-medium" data-testid="order-charged">
          {t(charged.key, { amount: money(charged.amount) })}
        </p>
      ) : null}
      {order.parts.some((part) => part.postageDue) ? (
        <p className="mt-2 text-sm text-stone-600">{t("orders.totals.postageDueNote")}</p>
      ) : null}
    </section>
  );
}
