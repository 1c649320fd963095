import type { Translate } from "@/lib/i18n/translate";
import { deliveryFeeText } from "@/lib/checkout/delivery-fee-text";
import { formatMoney } from "@/lib/money/format-money";
import type { OrderPartView } from "@/lib/orders/order-detail";
import { FinalPriceNote } from "./final-price-note";
import { OrderLines } from "./order-lines";
import { ShopOrderStatusBadge } from "./shop-order-status-badge";

type Props = { part: OrderPartView; currency: string; locale: string; t: Translate; headingLevel?: "h2" | "h3" };

/** One shop's part of an order, as its shopper sees it: status, delivery, pickup place, lines, fees. */
export function OrderPartCard({ part, currency, locale, t, headingLevel = "h2" }: Props) {
  const Heading = headingLevel;
  const money = (amount: number) => formatMoney(amount, currency, locale);
  const headingId = `part-${part.id}`;
  return (
    <section aria-labelledby={headingId} className="rounded-xl border border-stone-200 bg-white p-4 sm:p-6">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <Heading id={headingId} className="text-lg font-semibold">
          {t("orders.part.shopTitle", { shop: part.shopName })}
        </Heading>
        <ShopOrderStatusBadge status={part.status} t={t} />
      </div>
      <dl className="mb-3 grid gap-1 text-stone-700">
        <div className="flex flex-wrap gap-x-2">
          <dt className="font-medium">{t("orders.part.delivery")}</dt>
          <dd>{t(`orders.deliveryMethod.${part.deliveryMethod}`)}</dd>
        </div>
      </dl>
      {part.pickupAddress ? <p className="mb-1">{t("orders.part.pickupAt", { address: part.pickupAddress })}</p> : null}
      {part.pickupInstructions ? (
        <p className="mb-3 text-stone-700">
          {t("orders.part.pickupInstructions", { instructions: part.pickupInstructions })}
        </p>
      ) : null}
      {part.note ? <p className="mb-3 text-stone-700">{t("orders.part.note", { note: part.note })}</p> : null}
      <OrderLines lines={part.lines} currency={currency} locale={locale} t={t} />
      <dl className="mt-3 grid gap-1 border-t border-stone-200 pt-3">
        <div className="flex justify-between gap-2">
          <dt>{t("orders.part.items")}</dt>
          <dd className="tabular-nums">{money(part.itemsAmount)}</dd>
        </div>
        <div className="flex justify-between gap-2">
          <dt>{t("orders.part.deliveryFee")}</dt>
          <dd className="tabular-nums">
            {part.postageDue
              ? t("orders.part.postageDue")
              : deliveryFeeText({ amount: part.deliveryFeeAmount }, money, t)}
          </dd>
        </div>
        <div className="flex justify-between gap-2 font-semibold">
          <dt>{t("orders.part.subtotal")}</dt>
          <dd className="tabular-nums">{money(part.itemsAmount + part.deliveryFeeAmount)}</dd>
        </div>
      </dl>
      <FinalPriceNote summary={part.finalPrices} currency={currency} locale={locale} t={t} />
    </section>
  );
}
