import Link from "next/link";
import { SelectField } from "@/components/ui/select-field";
import { secondaryButton, textLink } from "@/components/ui/styles";
import { TextField } from "@/components/ui/text-field";
import type { Translate } from "@/lib/i18n/translate";
import type { ShopOrderTab } from "@/lib/orders/list-shop-orders";

/**
 * Search (order number, customer, shop name) and the shop filter, within the tab: a GET form, so
 * the URL keeps them and no JavaScript is needed.
 */
export function AdminOrderFilters({
  tab,
  q,
  shop,
  shops,
  maxLength,
  clearHref,
  t,
}: {
  tab: ShopOrderTab;
  q: string | undefined;
  shop: string | undefined;
  shops: { id: string; name: string }[];
  maxLength: number;
  /** the list without search nor shop (null when neither is set) */
  clearHref: string | null;
  t: Translate;
}) {
  return (
    <form method="get" action="/admin/orders" role="search" className="mb-4 flex flex-wrap items-end gap-3">
      {tab !== "all" ? <input type="hidden" name="tab" value={tab} /> : null}
      <div className="min-w-0 flex-1 basis-64 sm:max-w-md">
        <TextField
          id="admin-order-search"
          name="q"
          type="search"
          label={t("orders.admin.search.label")}
          hint={t("orders.admin.search.hint")}
          defaultValue={q ?? ""}
          maxLength={maxLength}
        />
      </div>
      <div className="min-w-0 flex-1 basis-48 pb-7 sm:max-w-xs">
        <SelectField
          id="admin-order-shop"
          name="shop"
          label={t("orders.admin.shopFilter.label")}
          defaultValue={shop ?? ""}
          options={[
            { value: "", label: t("orders.admin.shopFilter.all") },
            ...shops.map((option) => ({ value: option.id, label: option.name })),
          ]}
        />
      </div>
      <div className="flex flex-wrap items-center gap-3 pb-7">
        <button type="submit" className={secondaryButton}>
          {t("orders.admin.search.submit")}
        </button>
        {clearHref ? (
          <Link href={clearHref} className={textLink}>
            {t("orders.admin.search.clear")}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
