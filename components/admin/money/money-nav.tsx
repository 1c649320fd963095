import Link from "next/link";
import type { Translate } from "@/lib/i18n/translate";

type Item = "overview" | "payouts" | "adjustments" | "sepa" | "statements";

const HREFS: Record<Item, string> = {
  overview: "/admin/money",
  payouts: "/admin/money/payouts",
  adjustments: "/admin/money/adjustments",
  sepa: "/admin/money/sepa",
  statements: "/admin/money/statements",
};

/** The operator's money pages that exist (the shops' statements have no operator page yet). */
export const MONEY_NAV_ITEMS: readonly Item[] = ["overview", "payouts", "adjustments", "sepa"];

/** The operator's money pages, as tabs (plain links). */
export function MoneyNav({
  current,
  t,
  items = MONEY_NAV_ITEMS,
}: {
  current: Item;
  t: Translate;
  items?: readonly Item[];
}) {
  return (
    <nav aria-label={t("adminMoney.nav.label")} className="mb-6 overflow-x-auto">
      <ul className="flex gap-2">
        {items.map((item) => (
          <li key={item} className="shrink-0">
            <Link
              href={HREFS[item]}
              aria-current={item === current ? "page" : undefined}
              className="inline-flex min-h-11 items-center rounded-full border border-stone-300 bg-white px-4 text-sm font-medium whitespace-nowrap hover:bg-stone-100 aria-[current=page]:border-brand-700 aria-[current=page]:bg-brand-50 aria-[current=page]:text-brand-800"
            >
              {t(`adminMoney.nav.${item}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
