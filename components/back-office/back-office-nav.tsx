"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/** `badge`: a count shown beside the label (unread messages), with its words for screen readers. */
export type BackOfficeNavItem = { href: string; label: string; badge?: { count: number; label: string } };

/**
 * The section links: a horizontal, scrollable strip on phones, a sidebar from md up.
 * The current section is marked with aria-current="page".
 */
export function BackOfficeNav({
  label,
  items,
  rootHref,
}: {
  label: string;
  items: BackOfficeNavItem[];
  rootHref: string;
}) {
  const pathname = usePathname();
  const isCurrent = (href: string) =>
    href === rootHref ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
  return (
    <nav
      aria-label={label}
      className="border-b border-stone-200 bg-white md:w-60 md:shrink-0 md:border-e md:border-b-0 print:hidden"
    >
      <ul className="relative flex gap-1 overflow-x-auto px-2 py-2 md:flex-col md:overflow-visible md:px-3 md:py-6">
        {items.map((item) => (
          <li key={item.href} className="shrink-0">
            <Link
              href={item.href}
              aria-current={isCurrent(item.href) ? "page" : undefined}
              className="flex min-h-11 items-center rounded-lg px-3 py-2 font-medium whitespace-nowrap text-stone-700 hover:bg-stone-100 aria-[current=page]:bg-brand-50 aria-[current=page]:text-brand-800"
            >
              {item.label}
              {item.badge && item.badge.count > 0 ? (
                <span
                  data-testid="nav-badge"
                  className="ms-2 inline-block min-w-6 rounded-full bg-brand-700 px-1.5 text-center text-sm font-semibold text-white"
                >
                  <span aria-hidden="true">{item.badge.count > 99 ? "99+" : item.badge.count}</span>
                  <span className="sr-only">{item.badge.label}</span>
                </span>
              ) : null}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
