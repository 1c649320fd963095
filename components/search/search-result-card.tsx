import Link from "next/link";
import { CardAddToCart } from "@/components/cart/product-add-to-cart";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import { formatMoney } from "@/lib/money/format-money";
import { formatDistance } from "@/lib/geo/format-distance";
import type { ProductSearchHit } from "@/lib/search/search-types";
import { focusRing } from "@/components/ui/styles";

type SearchResultCardProps = { hit: ProductSearchHit; locale: Locale; t: Translate };

/** One search result: photo, title (to the product page), price, shop, distance, delivery, stock. */
export function SearchResultCard({ hit, locale, t }: SearchResultCardProps) {
  const price = formatMoney(hit.priceAmount, hit.currency, locale);
  return (
    <article className="relative flex h-full flex-col overflow-hidden rounded-xl border border-stone-200 bg-white">
      <div className="aspect-square bg-stone-100">
        {hit.image ? (
          // Our pictures are served at their final size by /files: a plain lazy <img> is enough here.
          // eslint-disable-next-line @next/next/no-img-element
          <img src={hit.image.url} alt={hit.image.alt} loading="lazy" className="size-full object-cover" />
        ) : null}
      </div>
      <div className="flex flex-1 flex-col gap-1 p-3">
        <h3 className="font-semibold leading-snug">
          <Link href={`/p/${hit.slug}`} className={`rounded-sm hover:underline ${focusRing}`}>
            {hit.title}
          </Link>
        </h3>
        <p className="font-medium text-brand-800">
          {hit.priceUnit ? t("searchPage.card.perUnit", { price, unit: hit.priceUnit }) : price}
          {hit.estimatedPrice ? (
            <span className="ms-2 inline-block rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900">
              {t("searchPage.card.estimatedPrice")}
            </span>
          ) : null}
        </p>
        <p className={`text-sm font-medium ${hit.inStock ? "text-green-800" : "text-stone-600"}`}>
          {hit.inStock ? t("searchPage.card.inStock") : t("searchPage.card.outOfStock")}
        </p>
        <CardAddToCart productId={hit.id} title={hit.title} inStock={hit.inStock} t={t} />
        <div className="mt-auto flex flex-col gap-1 pt-2 text-sm text-stone-700">
          <p className="flex flex-wrap items-baseline gap-x-2">
            <Link href={`/shops/${hit.shop.slug}`} className={`rounded-sm font-medium underline-offset-2 hover:underline ${focusRing}`}>
              {hit.shop.name}
            </Link>
            {hit.distanceKm !== null ? (
              <span className="text-stone-600">{t("searchPage.card.distance", { distance: formatDistance(hit.distanceKm, locale) })}</span>
            ) : null}
          </p>
          {hit.delivery.length > 0 ? (
            <ul aria-label={t("searchPage.card.deliveryModes")} className="flex flex-wrap gap-1">
              {hit.delivery.map((mode) => (
                <li key={mode} className="rounded-full bg-stone-100 px-2 py-0.5 text-xs">
                  {t(`searchPage.delivery.${mode}`)}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      </div>
    </article>
  );
}
