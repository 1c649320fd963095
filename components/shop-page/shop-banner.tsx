import { PremiumBadge } from "@/components/storefront/premium-badge";
import type { Translate } from "@/lib/i18n/translate";

type ShopBannerProps = {
  name: string;
  bannerUrl: string | null;
  logoUrl: string | null;
  /** the shop's plan is premium: a badge in the banner's corner */
  premium?: boolean;
  t: Translate;
};

/** The shop's banner (a neutral band when it has none) with its logo overlapping the bottom edge. */
export function ShopBanner({ name, bannerUrl, logoUrl, premium = false, t }: ShopBannerProps) {
  return (
    <div className="relative mb-10 sm:mb-12">
      <div className="h-32 overflow-hidden rounded-xl bg-gradient-to-r from-brand-100 via-stone-100 to-brand-50 sm:h-48 lg:h-56">
        {bannerUrl ? (
          // Our own /files images, already resized on upload: plain <img> is enough. Decorative.
          // eslint-disable-next-line @next/next/no-img-element
          <img src={bannerUrl} alt="" className="size-full object-cover" />
        ) : null}
      </div>
      {premium ? (
        <PremiumBadge label={t("shopPage.premiumBadge")} className="absolute end-3 top-3 text-sm shadow-sm" />
      ) : null}
      {logoUrl ? (
        <div className="absolute start-4 -bottom-8 size-20 overflow-hidden rounded-xl border-4 border-stone-50 bg-white shadow-sm sm:-bottom-10 sm:size-24">
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img src={logoUrl} alt={t("shopPage.logoAlt", { shop: name })} className="size-full object-cover" />
        </div>
      ) : null}
    </div>
  );
}
