import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ProductGrid } from "@/components/storefront/product-grid";
import { EmptyState } from "@/components/ui/empty-state";
import { Section } from "@/components/ui/section";
import { listShopProducts } from "@/lib/catalog/list-shop-products";
import { getT } from "@/lib/i18n/server";
import { getApprovedShop } from "@/lib/shops/get-approved-shop";

type ShopPageProps = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: ShopPageProps): Promise<Metadata> {
  const shop = await getApprovedShop((await params).slug);
  return shop ? { title: shop.name, description: shop.description || undefined } : {};
}

export default async function ShopPage({ params }: ShopPageProps) {
  const { slug } = await params;
  const [{ locale, t }, shop] = await Promise.all([getT(), getApprovedShop(slug)]);
  if (!shop) notFound();
  const products = await listShopProducts(shop.slug, { take: 48 });
  return (
    <div className="flex flex-col gap-10">
      <div className="flex flex-col gap-4 md:flex-row md:justify-between">
        <div className="max-w-2xl">
          <h1 className="text-3xl font-bold">{shop.name}</h1>
          <p className="mt-1 text-stone-600">{shop.city ? t("shop.tradeInCity", { trade: shop.trade, city: shop.city }) : shop.trade}</p>
          {shop.description ? <p className="mt-4 whitespace-pre-line">{shop.description}</p> : null}
        </div>
        <div className="rounded-xl border border-stone-200 bg-white p-4 md:min-w-64">
          <h2 className="font-semibold">{t("shop.addressTitle")}</h2>
          <address className="mt-1 not-italic text-stone-700">
            {shop.addressLine}
            <br />
            {shop.postalCode} {shop.city}
          </address>
        </div>
      </div>
      <Section id="products" title={t("shop.productsTitle")}>
        {products.length > 0 ? (
          <ProductGrid products={products} locale={locale} t={t} showShop={false} />
        ) : (
          <EmptyState headingLevel="h3" title={t("shop.productsEmpty")} />
        )}
      </Section>
    </div>
  );
}
