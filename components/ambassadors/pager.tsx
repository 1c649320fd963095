import Link from "next/link";

const linkClass =
  "inline-flex min-h-11 items-center rounded-lg border border-stone-300 bg-white px-3 py-2 text-sm font-medium hover:bg-stone-50";

/** Previous / next links under a list that spans pages; nothing when it fits on one. */
export function Pager({
  page,
  pages,
  hrefOf,
  labels,
}: {
  page: number;
  pages: number;
  hrefOf: (page: number) => string;
  labels: { nav: string; previous: string; next: string; page: string };
}) {
  if (pages <= 1) return null;
  return (
    <nav aria-label={labels.nav} className="mt-4 flex flex-wrap items-center justify-between gap-3">
      {page > 1 ? (
        <Link href={hrefOf(page - 1)} className={linkClass} rel="prev">
          {labels.previous}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-stone-600">{labels.page}</span>
      {page < pages ? (
        <Link href={hrefOf(page + 1)} className={linkClass} rel="next">
          {labels.next}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
