import Link from "next/link";
import { primaryButton } from "@/components/ui/styles";
import type { CartSummary } from "@/lib/cart/summarize-cart";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import { deliveryFeeText } from "@/lib/checkout/delivery-fee-text";
import { formatMoney } from "@/lib/money/format-money";
import { TotalsList } from "@/components/ui/totals-list";

type CartTotalsProps = { summary: CartSummary; currency: string; locale: Locale; t: Translate };

/** The cart's totals and the way to checkout — or why it is not open yet. */
export function CartTotals({ summary, currency, locale, t }: CartTotalsProps) {
  const money = (amount: number) => formatMoney(amount, currency, locale);
  // Nothing known to pay yet while a courier fee waits for the address: not "free".
  const shippingText =
    summary.shippingPending && summary.shippingAmount === 0
      ? t("checkout.totals.undetermined")
      : deliveryFeeText({ amount: summary.shippingAmount, postageDue: summary.postageDue }, money, t);
  const notes = [
    summary.shippingPending ? t("cart.summary.shippingPending") : null,
    summary.postageDue ? t("cart.summary.postageDue") : null,
    summary.estimatedPrices ? t("cart.summary.estimated") : null,
  ].filter((note): note is string => note !== null);
  const blockedText =
    summary.blocked === "PROBLEMS"
      ? t("cart.summary.blockedProblems")
      : summary.blocked === "DELIVERY"
        ? t("cart.summary.blockedDelivery")
        : null;
  return (
    <section
      aria-labelledby="cart-summary"
      className="flex flex-col gap-4 rounded-xl border border-stone-200 bg-white p-4 sm:p-6 lg:sticky lg:top-4"
    >
      <h2 id="cart-summary" className="text-lg font-semibold">
        {t("cart.summary.title")}
      </h2>
      <TotalsList
        rows={[
          { key: "items", label: t("cart.summary.items"), value: money(summary.itemsAmount) },
          { key: "shipping", label: t("cart.summary.shipping"), value: shippingText },
        ]}
        total={{ label: t("cart.summary.total"), value: money(summary.totalAmount) }}
        totalTestId="cart-total"
      />
      {notes.length > 0 ? (
        <ul className="flex flex-col gap-1 text-sm text-stone-700">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
      {blockedText ? (
        <>
          {/* A link cannot be disabled: a disabled button says the same, with the reason tied to it. */}
          <button type="button" disabled aria-describedby="checkout-blocked" className={primaryButton}>
            {t("cart.summary.checkout")}
          </button>
          <p id="checkout-blocked" className="text-sm font-medium text-amber-900">
            {blockedText}
          </p>
        </>
      ) : (
        <Link href="/checkout" className={primaryButton}>
          {t("cart.summary.checkout")}
        </Link>
      )}
    </section>
  );
}
