import type { Translate } from "@/lib/i18n/translate";
import { refundLinePrice } from "@/lib/orders/refund-request";
import type { RefundFormLine } from "./refund-form";

type RefundableLine = {
  id: string;
  title: string;
  unitPriceAmount: number;
  quantity: number;
  refundedQuantity: number;
  lineAmount: number;
  finalLineAmount: number | null;
};

/** A line's label: at its unit price, or, an estimated line once priced, at its final amount (refundLinePrice). */
function lineLabel(line: RefundableLine, money: (amount: number) => string, t: Translate): string {
  const price = refundLinePrice(line);
  return price.kind === "final"
    ? t("orders.refund.fields.quantityFinal", {
        title: line.title,
        amount: money(price.amount),
        quantity: line.quantity,
      })
    : t("orders.refund.fields.quantity", { title: line.title, price: money(price.amount) });
}

/**
 * The refund form's lines (docs/domain.md, Refund), the same on the vendor's page and the
 * operator's: those with a quantity left to refund and a price, labelled with what remains.
 */
export function refundFormLines(
  lines: readonly RefundableLine[],
  money: (amount: number) => string,
  t: Translate,
): RefundFormLine[] {
  return lines
    .filter((line) => line.quantity - line.refundedQuantity > 0 && line.unitPriceAmount > 0)
    .map((line) => ({
      id: line.id,
      label: lineLabel(line, money, t),
      hint: t("orders.refund.fields.quantityHint", { max: line.quantity - line.refundedQuantity }),
      refundableQuantity: line.quantity - line.refundedQuantity,
    }));
}
