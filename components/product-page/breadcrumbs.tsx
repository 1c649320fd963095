import Link from "next/link";

export type Crumb = { name: string; href: string };

/** Where the page sits: an ordered list of links, the last one the current page. */
export function Breadcrumbs({ label, items }: { label: string; items: Crumb[] }) {
  return (
    <nav aria-label={label} className="text-sm text-stone-700">
      <ol className="flex flex-wrap items-center gap-1">
        {items.map((item, index) => {
          const current = index === items.length - 1;
          return (
            <li key={item.href} className="flex items-center gap-1">
              {index > 0 ? (
                // A chevron pointing along the reading direction: mirrored in right to left pages.
                <svg
                  aria-hidden="true"
                  viewBox="0 0 16 16"
                  className="size-3.5 shrink-0 text-stone-500 rtl:-scale-x-100"
                  fill="none"
                  stroke="currentColor"
                  strokeWidth="2"
                >
                  <path d="m6 3 5 5-5 5" strokeLinecap="round" strokeLinejoin="round" />
                </svg>
              ) : null}
              {current ? (
                <span aria-current="page" className="font-medium text-stone-900">
                  {item.name}
                </span>
              ) : (
                <Link href={item.href} className="inline-flex min-h-11 items-center rounded-sm hover:underline">
                  {item.name}
                </Link>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
