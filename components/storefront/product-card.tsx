import Link from "next/link";
import { CardAddToCart } from "@/components/cart/product-add-to-cart";
import type { ProductCard as ProductCardData } from "@/lib/catalog/product-card";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import { formatMoney } from "@/lib/money/format-money";
import { PremiumBadge } from "./premium-badge";

type ProductCardProps = { product: ProductCardData; locale: Locale; t: Translate; showShop?: boolean };

export function ProductCard({ product, locale, t, showShop = true }: ProductCardProps) {
  const price = formatMoney(product.priceAmount, product.currency, locale);
  return (
    <article className="relative flex h-full flex-col overflow-hidden rounded-xl border border-stone-200 bg-white">
      <div className="aspect-square bg-stone-100">
        {product.image ? (
          // Images come from our own /files route or a bucket, at their final size: plain <img> is enough.
          // eslint-disable-next-line @next/next/no-img-element
          <img src={product.image.url} alt={product.image.alt} loading="lazy" className="size-full object-cover" />
        ) : null}
      </div>
      <div className="flex flex-1 flex-col gap-1 p-3">
        <h3 className="leading-snug font-semibold">
          {/* The title's link covers the card (photo included) through its ::after; the shop link sits above it. */}
          <Link href={`/p/${product.slug}`} className="rounded-sm after:absolute after:inset-0 hover:underline">
            {product.title}
          </Link>
        </h3>
        <p className="font-medium text-brand-800">
          {product.estimatedPrice ? (
            <span className="block text-xs font-normal text-stone-600">{t("product.estimatedPrice")}</span>
          ) : null}
          {product.priceUnit ? t("product.perUnit", { price, unit: product.priceUnit }) : price}
        </p>
        {product.inStock ? null : (
          <p className="w-fit rounded-full bg-stone-200 px-2 py-0.5 text-xs font-medium">{t("product.outOfStock")}</p>
        )}
        <div className="pt-1">
          <CardAddToCart productId={product.id} title={product.title} inStock={product.inStock} />
        </div>
        {showShop ? (
          <p className="mt-auto flex flex-wrap items-center gap-x-2 gap-y-1 pt-2 text-sm text-stone-600">
            <Link href={`/shops/${product.shop.slug}`} className="relative z-10 rounded-sm hover:underline">
              {t("product.soldBy", { shop: product.shop.name })}
            </Link>
            {product.shop.premium ? <PremiumBadge label={t("productList.premiumBadge")} /> : null}
          </p>
        ) : null}
      </div>
    </article>
  );
}
