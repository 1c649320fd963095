import Link from "next/link";
import { ShopStatusBadge } from "@/components/back-office/shop-status-badge";
import { textLink } from "@/components/ui/styles";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import type { SellerSummary } from "@/lib/sellers/list-sellers";

type SellerListProps = { shops: SellerSummary[]; locale: Locale; t: Translate };

function ReviewPendingMarker({ t }: { t: Translate }) {
  return (
    <span className="inline-block rounded-full bg-amber-100 px-2.5 py-0.5 text-sm font-medium text-amber-900">
      {t("sellers.list.reviewPending")}
    </span>
  );
}

/** The operator's queue: a table from md up, cards on phones. Each shop links to its review. */
export function SellerList({ shops, locale, t }: SellerListProps) {
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium" });
  const submitted = (shop: SellerSummary) =>
    shop.submittedAt ? (
      <time dateTime={shop.submittedAt.toISOString()}>{date.format(shop.submittedAt)}</time>
    ) : shop.status === "DRAFT" ? (
      t("sellers.list.notSubmitted")
    ) : (
      "—"
    );
  return (
    <>
      <ul className="flex flex-col gap-3 md:hidden">
        {shops.map((shop) => (
          <li key={shop.id} className="flex flex-col gap-1 rounded-xl border border-stone-200 bg-white p-4">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <Link href={`/admin/sellers/${shop.id}`} className={`text-lg font-semibold ${textLink}`}>
                {shop.name}
              </Link>
              <ShopStatusBadge status={shop.status} t={t} />
            </div>
            {shop.reviewPending ? <ReviewPendingMarker t={t} /> : null}
            <p className="text-sm text-stone-600">
              {shop.city ? t("shop.tradeInCity", { trade: shop.trade, city: shop.city }) : shop.trade}
            </p>
            <p className="text-sm text-stone-600">
              {t("admin.sellers.owner", { name: shop.owner.name, email: shop.owner.email })}
            </p>
            <p className="text-sm text-stone-500">
              {t("sellers.list.submittedOn")} {submitted(shop)}
            </p>
          </li>
        ))}
      </ul>
      <div className="hidden overflow-x-auto rounded-xl border border-stone-200 bg-white md:block">
        <table className="w-full text-start text-sm">
          <thead className="border-b border-stone-200 bg-stone-50 text-stone-700">
            <tr>
              <th scope="col" className="px-4 py-3 text-start font-semibold">
                {t("sellers.list.columns.shop")}
              </th>
              <th scope="col" className="px-4 py-3 text-start font-semibold">
                {t("sellers.list.columns.city")}
              </th>
              <th scope="col" className="px-4 py-3 text-start font-semibold">
                {t("sellers.list.columns.owner")}
              </th>
              <th scope="col" className="px-4 py-3 text-start font-semibold">
                {t("sellers.list.columns.status")}
              </th>
              <th scope="col" className="px-4 py-3 text-start font-semibold">
                {t("sellers.list.columns.submitted")}
              </th>
            </tr>
          </thead>
          <tbody>
            {shops.map((shop) => (
              <tr key={shop.id} className="border-b border-stone-100 last:border-b-0">
                <th scope="row" className="px-4 py-3 text-start font-normal">
                  <Link href={`/admin/sellers/${shop.id}`} className={`font-semibold ${textLink}`}>
                    {shop.name}
                  </Link>
                  <span className="block text-stone-600">{shop.trade}</span>
                </th>
                <td className="px-4 py-3">{shop.city ?? "—"}</td>
                <td className="px-4 py-3">
                  <span className="block">{shop.owner.name}</span>
                  <span dir="ltr" className="block text-stone-600">
                    {shop.owner.email}
                  </span>
                </td>
                <td className="px-4 py-3">
                  <div className="flex flex-col items-start gap-1">
                    <ShopStatusBadge status={shop.status} t={t} />
                    {shop.reviewPending ? <ReviewPendingMarker t={t} /> : null}
                  </div>
                </td>
                <td className="px-4 py-3">{submitted(shop)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

type PaginationProps = { page: number; pages: number; hrefOf: (page: number) => string; t: Translate };

export function SellerPagination({ page, pages, hrefOf, t }: PaginationProps) {
  if (pages <= 1) return null;
  const linkClass = "rounded-lg border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-stone-50";
  return (
    <nav aria-label={t("sellers.list.pagination")} className="mt-6 flex flex-wrap items-center justify-between gap-3">
      {page > 1 ? (
        <Link href={hrefOf(page - 1)} className={linkClass} rel="prev">
          {t("sellers.list.previous")}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-stone-600">{t("sellers.list.page", { page, pages })}</span>
      {page < pages ? (
        <Link href={hrefOf(page + 1)} className={linkClass} rel="next">
          {t("sellers.list.next")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
