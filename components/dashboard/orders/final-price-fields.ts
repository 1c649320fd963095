import type { TransitionField } from "@/components/orders/transition-form";
import type { Translate } from "@/lib/i18n/translate";
import { formatMoney } from "@/lib/money/format-money";
import type { ShopOrderDetail } from "@/lib/orders/get-shop-order";
import { finalAmountField } from "@/lib/orders/rules/final-prices";

/**
 * One price field per estimated line still to price, for the forms where the goods leave (ship,
 * hand over, make available: docs/domain.md, estimated prices), labelled with the estimate and the
 * most the vendor may enter.
 */
export function finalPriceFields(
  part: Pick<ShopOrderDetail, "pendingFinalPrices" | "currency" | "deliveryMethod">,
  locale: string,
  t: Translate,
): TransitionField[] {
  const money = (amount: number) => formatMoney(amount, part.currency, locale);
  const hint = part.deliveryMethod === "CLICK_AND_COLLECT" ? "fieldHintCollect" : "fieldHint";
  return part.pendingFinalPrices.map((line) => ({
    kind: "text",
    name: finalAmountField(line.id),
    label: t("orders.finalPrices.field", { title: line.title }),
    hint: t(`orders.finalPrices.${hint}`, { estimate: money(line.estimatedAmount), max: money(line.maxAmount) }),
    required: true,
    maxLength: 20,
  }));
}
