import Link from "next/link";
import type { DirectoryShop } from "@/lib/discovery/list-nearby-shops";
import { formatDistance } from "@/lib/geo/format-distance";
import type { Translate } from "@/lib/i18n/translate";
import { PremiumBadge } from "@/components/storefront/premium-badge";
import { RatingSummary } from "@/components/reviews/rating-summary";

/** Shop cards with logo, trade, town, rating, distance, an open/closed badge and a premium badge. */
export function ShopDirectoryList({ shops, locale, t }: { shops: DirectoryShop[]; locale: string; t: Translate }) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {shops.map((shop) => (
        <li key={shop.id}>
          <Link
            href={`/shops/${shop.slug}`}
            className="flex h-full items-start gap-3 rounded-xl border border-stone-200 bg-white p-4 hover:border-brand-600 hover:shadow-sm"
          >
            {shop.logoUrl ? (
              // eslint-disable-next-line @next/next/no-img-element -- small logos already resized at upload
              <img
                src={shop.logoUrl}
                alt=""
                width={56}
                height={56}
                loading="lazy"
                className="size-14 shrink-0 rounded-lg border border-stone-200 object-cover"
              />
            ) : (
              <span
                aria-hidden="true"
                className="flex size-14 shrink-0 items-center justify-center rounded-lg bg-brand-50 text-xl font-bold text-brand-800"
              >
                {shop.name.slice(0, 1)}
              </span>
            )}
            <span className="flex min-w-0 flex-col gap-1">
              <span className="flex flex-wrap items-center gap-2">
                <span className="text-lg font-semibold">{shop.name}</span>
                {shop.premium ? <PremiumBadge label={t("discovery.shops.premiumBadge")} /> : null}
              </span>
              <span className="text-sm text-stone-600">
                {shop.city ? t("shop.tradeInCity", { trade: shop.trade, city: shop.city }) : shop.trade}
              </span>
              <RatingSummary
                sum={shop.rating.sum}
                count={shop.rating.count}
                locale={locale}
                t={t}
                testId="shop-rating-summary"
              />
              <span className="flex flex-wrap items-center gap-2 text-sm">
                {shop.distanceKm !== null ? (
                  <span className="font-medium text-stone-800" data-testid="shop-distance">
                    {t("discovery.shops.distance", { distance: formatDistance(shop.distanceKm, locale) })}
                  </span>
                ) : null}
                {shop.openNow !== null ? (
                  <span
                    className={`rounded-full px-2 py-0.5 font-semibold ${shop.openNow ? "bg-green-100 text-green-900" : "bg-stone-200 text-stone-800"}`}
                  >
                    {shop.openNow ? t("discovery.shops.openBadge") : t("discovery.shops.closedBadge")}
                  </span>
                ) : null}
              </span>
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
