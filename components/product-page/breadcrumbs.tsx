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
              {index > 0 ? <span aria-hidden="true">›</span> : null}
              {current ? (
                <span aria-current="page" className="font-medium text-stone-900">
                  {item.name}
                </span>
              ) : (
                <Link href={item.href} className="rounded-sm hover:underline">
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
