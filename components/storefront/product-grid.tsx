import type { ProductCard as ProductCardData } from "@/lib/catalog/product-card";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import { ListingAddToCartForm } from "@/components/cart/listing-add-to-cart";
import { listingAddToCartLabels } from "@/components/cart/product-add-to-cart";
import { ProductCard } from "./product-card";

type ProductGridProps = { products: ProductCardData[]; locale: Locale; t: Translate; showShop?: boolean };

export function ProductGrid({ products, locale, t, showShop }: ProductGridProps) {
  return (
    <ListingAddToCartForm labels={listingAddToCartLabels(t)}>
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
