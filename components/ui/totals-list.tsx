export type TotalsRow = { key: string; label: string; value: string; muted?: boolean };

/** Amounts as a definition list, the grand total last and bold: the cart, the checkout and orders. */
export function TotalsList({
  rows,
  total,
  totalTestId,
}: {
  rows: TotalsRow[];
  total: { label: string; value: string };
  totalTestId?: string;
}) {
  return (
    <dl className="flex flex-col gap-1">
      {rows.map((row) => (
        <div key={row.key} className={`flex justify-between gap-4${row.muted ? "text-stone-700" : ""}`}>
          <dt>{row.label}</dt>
          <dd className="tabular-nums">{row.value}</dd>
        </div>
      ))}
      <div className="mt-1 flex justify-between gap-4 border-t border-stone-200 pt-2 text-lg font-bold">
        <dt>{total.label}</dt>
        <dd data-testid={totalTestId} className="tabular-nums">
          {total.value}
        </dd>
      </div>
    </dl>
  );
}
