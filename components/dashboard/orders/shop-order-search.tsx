import Link from "next/link";
import { secondaryButton, textLink } from "@/components/ui/styles";
import { TextField } from "@/components/ui/text-field";
import type { Translate } from "@/lib/i18n/translate";
import type { ShopOrderTab } from "@/lib/orders/list-shop-orders";

/** Search by order number or customer (a GET form: the URL keeps it, no JavaScript needed), within the tab. */
export function ShopOrderSearch({
  tab,
  q,
  clearHref,
  maxLength,
  t,
}: {
  tab: ShopOrderTab;
  maxLength: number;
  q: string | undefined;
  clearHref: string;
  t: Translate;
}) {
  return (
    <form
      method="get"
      action="/dashboard/orders"
      role="search"
      className="mb-4 flex flex-wrap items-end gap-3 print:hidden"
    >
      {tab !== "all" ? <input type="hidden" name="tab" value={tab} /> : null}
      <div className="min-w-64 flex-1 sm:max-w-md">
        <TextField
          id="order-search"
          name="q"
          type="search"
          label={t("orders.life.search.label")}
          hint={t("orders.life.search.hint")}
          defaultValue={q ?? ""}
          maxLength={maxLength}
        />
      </div>
      <div className="flex flex-wrap items-center gap-3 pb-7">
        <button type="submit" className={secondaryButton}>
          {t("orders.life.search.submit")}
        </button>
        {q ? (
          <Link href={clearHref} className={textLink}>
            {t("orders.life.search.clear")}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
