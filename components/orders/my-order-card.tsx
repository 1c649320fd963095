import Link from "next/link";
import { textLink } from "@/components/ui/styles";
import type { Translate } from "@/lib/i18n/translate";
import { formatMoney } from "@/lib/money/format-money";
import type { MyOrderSummary } from "@/lib/orders/list-my-orders";
import { ShopOrderStatusBadge } from "./shop-order-status-badge";
import { progressMessageKey } from "@/lib/payments/capture-rules";

type Props = { order: MyOrderSummary; locale: string; t: Translate; headingLevel?: "h2" | "h3" };

/** One of the shopper's orders in a list: number (to its page), date, payment status, total, each shop's part. */
export function MyOrderCard({ order, locale, t, headingLevel = "h2" }: Props) {
  const Heading = headingLevel;
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "long" });
  return (
    <article className="rounded-xl border border-stone-200 bg-white p-4 sm:p-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <Heading className="text-lg font-semibold">
          <Link href={`/account/orders/${order.id}`} className={textLink}>
            {t("orders.account.orderTitle", { number: order.number })}
          </Link>
        </Heading>
        <span className="font-medium tabular-nums">
          {t("orders.account.total", { amount: formatMoney(order.totalAmount, order.currency, locale) })}
        </span>
      </div>
      <p className="text-stone-600">
        {t("orders.account.placedOn", { date: date.format(order.createdAt) })} ·{" "}
        {t(progressMessageKey(order.progress, order.payment))}
      </p>
      <ul className="mt-3 grid gap-2">
        {order.parts.map((part) => (
          <li
            key={part.id}
            className="flex flex-wrap items-center justify-between gap-2 border-t border-stone-100 pt-2"
          >
            <span>
              <span className="font-medium">{part.shopName}</span>
              <span className="ms-2 text-stone-600">{t(`orders.deliveryMethod.${part.deliveryMethod}`)}</span>
            </span>
            <ShopOrderStatusBadge status={part.status} t={t} />
          </li>
        ))}
      </ul>
    </article>
  );
}
