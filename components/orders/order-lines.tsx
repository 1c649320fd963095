import type { Translate } from "@/lib/i18n/translate";
import { formatMoney } from "@/lib/money/format-money";
import type { OrderLineView } from "@/lib/orders/order-detail";

/** The lines of one shop part: title, quantity × unit price, line amount. */
export function OrderLines({
  lines,
  currency,
  locale,
  t,
}: {
  lines: OrderLineView[];
  currency: string;
  locale: string;
  t: Translate;
}) {
  return (
    <ul aria-label={t("orders.part.linesLabel")} className="divide-y divide-stone-200">
      {lines.map((line) => (
        <li key={line.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2">
          <span>
            <span className="font-medium">{line.title}</span>
            <span className="ms-2 text-stone-600">
              {t("orders.part.lineQuantity", {
                quantity: line.quantity,
                price: formatMoney(line.unitPriceAmount, currency, locale),
              })}
            </span>
            {line.estimatedPrice ? (
              <span className="block text-sm text-stone-600">
                {line.finalLineAmount === null
                  ? t("orders.part.estimated")
                  : t("orders.finalPrices.lineFinal", {
                      final: formatMoney(line.finalLineAmount, currency, locale),
                      estimate: formatMoney(line.lineAmount, currency, locale),
                    })}
              </span>
            ) : null}
          </span>
          <span className="font-medium tabular-nums">{formatMoney(line.lineAmount, currency, locale)}</span>
        </li>
      ))}
    </ul>
  );
}
