import Link from "next/link";
import { CategoryList } from "@/components/storefront/category-list";
import { ProductGrid } from "@/components/storefront/product-grid";
import { ShopList } from "@/components/storefront/shop-list";
import { EmptyState } from "@/components/ui/empty-state";
import { Section } from "@/components/ui/section";
import { primaryButton, secondaryButton } from "@/components/ui/styles";
import { listTopLevelCategories } from "@/lib/catalog/list-categories";
import { listNewProducts } from "@/lib/catalog/list-new-products";
import { getT } from "@/lib/i18n/server";
import { listApprovedShops } from "@/lib/shops/list-approved-shops";

export default async function HomePage() {
  const { locale, t } = await getT();
  const [shops, categories, products] = await Promise.all([
    listApprovedShops({ take: 24 }),
    listTopLevelCategories(locale, { take: 24 }),
    listNewProducts({ take: 8 }),
  ]);
  return (
    <div className="flex flex-col gap-12">
      <div className="rounded-2xl bg-brand-50 px-6 py-10 sm:px-10">
        <h1 className="max-w-2xl text-3xl font-bold tracking-tight text-brand-800 sm:text-4xl">{t("home.heroTitle")}</h1>
        <p className="mt-3 max-w-2xl text-lg text-stone-700">{t("home.heroText")}</p>
        <div className="mt-6 flex flex-wrap gap-3">
          <Link href="#shops" className={primaryButton}>{t("home.heroCta")}</Link>
          <Link href="/sign-up" className={secondaryButton}>{t("home.heroVendorCta")}</Link>
        </div>
      </div>
      <Section id="shops" title={t("home.shopsTitle")}>
        {shops.length > 0 ? <ShopList shops={shops} t={t} /> : <EmptyState headingLevel="h3" title={t("home.shopsEmpty")} />}
      </Section>
      <Section id="categories" title={t("home.categoriesTitle")}>
        {categories.length > 0 ? <CategoryList categories={categories} /> : <EmptyState headingLevel="h3" title={t("home.categoriesEmpty")} />}
      </Section>
      <Section id="new-products" title={t("home.newProductsTitle")}>
        {products.length > 0 ? (
          <ProductGrid products={products} locale={locale} t={t} />
        ) : (
          <EmptyState headingLevel="h3" title={t("home.newProductsEmpty")} />
        )}
      </Section>
    </div>
  );
}
