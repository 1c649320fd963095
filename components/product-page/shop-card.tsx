import Link from "next/link";
import { RatingSummary } from "@/components/reviews/rating-summary";
import { OpeningStatusBadge } from "@/components/shop-page/opening-status-badge";
import { textLink } from "@/components/ui/styles";
import type { Translate } from "@/lib/i18n/translate";
import type { OpeningStatus } from "@/lib/shops/opening-status";

type ShopCardProps = {
  shop: {
    slug: string;
    name: string;
    trade: string;
    city: string | null;
    logoUrl: string | null;
    /** the shop's published reviews' counters */
    rating: { count: number; sum: number };
  };
  status: OpeningStatus;
  /** already formatted ("1,2 km"), null without a viewer location */
  distance: string | null;
  locale: string;
  t: Translate;
};

/** Who sells the product: logo, name, town, rating, how far, open now, and the way to the shop's page. */
export function ShopCard({ shop, status, distance, locale, t }: ShopCardProps) {
  return (
    <section
      aria-labelledby="shop-card-title"
      className="flex flex-col gap-3 rounded-xl border border-stone-200 bg-white p-4"
    >
      <h2 id="shop-card-title" className="text-sm font-semibold tracking-wide text-stone-600 uppercase">
        {t("productPage.shopCard.title")}
      </h2>
      <div className="flex items-center gap-3">
        {shop.logoUrl ? (
          // eslint-disable-next-line @next/next/no-img-element
          <img
            src={shop.logoUrl}
            alt={t("productPage.shopCard.logo", { shop: shop.name })}
            width={56}
            height={56}
            className="size-14 rounded-full border border-stone-200 object-cover"
          />
        ) : null}
        <div className="flex flex-col">
          <Link href={`/shops/${shop.slug}`} className={`rounded-sm text-lg font-semibold hover:underline`}>
            {shop.name}
          </Link>
          <p className="text-sm text-stone-700">
            {shop.city ? t("shop.tradeInCity", { trade: shop.trade, city: shop.city }) : shop.trade}
          </p>
          <RatingSummary
            sum={shop.rating.sum}
            count={shop.rating.count}
            locale={locale}
            t={t}
            href={`/shops/${shop.slug}#reviews`}
            testId="shop-rating-summary"
          />
          {distance ? (
            <p className="text-sm text-stone-700">{t("productPage.shopCard.distance", { distance })}</p>
          ) : null}
        </div>
      </div>
      <OpeningStatusBadge status={status} locale={locale} t={t} />
      <Link href={`/shops/${shop.slug}`} className={`${textLink} self-start`}>
        {t("productPage.shopCard.visit", { shop: shop.name })}
      </Link>
    </section>
  );
}
