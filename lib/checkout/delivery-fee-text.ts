import type { Translate } from "@/lib/i18n/translate";

// How a delivery fee reads wherever it is shown (cart, checkout, order pages, e-mails): one
// wording for a delivery that costs nothing, so a shop's part and the summary never disagree
// ("Free" in one, "0.00 €" in the other).

export type DeliveryFee = {
  amount: number;
  /** postage paid to the carrier on delivery, outside the total */
  postageDue?: boolean;
};

/** "Free" for nothing to pay, "Postage paid on delivery" when that is why, else the amount. */
export function deliveryFeeText(
  { amount, postageDue = false }: DeliveryFee,
  money: (amount: number) => string,
  t: Translate,
): string {
  if (amount !== 0) return money(amount);
  return postageDue ? t("checkout.review.postageDue") : t("checkout.review.free");
}
