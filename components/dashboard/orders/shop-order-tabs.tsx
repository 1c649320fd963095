import Link from "next/link";
import type { Translate } from "@/lib/i18n/translate";
import type { ShopOrderTab } from "@/lib/orders/list-shop-orders";

type Props = {
  /** SHOP_ORDER_TABS, in order */
  tabs: readonly ShopOrderTab[];
  current: ShopOrderTab;
  counts: Record<ShopOrderTab, number>;
  href: (tab: ShopOrderTab) => string;
  t: Translate;
};

/** The order list's stages as links (they work without JavaScript), each with its count; wraps on small screens. */
export function ShopOrderTabs({ tabs, current, counts, href, t }: Props) {
  return (
    <nav aria-label={t("orders.life.tabs.label")} className="mb-4 print:hidden">
      <ul className="flex flex-wrap gap-2">
        {tabs.map((tab) => {
          const active = tab === current;
          const alert = tab === "problems" && counts.problems > 0;
          return (
            <li key={tab}>
              <Link
                href={href(tab)}
                aria-current={active ? "page" : undefined}
                className={`inline-flex min-h-11 items-center rounded-full border px-4 py-2 text-sm font-medium ${
                  active
                    ? "border-brand-700 bg-brand-700 text-white"
                    : alert
                      ? "border-red-300 bg-red-50 text-red-900 hover:bg-red-100"
                      : "border-stone-300 bg-white text-stone-900 hover:bg-stone-100"
                }`}
              >
                {t("orders.life.tabs.count", { label: t(`orders.life.tabs.${tab}`), count: counts[tab] })}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
