import Link from "next/link";
import { secondaryButton, textLink } from "@/components/ui/styles";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import {
  PRODUCT_LIST_SORTS,
  PRODUCT_LIST_STATUSES,
  PRODUCT_LIST_STOCK_FILTERS,
  type ProductListQuery,
} from "@/lib/catalog/products/list-my-products";
import type { ProductCategoryOption } from "@/lib/catalog/products/list-my-product-categories";
import type { Translate } from "@/lib/i18n/translate";

type ProductFiltersProps = { query: ProductListQuery; categories: ProductCategoryOption[]; t: Translate };

/** A plain GET form: search, filters and sort work without JavaScript and live in the URL. */
export function ProductFilters({ query, categories, t }: ProductFiltersProps) {
  return (
    <form
      method="get"
      action="/dashboard/products"
      role="search"
      aria-label={t("productList.filters.legend")}
      className="mb-4 rounded-xl border border-stone-200 bg-white p-4"
    >
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-6">
        <div className="sm:col-span-2">
          <TextField
            id="products-q"
            name="q"
            type="search"
            label={t("productList.filters.search")}
            hint={t("productList.filters.searchHint")}
            defaultValue={query.q}
            maxLength={100}
          />
        </div>
        <SelectField
          id="products-status"
          name="status"
          label={t("productList.filters.status")}
          defaultValue={query.status}
          options={PRODUCT_LIST_STATUSES.map((value) => ({
            value,
            label: t(`productList.filters.statusOptions.${value}`),
          }))}
        />
        <SelectField
          id="products-stock"
          name="stock"
          label={t("productList.filters.stock")}
          defaultValue={query.stock}
          options={PRODUCT_LIST_STOCK_FILTERS.map((value) => ({
            value,
            label: t(`productList.filters.stockOptions.${value}`),
          }))}
        />
        <SelectField
          id="products-category"
          name="category"
          label={t("productList.filters.category")}
          defaultValue={query.category ?? ""}
          options={[
            { value: "", label: t("productList.filters.anyCategory") },
            ...categories.map((category) => ({ value: category.id, label: category.name })),
          ]}
        />
        <SelectField
          id="products-sort"
          name="sort"
          label={t("productList.filters.sort")}
          defaultValue={query.sort}
          options={PRODUCT_LIST_SORTS.map((value) => ({ value, label: t(`productList.filters.sortOptions.${value}`) }))}
        />
      </div>
      <div className="mt-3 flex flex-wrap items-center gap-4">
        <button type="submit" className={secondaryButton}>
          {t("productList.filters.submit")}
        </button>
        <Link href="/dashboard/products" className={textLink}>
          {t("productList.filters.clear")}
        </Link>
      </div>
    </form>
  );
}
