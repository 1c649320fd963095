import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import type { OperatorShopSummary } from "@/lib/shops/list-shops-for-operator";
import { ShopStatusBadge } from "@/components/back-office/shop-status-badge";

type SellerListProps = { shops: OperatorShopSummary[]; locale: Locale; t: Translate };

/** Shops as the operator sees them: status, who runs them, when they applied. */
export function SellerList({ shops, locale, t }: SellerListProps) {
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "long" });
  return (
    <ul className="flex flex-col gap-3">
      {shops.map((shop) => (
        <li key={shop.id} className="flex flex-col gap-1 rounded-xl border border-stone-200 bg-white p-4">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h3 className="text-lg font-semibold">{shop.name}</h3>
            <ShopStatusBadge status={shop.status} t={t} />
          </div>
          <p className="text-sm text-stone-600">{shop.city ? t("shop.tradeInCity", { trade: shop.trade, city: shop.city }) : shop.trade}</p>
          <p className="text-sm text-stone-600">{t("admin.sellers.owner", { name: shop.owner.name, email: shop.owner.email })}</p>
          <p className="text-sm text-stone-500">
            <time dateTime={shop.createdAt.toISOString()}>{t("admin.sellers.appliedOn", { date: date.format(shop.createdAt) })}</time>
          </p>
        </li>
      ))}
    </ul>
  );
}
