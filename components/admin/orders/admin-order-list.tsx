import Link from "next/link";
import { DeadlineText } from "@/components/orders/deadline-text";
import { ShopOrderStatusBadge } from "@/components/orders/shop-order-status-badge";
import { textLink } from "@/components/ui/styles";
import type { Translate } from "@/lib/i18n/translate";
import { formatMoney } from "@/lib/money/format-money";
import type { AllShopOrdersRow } from "@/lib/orders/list-all-shop-orders";

const COLUMNS = ["number", "shop", "customer", "status", "deadline", "total"] as const;
const GRID =
  "md:grid md:grid-cols-[minmax(0,1.2fr)_minmax(0,1.2fr)_minmax(0,1.5fr)_minmax(0,1fr)_minmax(0,1.1fr)_minmax(0,0.8fr)] md:items-center md:gap-4";

/**
 * The operator's order list: one card per part on small screens (each value with its label), one
 * line per part under column headings from md up. Late parts have a red border.
 */
export function AdminOrderList({ rows, locale, t }: { rows: AllShopOrdersRow[]; locale: string; t: Translate }) {
  const label = (column: (typeof COLUMNS)[number]) => t(`orders.admin.columns.${column}`);
  return (
    <div>
      <div aria-hidden="true" className={`hidden px-4 pb-2 text-sm font-semibold text-stone-600 ${GRID}`}>
        {COLUMNS.map((column) => (
          <span key={column} className={column === "total" ? "text-end" : undefined}>
            {label(column)}
          </span>
        ))}
      </div>
      <ul className="flex flex-col gap-3" aria-label={t("orders.admin.tableCaption")}>
        {rows.map((row) => (
          <li key={row.id}>
            <article
              className={`grid grid-cols-2 gap-3 rounded-xl border bg-white p-4 ${GRID} ${
                row.late ? "border-red-300" : "border-stone-200"
              }`}
            >
              <h2 className="col-span-2 font-semibold md:col-span-1">
                <Link
                  href={`/admin/orders/${row.id}`}
                  className={textLink}
                  aria-label={t("orders.admin.open", { number: row.orderNumber, shop: row.shopName })}
                >
                  {row.orderNumber}
                </Link>
              </h2>
              <dl className="contents">
                <div className="min-w-0">
                  <dt className="text-sm text-stone-600 md:sr-only">{label("shop")}</dt>
                  <dd className="break-words">{row.shopName}</dd>
                </div>
                <div className="min-w-0">
                  <dt className="text-sm text-stone-600 md:sr-only">{label("customer")}</dt>
                  <dd>
                    <span className="block">{row.customerName}</span>
                    <span className="block text-sm break-all text-stone-600">{row.customerEmail}</span>
                  </dd>
                </div>
                <div>
                  <dt className="text-sm text-stone-600 md:sr-only">{label("status")}</dt>
                  <dd>
                    <ShopOrderStatusBadge status={row.status} t={t} />
                  </dd>
                </div>
                <div>
                  <dt className="text-sm text-stone-600 md:sr-only">{label("deadline")}</dt>
                  <dd>
                    <DeadlineText deadline={row.deadline} late={row.late} locale={locale} t={t} />
                  </dd>
                </div>
                <div className="md:text-end">
                  <dt className="text-sm text-stone-600 md:sr-only">{label("total")}</dt>
                  <dd className="font-medium tabular-nums">{formatMoney(row.amount, row.currency, locale)}</dd>
                </div>
              </dl>
            </article>
          </li>
        ))}
      </ul>
    </div>
  );
}
