/**
 * The badge of a shop whose plan is premium (docs/business-models.md, premium plans): a word, not a colour
 * alone, with a decorative star. No data access and no "use client": server cards and the search
 * results (a client component) both use it, passing the translated word.
 */
export function PremiumBadge({ label, className = "" }: { label: string; className?: string }) {
  return (
    <span
      className={`inline-flex w-fit shrink-0 items-center gap-1 rounded-full border border-amber-300 bg-amber-50 px-2 py-0.5 text-xs font-semibold text-amber-900 ${className}`}
      data-testid="premium-badge"
    >
      <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="size-3">
        <path d="M10 1.5l2.6 5.3 5.9.9-4.3 4.1 1 5.8L10 14.9l-5.2 2.7 1-5.8L1.5 7.7l5.9-.9L10 1.5Z" />
      </svg>
      {label}
    </span>
  );
}
