import Link from "next/link";
import type { CartLineView } from "@/lib/cart/load-cart";
import type { FormAction } from "@/lib/forms/form-state";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import { formatMoney } from "@/lib/money/format-money";
import { CartActionForm } from "./cart-action-form";
import { LineQuantityForm } from "./line-quantity-form";

/** A cart line's server actions, passed down by the cart page. */
export type CartLineActions = { updateLine: FormAction; removeLine: FormAction };

type CartLineItemProps = { line: CartLineView; actions: CartLineActions; locale: Locale; t: Translate };

/** One line of the cart: photo, title, unit price, what is wrong with it, quantity, removal, amount. */
export function CartLineItem({ line, actions, locale, t }: CartLineItemProps) {
  const unit = formatMoney(line.unitPriceAmount, line.currency, locale);
  const price = line.priceUnit ? t("product.perUnit", { price: unit, unit: line.priceUnit }) : unit;
  const problemId = `problem-${line.id}`;
  return (
    <li className="flex gap-3 py-4" aria-describedby={line.problem ? problemId : undefined}>
      <div className="size-20 shrink-0 overflow-hidden rounded-lg bg-stone-100 sm:size-24">
        {line.imageUrl ? (
          // Our own /files pictures, already at their final size: a plain lazy <img>.
          // eslint-disable-next-line @next/next/no-img-element
          <img
            src={line.imageUrl}
            alt={line.imageAlt || t("cart.line.photo", { title: line.title })}
            loading="lazy"
            className="size-full object-cover"
          />
        ) : null}
      </div>
      <div className="flex min-w-0 flex-1 flex-col gap-2">
        <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
          <h3 className="leading-snug font-semibold">
            <Link href={`/p/${line.slug}`} className="rounded-sm hover:underline">
              {line.title}
            </Link>
          </h3>
          <p className="font-semibold">
            {t("cart.line.amount", { amount: formatMoney(line.lineAmount, line.currency, locale) })}
          </p>
        </div>
        <p className="text-sm text-stone-700">
          {t("cart.line.unitPrice", { price })}
          {line.estimatedPrice ? <span className="mt-0.5 block text-stone-600">{t("cart.line.estimated")}</span> : null}
        </p>
        {line.problem ? (
          <p id={problemId} className="w-fit rounded-lg bg-amber-50 px-2 py-1 text-sm font-medium text-amber-900">
            {t(`cart.line.problem.${line.problem}`, { available: line.stockAvailable ?? 0 })}
          </p>
        ) : null}
        <div className="flex flex-wrap items-start gap-x-4 gap-y-2">
          <LineQuantityForm action={actions.updateLine} lineId={line.id} quantity={line.quantity} title={line.title} />
          <CartActionForm
            action={actions.removeLine}
            submitLabel={t("cart.line.remove")}
            submitAriaLabel={t("cart.line.removeOf", { title: line.title })}
            submitClassName="min-h-11 rounded-lg px-2 text-sm font-medium text-red-800 underline underline-offset-2 hover:bg-red-50"
          >
            <input type="hidden" name="lineId" value={line.id} />
          </CartActionForm>
        </div>
      </div>
    </li>
  );
}
