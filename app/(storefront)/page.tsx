import { cookies } from "next/headers";
import Link from "next/link";
import { LocationPrompt } from "@/components/discovery/location-prompt";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ShopDirectoryList } from "@/components/discovery/shop-directory-list";
import { CategoryList } from "@/components/storefront/category-list";
import { ProductGrid } from "@/components/storefront/product-grid";
import { ShopList } from "@/components/storefront/shop-list";
import { EmptyState } from "@/components/ui/empty-state";
import { Section } from "@/components/ui/section";
import { primaryButton, secondaryButton, textLink } from "@/components/ui/styles";
import { listTopLevelCategories } from "@/lib/catalog/list-categories";
import { listNewProducts } from "@/lib/catalog/list-new-products";
import { listNearbyProducts } from "@/lib/discovery/list-nearby-products";
import { listNearbyShops } from "@/lib/discovery/list-nearby-shops";
import { LOCATION_PROMPT_COOKIE } from "@/lib/discovery/location-prompt";
import { getT } from "@/lib/i18n/server";
import { addToCartAction } from "@/app/(storefront)/cart/actions";
import { getViewerLocation } from "@/lib/location/get-viewer-location";
import { listApprovedShops } from "@/lib/shops/list-approved-shops";

/** How far "near you" reaches on the home page. */
const NEARBY_RADIUS_KM = 50;

export default async function HomePage() {
  const [{ locale, t }, location, cookieStore] = await Promise.all([getT(), getViewerLocation(), cookies()]);
  const [shops, nearby, nearbyProducts, categories, products] = await Promise.all([
    location ? Promise.resolve([]) : listApprovedShops({ take: 24 }),
    location ? listNearbyShops({ near: location, radiusKm: NEARBY_RADIUS_KM, pageSize: 6 }) : Promise.resolve(null),
    location ? listNearbyProducts({ near: location, radiusKm: NEARBY_RADIUS_KM, take: 8 }) : Promise.resolve([]),
    listTopLevelCategories(locale, { take: 24 }),
    listNewProducts({ take: 8 }),
  ]);
  const label = location ? (location.source === "device" ? t("discovery.location.myPosition") : location.label) : null;
  const showPrompt = !location && cookieStore.get(LOCATION_PROMPT_COOKIE)?.value !== "dismissed";
  return (
    <div className="flex flex-col gap-12">
      {showPrompt ? (
        <ClientMessages locale={locale} namespaces={["discovery.prompt"]}>
          <LocationPrompt />
        </ClientMessages>
      ) : null}
      <div className="rounded-2xl bg-brand-50 px-6 py-10 sm:px-10">
        <h1 className="max-w-2xl text-3xl font-bold tracking-tight text-brand-800 sm:text-4xl">
          {t("home.heroTitle")}
        </h1>
        <p className="mt-3 max-w-2xl text-lg text-stone-700">{t("home.heroText")}</p>
        <div className="mt-6 flex flex-wrap gap-3">
          <Link href="#shops" className={primaryButton}>
            {t("home.heroCta")}
          </Link>
          <Link href="/sign-up" className={secondaryButton}>
            {t("home.heroVendorCta")}
          </Link>
        </div>
      </div>
      {nearby && label ? (
        <Section id="shops" title={t("discovery.home.nearbyShopsTitle")}>
          <p className="-mt-2 mb-4 text-stone-700">
            {t("discovery.home.nearbyShopsIntro", { label })}{" "}
            <Link href="/location" className={textLink}>
              {t("discovery.home.changeLocation")}
            </Link>
          </p>
          {nearby.shops.length > 0 ? (
            <ShopDirectoryList shops={nearby.shops} locale={locale} t={t} />
          ) : (
            <EmptyState headingLevel="h3" title={t("discovery.home.nearbyShopsEmpty", { radius: NEARBY_RADIUS_KM })} />
          )}
          <p className="mt-4">
            <Link href="/shops" className={textLink}>
              {t("discovery.home.allShops")}
            </Link>
          </p>
        </Section>
      ) : (
        <Section id="shops" title={t("home.shopsTitle")}>
          {shops.length > 0 ? (
            <ShopList shops={shops} locale={locale} t={t} />
          ) : (
            <EmptyState headingLevel="h3" title={t("home.shopsEmpty")} />
          )}
          <p className="mt-4">
            <Link href="/shops" className={textLink}>
              {t("discovery.home.allShops")}
            </Link>
          </p>
        </Section>
      )}
      <Section id="categories" title={t("home.categoriesTitle")}>
        {categories.length > 0 ? (
          <CategoryList categories={categories} />
        ) : (
          <EmptyState headingLevel="h3" title={t("home.categoriesEmpty")} />
        )}
      </Section>
      {location ? (
        <Section id="nearby-products" title={t("discovery.home.nearbyProductsTitle")}>
          {nearbyProducts.length > 0 ? (
            <ProductGrid products={nearbyProducts} addToCart={addToCartAction} locale={locale} t={t} showShop />
          ) : (
            <EmptyState headingLevel="h3" title={t("discovery.home.nearbyProductsEmpty")} />
          )}
        </Section>
      ) : null}
      <Section id="new-products" title={t("home.newProductsTitle")}>
        {products.length > 0 ? (
          <ProductGrid products={products} addToCart={addToCartAction} locale={locale} t={t} />
        ) : (
          <EmptyState headingLevel="h3" title={t("home.newProductsEmpty")} />
        )}
      </Section>
    </div>
  );
}
