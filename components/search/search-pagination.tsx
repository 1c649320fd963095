import Link from "next/link";
import type { Translate } from "@/lib/i18n/translate";
import { searchHref, type SearchFormValues } from "@/lib/search/search-params";
import { secondaryButton } from "@/components/ui/styles";

type SearchPaginationProps = { values: SearchFormValues; page: number; pageCount: number; t: Translate };

/** Previous / next links that keep the whole search in the address. */
export function SearchPagination({ values, page, pageCount, t }: SearchPaginationProps) {
  if (pageCount <= 1) return null;
  return (
    <nav
      aria-label={t("searchPage.pagination.label")}
      className="mt-8 flex flex-wrap items-center justify-between gap-3"
    >
      {page > 1 ? (
        <Link href={searchHref(values, { page: String(page - 1) })} rel="prev" className={secondaryButton}>
          {t("searchPage.pagination.previous")}
        </Link>
      ) : (
        <span />
      )}
      <p aria-current="page">{t("searchPage.pagination.current", { page, pages: pageCount })}</p>
      {page < pageCount ? (
        <Link href={searchHref(values, { page: String(page + 1) })} rel="next" className={secondaryButton}>
          {t("searchPage.pagination.next")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
