import Link from "next/link";
import type { CartShopGroup } from "@/lib/cart/load-cart";
import type { ShopSummary } from "@/lib/cart/summarize-cart";
import type { Locale } from "@/lib/i18n/config";
import type { FormAction } from "@/lib/forms/form-state";
import type { Translate } from "@/lib/i18n/translate";
import { deliveryFeeText } from "@/lib/checkout/delivery-fee-text";
import { formatMoney } from "@/lib/money/format-money";
import { CartLineItem, type CartLineActions } from "./cart-line-item";
import { DeliveryChoiceForm } from "./delivery-choice-form";
import { ShopNoteForm } from "./shop-note-form";

/** The cart page's server actions, passed down by the page (components import no action). */
export type CartActions = CartLineActions & { setDelivery: FormAction; setNote: FormAction };

type ShopCartSectionProps = {
  group: CartShopGroup;
  actions: CartActions;
  summary: ShopSummary;
  currency: string;
  locale: Locale;
  t: Translate;
};

/** One shop's part of the cart: its lines, the delivery method, the note and the subtotal. */
export function ShopCartSection({ group, actions, summary, currency, locale, t }: ShopCartSectionProps) {
  const money = (amount: number) => formatMoney(amount, currency, locale);
  const { delivery } = summary;
  const deliveryText =
    delivery.kind === "PRICED"
      ? delivery.postageDue
        ? t("cart.subtotal.postageDue")
        : deliveryFeeText({ amount: delivery.feeAmount }, money, t)
      : delivery.kind === "AT_CHECKOUT"
        ? t("cart.subtotal.deliveryAtCheckout")
        : t("cart.subtotal.deliveryNotChosen");
  return (
    <section
      aria-label={t("cart.shop.label", { shop: group.shopName })}
      className="rounded-xl border border-stone-200 bg-white p-4 sm:p-6"
    >
      <h2 className="text-lg font-semibold">
        <Link href={`/shops/${group.shopSlug}`} className="rounded-sm hover:underline">
          {group.shopName}
        </Link>
      </h2>
      <ul className="mt-2 divide-y divide-stone-200">
        {group.lines.map((line) => (
          <CartLineItem key={line.id} line={line} actions={actions} locale={locale} t={t} />
        ))}
      </ul>
      <div className="mt-4 grid gap-6 border-t border-stone-200 pt-4 md:grid-cols-2">
        <DeliveryChoiceForm group={group} summary={summary} action={actions.setDelivery} locale={locale} t={t} />
        <ShopNoteForm group={group} action={actions.setNote} t={t} />
      </div>
      <dl className="mt-4 flex flex-col gap-1 border-t border-stone-200 pt-4 text-sm">
        <div className="flex justify-between gap-4">
          <dt>{t("cart.subtotal.items")}</dt>
          <dd>{money(group.itemsAmount)}</dd>
        </div>
        <div className="flex justify-between gap-4">
          <dt>{t("cart.subtotal.delivery")}</dt>
          <dd>{deliveryText}</dd>
        </div>
        <div className="flex justify-between gap-4 text-base font-semibold">
          <dt>{t("cart.subtotal.total", { shop: group.shopName })}</dt>
          <dd>{money(summary.subtotalAmount)}</dd>
        </div>
      </dl>
    </section>
  );
}
