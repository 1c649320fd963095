import type { ProductCard as ProductCardData } from "@/lib/catalog/product-card";
import type { FormAction } from "@/lib/forms/form-state";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import type { AddToCartState } from "@/components/cart/add-to-cart-form";
import { ListingAddToCartForm } from "@/components/cart/listing-add-to-cart";
import { ADD_TO_CART_MESSAGES } from "@/components/cart/product-add-to-cart";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ProductCard } from "./product-card";

type ProductGridProps = {
  products: ProductCardData[];
  /** the cards' "Add to cart" (the cart's server action, passed by the page) */
  addToCart: FormAction<AddToCartState>;
  locale: Locale;
  t: Translate;
  showShop?: boolean;
};

export function ProductGrid({ products, addToCart, locale, t, showShop }: ProductGridProps) {
  return (
    <ClientMessages locale={locale} namespaces={ADD_TO_CART_MESSAGES}>
      <ListingAddToCartForm action={addToCart}>
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 sm:gap-4 lg:grid-cols-4">
          {products.map((product) => (
            <li key={product.id}>
              <ProductCard product={product} locale={locale} t={t} showShop={showShop} />
            </li>
          ))}
        </ul>
      </ListingAddToCartForm>
    </ClientMessages>
  );
}
