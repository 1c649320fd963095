import Link from "next/link";
import { textLink } from "@/components/ui/styles";
import type { Translate } from "@/lib/i18n/translate";

/** Previous / page x of y / next, as plain links (works without JavaScript). */
export function PaginationNav({
  page,
  pageCount,
  href,
  t,
}: {
  page: number;
  pageCount: number;
  href: (page: number) => string;
  t: Translate;
}) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={t("orders.pagination.label")} className="mt-6 flex flex-wrap items-center justify-between gap-3">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className={textLink}>
          {t("orders.pagination.previous")}
        </Link>
      ) : (
        <span />
      )}
      <span aria-current="page">{t("orders.pagination.page", { page, count: pageCount })}</span>
      {page < pageCount ? (
        <Link href={href(page + 1)} rel="next" className={textLink}>
          {t("orders.pagination.next")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
