import type { Translate } from "@/lib/i18n/translate";
import { formatMoney } from "@/lib/money/format-money";
import type { FinalPriceSummary } from "@/lib/orders/rules/final-prices";

/**
 * What the final prices of a part's estimated lines changed (docs/domain.md, estimated prices): the
 * difference refunded, or what is settled at the counter. Nothing before they are priced, or when
 * the final prices equal the estimate.
 */
export function FinalPriceNote({
  summary,
  currency,
  locale,
  t,
}: {
  summary: FinalPriceSummary | null;
  currency: string;
  locale: string;
  t: Translate;
}) {
  if (!summary || (summary.refundAmount === 0 && summary.settleAmount === 0)) return null;
  const money = (amount: number) => formatMoney(amount, currency, locale);
  return (
    <p className="mt-3 rounded-lg bg-amber-50 p-3 text-amber-950">
      {summary.refundAmount > 0
        ? t("orders.finalPrices.refunded", { amount: money(summary.refundAmount) })
        : t("orders.finalPrices.toSettle", { amount: money(summary.settleAmount) })}
    </p>
  );
}
