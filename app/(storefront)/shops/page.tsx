import type { Metadata } from "next";
import Link from "next/link";
import { ShopDirectoryList } from "@/components/discovery/shop-directory-list";
import { ShopsMap } from "@/components/discovery/shops-map";
import { ClientMessages } from "@/components/i18n/client-messages";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { inputBase, primaryButton, secondaryButton, textLink } from "@/components/ui/styles";
import { listNearbyShops } from "@/lib/discovery/list-nearby-shops";
import { listShopTrades } from "@/lib/discovery/list-shop-trades";
import { getT } from "@/lib/i18n/server";
import { getViewerLocation } from "@/lib/location/get-viewer-location";
import { pageParam } from "@/lib/text/clean-text";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("discovery.shops.title"), description: t("discovery.shops.intro") };
}

type ShopsPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

function pageHref(filters: { trade: string | null; openNow: boolean }, page: number): string {
  const params = new URLSearchParams();
  if (filters.trade) params.set("trade", filters.trade);
  if (filters.openNow) params.set("open", "1");
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `/shops?${query}` : "/shops";
}

export default async function ShopsPage({ searchParams }: ShopsPageProps) {
  const [{ locale, t }, location, params, trades] = await Promise.all([
    getT(),
    getViewerLocation(),
    searchParams,
    listShopTrades(),
  ]);
  const requestedTrade = first(params.trade)?.trim() ?? "";
  const trade = trades.includes(requestedTrade) ? requestedTrade : null;
  const openNow = first(params.open) === "1";
  const page = pageParam(first(params.page));
  const result = await listNearbyShops({ near: location, trade, openNow, page });
  const filters = { trade, openNow };
  const label = location ? (location.source === "device" ? t("discovery.location.myPosition") : location.label) : null;
  const mapShops = result.shops.flatMap((shop) =>
    shop.latitude !== null && shop.longitude !== null
      ? [{ slug: shop.slug, name: shop.name, latitude: shop.latitude, longitude: shop.longitude }]
      : [],
  );

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("discovery.shops.title")} description={t("discovery.shops.intro")} />
      <p className="text-stone-700">
        {label ? t("discovery.shops.sortedByDistance", { label }) : t("discovery.shops.sortedByName")}{" "}
        <Link href="/location?returnTo=%2Fshops" className={textLink}>
          {label ? t("discovery.home.changeLocation") : t("discovery.prompt.cta")}
        </Link>
      </p>
      <form
        method="get"
        action="/shops"
        aria-label={t("discovery.shops.filtersTitle")}
        className="flex flex-wrap items-end gap-4 rounded-xl border border-stone-200 bg-white p-4"
      >
        <div className="flex min-w-48 flex-col gap-1">
          <label htmlFor="shops-trade" className="font-medium">
            {t("discovery.shops.trade")}
          </label>
          <select id="shops-trade" name="trade" defaultValue={trade ?? ""} className={inputBase}>
            <option value="">{t("discovery.shops.allTrades")}</option>
            {trades.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <div className="flex min-h-11 items-center gap-2">
          <input
            id="shops-open-now"
            name="open"
            type="checkbox"
            value="1"
            defaultChecked={openNow}
            className="size-5 accent-brand-700"
          />
          <label htmlFor="shops-open-now">{t("discovery.shops.openNow")}</label>
        </div>
        <button type="submit" className={primaryButton}>
          {t("discovery.shops.apply")}
        </button>
        {trade || openNow ? (
          <Link href="/shops" className={secondaryButton}>
            {t("discovery.shops.reset")}
          </Link>
        ) : null}
      </form>
      <p role="status" className="font-medium">
        {t("discovery.shops.count", { count: result.total })}
      </p>
      {result.shops.length > 0 ? (
        <div className="grid gap-6 lg:grid-cols-[1fr_24rem]">
          <div className="order-2 lg:order-1">
            <ShopDirectoryList shops={result.shops} locale={locale} t={t} />
          </div>
          <div className="order-1 lg:order-2">
            <ClientMessages
              locale={locale}
              namespaces={[
                "discovery.shops.mapLabel",
                "discovery.shops.mapFallback",
                "discovery.shops.mapAttribution",
                "discovery.shops.mapOpenShop",
              ]}
            >
              <ShopsMap
                shops={mapShops}
                viewer={location ? { latitude: location.latitude, longitude: location.longitude } : null}
              />
            </ClientMessages>
          </div>
        </div>
      ) : (
        <EmptyState title={t("discovery.shops.empty")}>
          <Link href="/shops" className={secondaryButton}>
            {t("discovery.shops.reset")}
          </Link>
        </EmptyState>
      )}
      {result.pageCount > 1 ? (
        <nav aria-label={t("discovery.shops.pagination")} className="flex flex-wrap items-center justify-between gap-3">
          {result.page > 1 ? (
            <Link href={pageHref(filters, result.page - 1)} rel="prev" className={secondaryButton}>
              {t("discovery.shops.previous")}
            </Link>
          ) : (
            <span />
          )}
          <span aria-current="page">{t("discovery.shops.pageOf", { page: result.page, pages: result.pageCount })}</span>
          {result.page < result.pageCount ? (
            <Link href={pageHref(filters, result.page + 1)} rel="next" className={secondaryButton}>
              {t("discovery.shops.next")}
            </Link>
          ) : (
            <span />
          )}
        </nav>
      ) : null}
    </div>
  );
}
