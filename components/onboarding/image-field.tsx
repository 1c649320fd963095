import { describedByOf, FieldError, FieldHint } from "@/components/ui/field-parts";

type ImageFieldProps = {
  id: string;
  name: "logo" | "banner";
  label: string;
  hint: string;
  currentUrl?: string | null;
  currentLabel: string;
  error?: string;
};

/**
 * A picture upload. The accept list only helps the file picker: the server checks the content.
 * The current picture, if any, is shown above the input.
 */
export function ImageField({ id, name, label, hint, currentUrl, currentLabel, error }: ImageFieldProps) {
  return (
    <div className="flex flex-col gap-2">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      {currentUrl ? (
        <figure className="flex flex-col gap-1">
          {/* eslint-disable-next-line @next/next/no-img-element -- our own re-encoded WebP, already sized */}
          <img
            src={currentUrl}
            alt=""
            className={
              name === "logo"
                ? "size-24 rounded-lg border border-stone-200 object-cover"
                : "aspect-[16/5] w-full max-w-md rounded-lg border border-stone-200 object-cover"
            }
          />
          <figcaption className="text-sm text-stone-600">{currentLabel}</figcaption>
        </figure>
      ) : null}
      <input
        id={id}
        name={name}
        type="file"
        accept="image/jpeg,image/png,image/webp"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedByOf(id, hint, error)}
        className="block w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-base file:me-3 file:rounded-md file:border-0 file:bg-stone-100 file:px-3 file:py-1 file:font-medium"
      />
      <FieldHint id={id} hint={hint} />
      <FieldError id={id} error={error} />
    </div>
  );
}
