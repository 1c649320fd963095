import Link from "next/link";
import type { Translate } from "@/lib/i18n/translate";
import { setupPath } from "@/lib/onboarding/steps";
import type { MyShopSummary } from "@/lib/shops/list-my-shops";
import { ShopStatusBadge } from "@/components/back-office/shop-status-badge";
import { secondaryButton, textLink } from "@/components/ui/styles";

/** Where a shop's card leads: the setup still to finish, else its settings (the setup pages). */
function nextLink(shop: MyShopSummary, t: Translate): { href: string; label: string } {
  if (shop.status === "DRAFT" || shop.status === "REJECTED") {
    return {
      href: setupPath(shop.id, shop.firstIncompleteStep ?? "review"),
      label: t("dashboard.overview.continueSetup"),
    };
  }
  return { href: setupPath(shop.id, "profile"), label: t("dashboard.overview.openSettings") };
}

/** The vendor's shops with their status; an approved shop links to its public page. */
export function MyShopList({
  shops,
  currentShopId,
  t,
}: {
  shops: MyShopSummary[];
  currentShopId?: string | null;
  t: Translate;
}) {
  return (
    <ul className="grid gap-4 lg:grid-cols-2">
      {shops.map((shop) => {
        const link = nextLink(shop, t);
        return (
          <li key={shop.id} className="flex flex-col gap-2 rounded-xl border border-stone-200 bg-white p-4">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <h3 className="text-lg font-semibold">
                {shop.status === "APPROVED" ? (
                  <Link href={`/shops/${shop.slug}`} className={textLink}>
                    {shop.name}
                  </Link>
                ) : (
                  shop.name
                )}
              </h3>
              <ShopStatusBadge status={shop.status} t={t} />
            </div>
            <p className="text-sm text-stone-600">
              {shop.city ? t("shop.tradeInCity", { trade: shop.trade, city: shop.city }) : shop.trade}
            </p>
            {shop.id === currentShopId ? (
              <p className="text-sm font-medium text-brand-800">{t("dashboard.overview.current")}</p>
            ) : null}
            <p className="mt-1">
              <Link href={link.href} className={secondaryButton}>
                {link.label}
                <span className="sr-only"> ({shop.name})</span>
              </Link>
            </p>
          </li>
        );
      })}
    </ul>
  );
}
