import type { Translate } from "@/lib/i18n/translate";
import { formatMoney } from "@/lib/money/format-money";
import type { OrderDetail } from "@/lib/orders/order-detail";

/** The order's totals: items, delivery, grand total; says when some postage is paid on delivery. */
export function OrderTotals({ order, locale, t, paid }: { order: OrderDetail; locale: string; t: Translate; paid: boolean }) {
  const money = (amount: number) => formatMoney(amount, order.currency, locale);
  return (
    <section aria-labelledby="order-totals" className="rounded-xl border border-stone-200 bg-white p-4 sm:p-6">
      <h2 id="order-totals" className="mb-3 text-lg font-semibold">
        {t("orders.totals.title")}
      </h2>
      <dl className="grid gap-1">
        <div className="flex justify-between gap-2">
          <dt>{t("orders.totals.items")}</dt>
          <dd className="tabular-nums">{money(order.itemsAmount)}</dd>
        </div>
        <div className="flex justify-between gap-2">
          <dt>{t("orders.totals.shipping")}</dt>
          <dd className="tabular-nums">{money(order.shippingAmount)}</dd>
        </div>
        <div className="flex justify-between gap-2 border-t border-stone-200 pt-2 text-lg font-bold">
          <dt>{t(paid ? "orders.totals.total" : "orders.totals.totalDue")}</dt>
          <dd className="tabular-nums">{money(order.totalAmount)}</dd>
        </div>
      </dl>
      {order.parts.some((part) => part.postageDue) ? <p className="mt-2 text-sm text-stone-600">{t("orders.totals.postageDueNote")}</p> : null}
    </section>
  );
}
