import Link from "next/link";
import { textLink } from "@/components/ui/styles";
import type { ProductListRow } from "@/lib/catalog/products/list-my-products";
import { LOW_STOCK_THRESHOLD } from "@/lib/catalog/products/list-my-products";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import { formatMoney } from "@/lib/money/format-money";
import { formatMoneyInput } from "@/lib/money/parse-money";
import { BULK_FORM_ID } from "./bulk-form-id";
import { QuickEditForm } from "./quick-edit-form";

const STATUS_TONE = {
  DRAFT: "bg-sky-100 text-sky-900",
  ACTIVE: "bg-brand-100 text-brand-800",
  ARCHIVED: "bg-stone-200 text-stone-800",
} as const;
const badge = "inline-block w-fit rounded-full px-2.5 py-0.5 text-sm font-medium";

type ProductTableProps = { rows: ProductListRow[]; locale: Locale; t: Translate };

/** Mobile first: each row is a card on phones and a table row from md up (one markup, one set of inputs). */
export function ProductTable({ rows, locale, t }: ProductTableProps) {
  const cell = "block md:table-cell md:border-b md:border-stone-200 md:px-3 md:py-2 md:align-top";
  const mobileLabel = "me-1 font-medium text-stone-600 md:hidden";
  return (
    <table className="block w-full md:table md:rounded-xl md:border md:border-stone-200 md:bg-white">
      <caption className="sr-only">{t("productList.table.caption")}</caption>
      <thead className="sr-only md:not-sr-only md:table-header-group">
        <tr className="text-start text-sm text-stone-600">
          <th scope="col" className="px-3 py-2 text-start font-medium">
            {t("productList.table.select")}
          </th>
          <th scope="col" className="px-3 py-2 text-start font-medium">
            {t("productList.table.photo")}
          </th>
          <th scope="col" className="px-3 py-2 text-start font-medium">
            {t("productList.table.product")}
          </th>
          <th scope="col" className="px-3 py-2 text-start font-medium">
            {t("productList.table.sku")}
          </th>
          <th scope="col" className="px-3 py-2 text-end font-medium">
            {t("productList.table.price")}
          </th>
          <th scope="col" className="px-3 py-2 text-end font-medium">
            {t("productList.table.stock")}
          </th>
          <th scope="col" className="px-3 py-2 text-start font-medium">
            {t("productList.table.status")}
          </th>
          <th scope="col" className="px-3 py-2 text-start font-medium">
            {t("productList.table.edit")}
          </th>
        </tr>
      </thead>
      <tbody className="grid gap-3 md:table-row-group">
        {rows.map((row) => {
          const price = formatMoney(row.priceAmount, row.currency, locale);
          return (
            <tr
              key={row.id}
              className="relative grid grid-cols-[auto_auto_1fr] gap-x-3 gap-y-1 rounded-xl border border-stone-200 bg-white p-3 md:table-row md:rounded-none md:border-0 md:p-0"
            >
              <td className={`${cell} row-span-2`}>
                <input
                  type="checkbox"
                  name="productIds"
                  value={row.id}
                  form={BULK_FORM_ID}
                  aria-label={t("productList.table.selectProduct", { title: row.title })}
                  className="size-5 accent-brand-700"
                />
              </td>
              <td className={`${cell} row-span-2`}>
                {row.thumbnailUrl ? (
                  // Our own /files route serves the picture already resized.
                  // eslint-disable-next-line @next/next/no-img-element
                  <img
                    src={row.thumbnailUrl}
                    alt=""
                    width={48}
                    height={48}
                    loading="lazy"
                    className="size-12 rounded-lg bg-stone-100 object-cover"
                  />
                ) : (
                  <span className="block size-12 rounded-lg bg-stone-100" />
                )}
              </td>
              <td className={cell}>
                <Link href={`/dashboard/products/${row.id}`} className={textLink}>
                  {row.title}
                </Link>
                {row.categoryName ? <span className="block text-sm text-stone-600">{row.categoryName}</span> : null}
                {row.moderationReason ? (
                  <span className={`${badge} mt-1 block bg-red-100 text-red-900`}>
                    {t("productList.table.moderatedReason", { reason: row.moderationReason })}
                  </span>
                ) : null}
              </td>
              <td className={`${cell} col-start-3 text-sm md:col-auto`}>
                <span className={mobileLabel}>{t("productList.table.sku")}</span>
                {row.sku ? <span dir="ltr">{row.sku}</span> : t("productList.table.noSku")}
              </td>
              <td className={`${cell} col-span-3 md:text-end`}>
                <span className={mobileLabel}>{t("productList.table.price")}</span>
                {price}
                {row.estimatedPrice ? (
                  <span className="text-sm text-stone-600"> ({t("productList.table.estimated")})</span>
                ) : null}
              </td>
              <td className={`${cell} col-span-3 md:text-end`}>
                <span className={mobileLabel}>{t("productList.table.stock")}</span>
                {row.stockTracked ? row.stock : t("productList.table.notTracked")}
                {row.stockTracked && row.stock <= 0 ? (
                  <span className={`${badge} ms-2 bg-amber-100 text-amber-900`}>
                    {t("productList.table.outOfStock")}
                  </span>
                ) : null}
                {row.stockTracked && row.stock > 0 && row.stock <= LOW_STOCK_THRESHOLD ? (
                  <span className={`${badge} ms-2 bg-amber-50 text-amber-900`}>{t("productList.table.lowStock")}</span>
                ) : null}
              </td>
              <td className={`${cell} col-span-3`}>
                <span className={mobileLabel}>{t("productList.table.status")}</span>
                <span className={`${badge} ${STATUS_TONE[row.status]}`}>{t(`productList.status.${row.status}`)}</span>
              </td>
              <td className={`${cell} col-span-3`}>
                <QuickEditForm
                  product={{
                    id: row.id,
                    title: row.title,
                    updatedAt: row.updatedAt.toISOString(),
                    priceInput: row.priceAmount > 0 ? formatMoneyInput(row.priceAmount, locale, row.currency) : "",
                    stockTracked: row.stockTracked,
                    stock: row.stock,
                    status: row.status,
                  }}
                />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
