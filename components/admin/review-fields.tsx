export type ReviewField = { label: string; value: React.ReactNode };

/** A label/value list for the operator's review; a missing value shows `emptyLabel`. */
export function ReviewFields({ fields, emptyLabel }: { fields: ReviewField[]; emptyLabel: string }) {
  return (
    <dl className="grid gap-x-6 gap-y-3 rounded-xl border border-stone-200 bg-white p-4 sm:grid-cols-[minmax(10rem,14rem)_1fr]">
      {fields.map((field) => (
        <div key={field.label} className="contents">
          <dt className="font-medium text-stone-700">{field.label}</dt>
          <dd className="min-w-0 break-words text-stone-900">
            {field.value === null || field.value === undefined || field.value === "" ? (
              <span className="text-stone-500">{emptyLabel}</span>
            ) : (
              field.value
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
