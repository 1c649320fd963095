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
        <div key={figure.key} className="flex flex-col-reverse rounded-xl border border-stone-200 bg-white p-4">
          {figure.detail ? <span className="text-sm text-stone-600">{figure.detail}</span> : null}
          <dd data-testid={`figure-${figure.key}`} className="text-2xl font-bold tabular-nums">
            {figure.value}
          </dd>
          <dt className="text-sm font-medium text-stone-700">{figure.label}</dt>
        </div>
      ))}
    </dl>
  );
}
