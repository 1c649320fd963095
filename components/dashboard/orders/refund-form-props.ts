import type { Translate } from "@/lib/i18n/translate";
import { refundLinePrice } from "@/lib/orders/refund-request";
import type { RefundFormLabels, RefundFormLine } from "./refund-form";

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

/** The refund form's words, `remaining` being what may still be refunded of the part (the title differs per page). */
export function refundFormLabels(t: Translate, remaining: string, title: string): RefundFormLabels {
  return {
    title,
    text: t("orders.refund.text"),
    remaining: t("orders.refund.remaining", { amount: remaining }),
    reason: t("orders.refund.fields.reason"),
    reasonHint: t("orders.refund.fields.reasonHint"),
    mode: t("orders.refund.fields.mode"),
    modeAll: t("orders.refund.fields.modeAll", { amount: remaining }),
    modeAmount: t("orders.refund.fields.modeAmount"),
    modeLines: t("orders.refund.fields.modeLines"),
    amount: t("orders.refund.fields.amount"),
    amountHint: t("orders.refund.fields.amountHint", { amount: remaining }),
    submit: t("orders.refund.submit"),
    pending: t("orders.refund.pending"),
    confirmTitle: t("orders.refund.confirmTitle", { amount: "{amount}" }),
    confirmText: t("orders.refund.confirmText"),
    confirmSubmit: t("orders.refund.confirmSubmit", { amount: "{amount}" }),
    back: t("orders.refund.back"),
    summaryReason: t("orders.refund.summaryReason"),
  };
}
