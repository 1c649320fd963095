import Link from "next/link";
import type { Translate } from "@/lib/i18n/translate";
import type { ApprovedShopSummary } from "@/lib/shops/list-approved-shops";
import { RatingSummary } from "@/components/reviews/rating-summary";
import { PremiumBadge } from "./premium-badge";

/** Approved shops as cards; each links to its shop page. */
export function ShopList({ shops, locale, t }: { shops: ApprovedShopSummary[]; locale: string; t: Translate }) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {shops.map((shop) => (
        <li key={shop.id}>
          <Link
            href={`/shops/${shop.slug}`}
            className="block h-full rounded-xl border border-stone-200 bg-white p-4 hover:border-brand-600 hover:shadow-sm"
          >
            <span className="flex flex-wrap items-center gap-2">
              <span className="text-lg font-semibold">{shop.name}</span>
              {shop.premium ? <PremiumBadge label={t("discovery.shops.premiumBadge")} /> : null}
            </span>
            <span className="mt-1 block text-sm text-stone-600">
              {shop.city ? t("shop.tradeInCity", { trade: shop.trade, city: shop.city }) : shop.trade}
            </span>
            <RatingSummary
              sum={shop.rating.sum}
              count={shop.rating.count}
              locale={locale}
              t={t}
              testId="shop-rating-summary"
            />
          </Link>
        </li>
      ))}
    </ul>
  );
}
