/** A neutral placeholder while a page's data loads; screen readers hear the label once. */
export function LoadingSkeleton({ label }: { label: string }) {
  return (
    <div role="status" aria-live="polite" className="flex flex-col gap-4">
      <span className="sr-only">{label}</span>
      <div aria-hidden="true" className="h-8 w-56 animate-pulse rounded-lg bg-stone-200" />
      <div aria-hidden="true" className="h-24 animate-pulse rounded-xl bg-stone-200" />
      <div aria-hidden="true" className="h-24 animate-pulse rounded-xl bg-stone-200" />
    </div>
  );
}
