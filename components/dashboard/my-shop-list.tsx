import Link from "next/link";
import type { Translate } from "@/lib/i18n/translate";
import type { MyShopSummary } from "@/lib/shops/list-my-shops";
import { ShopStatusBadge } from "@/components/back-office/shop-status-badge";
import { textLink } from "@/components/ui/styles";

/** The vendor's shops with their status; an approved shop links to its public page. */
export function MyShopList({ shops, t }: { shops: MyShopSummary[]; t: Translate }) {
  return (
    <ul className="grid gap-4 lg:grid-cols-2">
      {shops.map((shop) => (
        <li key={shop.id} className="flex flex-col gap-2 rounded-xl border border-stone-200 bg-white p-4">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h3 className="text-lg font-semibold">
              {shop.status === "APPROVED" ? <Link href={`/shops/${shop.slug}`} className={textLink}>{shop.name}</Link> : shop.name}
            </h3>
            <ShopStatusBadge status={shop.status} t={t} />
          </div>
          <p className="text-sm text-stone-600">{shop.city ? t("shop.tradeInCity", { trade: shop.trade, city: shop.city }) : shop.trade}</p>
        </li>
      ))}
    </ul>
  );
}
