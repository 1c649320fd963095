import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { textLink } from "@/components/ui/styles";
import type { Translate } from "@/lib/i18n/translate";
import { formatMoney } from "@/lib/money/format-money";
import type { BestSeller } from "@/lib/overview/get-vendor-overview";

/** The top products of the last 30 days by quantity, then amount. */
export function BestSellersTable({
  products,
  currency,
  locale,
  t,
}: {
  products: BestSeller[];
  currency: string;
  locale: string;
  t: Translate;
}) {
  if (products.length === 0)
    return (
      <EmptyState
        headingLevel="h3"
        title={t("overview.bestSellers.emptyTitle")}
        text={t("overview.bestSellers.emptyText")}
      />
    );
  return (
    <table className="w-full tabular-nums">
      <caption className="sr-only">{t("overview.bestSellers.caption")}</caption>
      <thead>
        <tr className="border-b border-stone-200">
          <th scope="col" className="py-2 pe-4 text-start font-medium">
            {t("overview.bestSellers.product")}
          </th>
          <th scope="col" className="py-2 pe-4 text-end font-medium">
            {t("overview.bestSellers.quantity")}
          </th>
          <th scope="col" className="py-2 text-end font-medium">
            {t("overview.bestSellers.sales")}
          </th>
        </tr>
      </thead>
      <tbody>
        {products.map((product) => (
          <tr key={product.productId ?? `removed-${product.title}`} className="border-b border-stone-100">
            <th scope="row" className="py-2 pe-4 text-start font-normal break-words">
              {product.productId ? (
                <Link href={`/dashboard/products/${product.productId}`} className={textLink}>
                  {product.title}
                </Link>
              ) : (
                t("overview.bestSellers.removed", { title: product.title })
              )}
            </th>
            <td className="py-2 pe-4 text-end">{product.quantity}</td>
            <td className="py-2 text-end">{formatMoney(product.sales, currency, locale)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
