import Link from "next/link";
import { textLink } from "@/components/ui/styles";
import type { CheckoutTotals } from "@/lib/checkout/checkout-totals";
import { deliveryFeeText } from "@/lib/checkout/delivery-fee-text";
import type { Translate } from "@/lib/i18n/translate";
import { formatMoney } from "@/lib/money/format-money";
import { TotalsList } from "@/components/ui/totals-list";

type Props = { totals: CheckoutTotals; currency: string; locale: string; t: Translate };

/** The review by shop: lines, the delivery method chosen in the cart and its fee, the note. */
export function CheckoutReview({ totals, currency, locale, t }: Props) {
  const money = (amount: number) => formatMoney(amount, currency, locale);
  return (
    <div className="flex flex-col gap-4">
      {totals.parts.map(({ group, quote, deliveryProblem, deliveryFeeAmount }) => (
        <article
          key={group.shopId}
          aria-labelledby={`shop-${group.shopId}`}
          className="rounded-xl border border-stone-200 bg-white p-4"
        >
          <h3 id={`shop-${group.shopId}`} className="text-lg font-semibold">
            {group.shopName}
          </h3>
          <ul className="mt-3 flex flex-col gap-2">
            {group.lines.map((line) => (
              <li key={line.id} className="flex flex-wrap items-baseline justify-between gap-x-4">
                <span>
                  <span className="font-medium">{line.title}</span>
                  <span className="ms-2 text-sm text-stone-600">
                    {t("checkout.review.quantity", { quantity: line.quantity })}
                  </span>
                  {line.estimatedPrice ? (
                    <span className="ms-2 text-sm text-stone-600">{t("checkout.review.estimated")}</span>
                  ) : null}
                  {line.problem ? (
                    <span className="block text-sm font-medium text-red-700">
                      {t(`checkout.review.lineProblems.${line.problem}`, { count: line.stockAvailable ?? 0 })}
                    </span>
                  ) : null}
                </span>
                <span className="tabular-nums">{money(line.lineAmount)}</span>
              </li>
            ))}
          </ul>
          <div className="mt-3 border-t border-stone-100 pt-3 text-sm">
            {deliveryProblem && deliveryProblem !== "METHOD_MISSING" && group.deliveryMethod ? (
              <p className="font-medium">
                {t("checkout.review.delivery", { method: t(`checkout.review.methods.${group.deliveryMethod}`) })}
              </p>
            ) : null}
            {deliveryProblem ? (
              <p className="font-medium text-red-700">{t(`checkout.review.problems.${deliveryProblem}`)}</p>
            ) : quote ? (
              <>
                <p className="flex justify-between gap-4 font-medium">
                  <span>{t("checkout.review.delivery", { method: t(`checkout.review.methods.${quote.method}`) })}</span>
                  <span className="tabular-nums">
                    {deliveryFeeText({ amount: deliveryFeeAmount, postageDue: quote.postageDue }, money, t)}
                  </span>
                </p>
                {quote.freeByThreshold ? (
                  <p className="text-stone-600">{t("checkout.review.freeByThreshold")}</p>
                ) : null}
                {quote.method === "CLICK_AND_COLLECT" ? (
                  <p className="text-stone-600">
                    {t("checkout.review.pickupAt", {
                      address: [group.address.line, group.address.postalCode, group.address.city]
                        .filter(Boolean)
                        .join(", "),
                    })}
                    {group.pickupInstructions ? ` — ${group.pickupInstructions}` : ""}
                  </p>
                ) : null}
              </>
            ) : null}
            {group.note ? (
              <p className="mt-1 text-stone-700">{t("checkout.review.note", { note: group.note })}</p>
            ) : null}
          </div>
        </article>
      ))}
      <p>
        <Link href="/cart" className={textLink}>
          {t("checkout.review.change")}
        </Link>
      </p>
    </div>
  );
}

/**
 * Items, shipping per shop, the grand total; postage paid on delivery stated plainly. A fee is "to
 * be determined" only while the courier waits for the address; a method refused here is
 * "unavailable" (the refusal is said beside "Pay").
 */
export function CheckoutTotalsTable({ totals, currency, locale, t }: Props) {
  const money = (amount: number) => formatMoney(amount, currency, locale);
  const shippingText = (part: CheckoutTotals["parts"][number]) => {
    if (part.deliveryProblem === "ADDRESS_NEEDED") return t("checkout.totals.undetermined");
    if (part.deliveryProblem) return t("checkout.totals.unavailable");
    return deliveryFeeText({ amount: part.deliveryFeeAmount, postageDue: part.quote?.postageDue }, money, t);
  };
  return (
    <div>
      <TotalsList
        rows={[
          { key: "items", label: t("checkout.totals.items"), value: money(totals.itemsAmount) },
          ...totals.parts.map((part) => ({
            key: part.group.shopId,
            label: t("checkout.totals.shippingFor", { shop: part.group.shopName }),
            value: shippingText(part),
            muted: true,
          })),
        ]}
        total={{ label: t("checkout.totals.total"), value: money(totals.totalAmount) }}
      />
      {totals.postageDue ? <p className="mt-2 text-sm text-stone-700">{t("checkout.totals.postageDue")}</p> : null}
    </div>
  );
}
