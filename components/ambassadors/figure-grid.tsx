/** Key figures as a definition list of cards: two columns on a phone, more on wider screens. */
export function FigureGrid({
  figures,
  label,
}: {
  figures: { key: string; label: string; value: string; detail?: string }[];
  label?: string;
}) {
  return (
    <dl aria-label={label} className="grid grid-cols-2 gap-3 sm:grid-cols-3">
      {figures.map((figure) => (
        // A group holds only its term then its descriptions, in reading order (axe: definition-list).
        <div key={figure.key} className="flex flex-col rounded-xl border border-stone-200 bg-white p-4">
          <dt className="text-sm font-medium text-stone-700">{figure.label}</dt>
          <dd data-testid={`figure-${figure.key}`} className="text-2xl font-bold tabular-nums">
            {figure.value}
          </dd>
          {figure.detail ? <dd className="text-sm text-stone-600">{figure.detail}</dd> : null}
        </div>
      ))}
    </dl>
  );
}
