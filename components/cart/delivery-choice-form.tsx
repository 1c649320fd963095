import { secondaryButton } from "@/components/ui/styles";
import type { ShippingQuote } from "@/lib/checkout/rules/shipping-fee";
import type { CartShopGroup } from "@/lib/cart/load-cart";
import { isSelectable, type ShopSummary } from "@/lib/cart/summarize-cart";
import type { FormAction } from "@/lib/forms/form-state";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import { deliveryFeeText } from "@/lib/checkout/delivery-fee-text";
import { formatMoney } from "@/lib/money/format-money";
import { CartActionForm } from "./cart-action-form";

type DeliveryChoiceFormProps = {
  group: CartShopGroup;
  summary: ShopSummary;
  action: FormAction;
  locale: Locale;
  t: Translate;
};

function addressOf(group: CartShopGroup): string | null {
  const city = [group.address.postalCode, group.address.city].filter(Boolean).join(" ");
  const parts = [group.address.line, city].filter(Boolean);
  return parts.length > 0 ? parts.join(", ") : null;
}

/** What the shopper should know about one method: its fee, or why its fee is not known yet. */
function OptionDetails({
  quote,
  group,
  locale,
  t,
}: {
  quote: ShippingQuote;
  group: CartShopGroup;
  locale: Locale;
  t: Translate;
}) {
  const money = (amount: number) => formatMoney(amount, group.lines[0]?.currency ?? "EUR", locale);
  const km = group.policy.courierRadiusKm ?? 0;
  const threshold = group.policy.freeShippingThresholdAmount;
  const details: string[] = [];
  if (quote.method === "CLICK_AND_COLLECT") {
    const address = addressOf(group);
    if (address) details.push(t("cart.delivery.pickupAddress", { address }));
    if (group.pickupInstructions)
      details.push(t("cart.delivery.pickupInstructions", { instructions: group.pickupInstructions }));
  }
  if (!quote.available) {
    if (quote.reason === "ADDRESS_NEEDED") details.push(t("cart.delivery.courierAddressNeeded", { km }));
    else if (quote.reason === "OUT_OF_RADIUS") details.push(t("cart.delivery.courierOutOfRadius", { km }));
    else details.push(t("cart.delivery.notShippable"));
  } else {
    if (quote.method === "LOCAL_COURIER") details.push(t("cart.delivery.courierFromLocation"));
    if (quote.postageDue) details.push(t("cart.delivery.postageDue"));
    else if (quote.freeByThreshold && threshold !== null)
      details.push(t("cart.delivery.freeByThreshold", { threshold: money(threshold) }));
    else if (quote.feeAmount > 0 && threshold !== null)
      details.push(t("cart.delivery.freeFrom", { threshold: money(threshold) }));
  }
  const fee = quote.available && !quote.postageDue ? deliveryFeeText({ amount: quote.feeAmount }, money, t) : null;
  return (
    <>
      <span className="flex flex-wrap justify-between gap-x-3">
        <span className="font-medium">{t(`cart.delivery.method.${quote.method}`)}</span>
        {fee ? <span className="font-medium">{fee}</span> : null}
      </span>
      {details.map((detail) => (
        <span key={detail} className="block text-sm text-stone-700">
          {detail}
        </span>
      ))}
    </>
  );
}

/** The shop's delivery methods as radio buttons (methods it does not offer are left out). */
export function DeliveryChoiceForm({ group, summary, action, locale, t }: DeliveryChoiceFormProps) {
  if (summary.options.length === 0) {
    return (
      <p className="rounded-lg bg-amber-50 px-3 py-2 text-sm font-medium text-amber-900">{t("cart.delivery.none")}</p>
    );
  }
  const missing = summary.delivery.kind === "NOT_CHOSEN" || summary.delivery.kind === "INVALID";
  const hintId = `delivery-${group.shopId}-missing`;
  return (
    <CartActionForm
      action={action}
      submitLabel={t("cart.delivery.choose")}
      pendingLabel={t("cart.delivery.choosing")}
      submitClassName={`${secondaryButton} self-start`}
      className="flex flex-col gap-3"
      showSuccess
      submitOnChange
    >
      <input type="hidden" name="shopId" value={group.shopId} />
      <fieldset className="flex flex-col gap-2" aria-describedby={missing ? hintId : undefined}>
        <legend className="mb-2 font-semibold">{t("cart.delivery.legend")}</legend>
        {missing ? (
          <p id={hintId} className="text-sm font-medium text-amber-900">
            {t("cart.delivery.missing")}
          </p>
        ) : null}
        {summary.options.map((quote) => {
          const id = `delivery-${group.shopId}-${quote.method}`;
          const selectable = isSelectable(quote);
          return (
            <label
              key={quote.method}
              htmlFor={id}
              className={`flex gap-3 rounded-lg border border-stone-200 bg-white p-3 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50 ${selectable ? "cursor-pointer" : "opacity-70"}`}
            >
              <input
                id={id}
                type="radio"
                name="method"
                value={quote.method}
                disabled={!selectable}
                defaultChecked={group.deliveryMethod === quote.method}
                required
                className="mt-1 size-4 shrink-0 accent-brand-700"
              />
              <span className="flex-1">
                <OptionDetails quote={quote} group={group} locale={locale} t={t} />
              </span>
            </label>
          );
        })}
      </fieldset>
    </CartActionForm>
  );
}
