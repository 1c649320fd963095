"use client";

import Link, { useLinkStatus } from "next/link";
import { usePathname } from "next/navigation";

/** `badge`: a count shown beside the label (unread messages), with its words for screen readers. */
export type BackOfficeNavItem = { href: string; label: string; badge?: { count: number; label: string } };

/**
 * While the section a link leads to is loading: a spinner on the link and its words for screen
 * readers. The back office has no route-level loading screens (they would answer 200 before a page
 * can say 404; docs/security.md, "Correctness at the edges"), so this is the feedback a click gets.
 */
function PendingMark({ label }: { label: string }) {
  const { pending } = useLinkStatus();
  if (!pending) return null;
  return (
    <>
      <span
        aria-hidden="true"
        className="ms-2 inline-block size-4 shrink-0 animate-spin rounded-full border-2 border-brand-700 border-t-transparent motion-reduce:animate-none"
      />
      <span role="status" className="sr-only">
        {label}
      </span>
    </>
  );
}

/**
 * The section links: a horizontal, scrollable strip on phones, a sidebar from md up.
 * The current section is marked with aria-current="page"; a section still loading, with a spinner.
 */
export function BackOfficeNav({
  label,
  loadingLabel,
  items,
  rootHref,
}: {
  label: string;
  /** what a screen reader hears while a section loads */
  loadingLabel: string;
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
              <PendingMark label={loadingLabel} />
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
