import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { textLink } from "@/components/ui/styles";
import type { Translate } from "@/lib/i18n/translate";
import type { LowStockProduct } from "@/lib/overview/get-vendor-overview";

/** The products on sale whose tracked stock is at or under the marketplace's threshold, lowest first. */
export function LowStockTable({
  products,
  threshold,
  t,
}: {
  products: LowStockProduct[];
  threshold: number;
  t: Translate;
}) {
  if (products.length === 0)
    return (
      <EmptyState
        headingLevel="h3"
        title={t("overview.lowStock.emptyTitle")}
        text={t("overview.lowStock.emptyText", { threshold })}
      />
    );
  return (
    <>
      <p className="mb-3 text-stone-600">{t("overview.lowStock.intro", { threshold })}</p>
      <table className="w-full tabular-nums">
        <caption className="sr-only">{t("overview.lowStock.caption")}</caption>
        <thead>
          <tr className="border-b border-stone-200">
            <th scope="col" className="py-2 pe-4 text-start font-medium">
              {t("overview.lowStock.product")}
            </th>
            <th scope="col" className="py-2 text-end font-medium">
              {t("overview.lowStock.stock")}
            </th>
          </tr>
        </thead>
        <tbody>
          {products.map((product) => (
            <tr key={product.id} className="border-b border-stone-100">
              <th scope="row" className="py-2 pe-4 text-start font-normal break-words">
                <Link
                  href={`/dashboard/products/${product.id}`}
                  className={textLink}
                  aria-label={t("overview.lowStock.edit", { title: product.title })}
                >
                  {product.title}
                </Link>
              </th>
              <td className={`py-2 text-end ${product.stock <= 0 ? "font-semibold text-red-800" : ""}`}>
                {product.stock}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
