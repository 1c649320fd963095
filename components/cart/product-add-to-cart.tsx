import { primaryButton } from "@/components/ui/styles";
import type { FormAction } from "@/lib/forms/form-state";
import type { Translate } from "@/lib/i18n/translate";
import { AddToCartForm, type AddToCartState } from "./add-to-cart-form";
import { ListingAddToCartButton } from "./listing-add-to-cart";

/** What every "Add to cart" form translates for itself: send it above them (ClientMessages). */
export const ADD_TO_CART_MESSAGES = ["cart.add"] as const;

type ProductAddToCartProps = {
  productId: string;
  soldOut: boolean;
  addToCart: FormAction<AddToCartState>;
  t: Translate;
};

/** The product page's quantity and "Add to cart"; a sold-out product says why it cannot be added. */
export function ProductAddToCart({ productId, soldOut, addToCart, t }: ProductAddToCartProps) {
  if (soldOut) {
    return (
      <div className="flex flex-col gap-2">
        <button
          type="button"
          disabled
          aria-describedby="add-to-cart-unavailable"
          className={`${primaryButton} self-start`}
        >
          {t("cart.add.submit")}
        </button>
        <p id="add-to-cart-unavailable" className="text-sm text-stone-700">
          {t("cart.add.outOfStock")}
        </p>
      </div>
    );
  }
  return <AddToCartForm action={addToCart} productId={productId} />;
}

/** A product card's button in a listing (one unit; nothing when sold out), inside a ListingAddToCartForm. */
export function CardAddToCart({ productId, title, inStock }: { productId: string; title: string; inStock: boolean }) {
  if (!inStock) return null;
  return <ListingAddToCartButton productId={productId} title={title} />;
}
