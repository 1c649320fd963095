import type { ProductCard as ProductCardData } from "@/lib/catalog/product-card";
import type { FormAction } from "@/lib/forms/form-state";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import type { AddToCartState } from "@/components/cart/add-to-cart-form";
import { ListingAddToCartForm } from "@/components/cart/listing-add-to-cart";
import { listingAddToCartLabels } from "@/components/cart/product-add-to-cart";
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
    <ListingAddToCartForm action={addToCart} labels={listingAddToCartLabels(t)}>
      <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 sm:gap-4 lg:grid-cols-4">
        {products.map((product) => (
          <li key={product.id}>
            <ProductCard product={product} locale={locale} t={t} showShop={showShop} />
          </li>
        ))}
      </ul>
    </ListingAddToCartForm>
  );
}
