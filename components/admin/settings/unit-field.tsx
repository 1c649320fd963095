import { describedByOf, FieldError, FieldHint } from "@/components/ui/field-parts";
import { inputBase } from "@/components/ui/styles";

type UnitFieldProps = {
  id: string;
  name: string;
  label: string;
  /** shown after the input ("%", "EUR", "jours"); the label already says it for screen readers */
  unit?: string;
  defaultValue: string | number;
  inputMode: "numeric" | "decimal";
  hint?: string;
  error?: string;
};

/** A short number typed as text (a day count, a percentage, an amount), with its unit beside it. */
export function UnitField({ id, name, label, unit, defaultValue, inputMode, hint, error }: UnitFieldProps) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      <div className="flex items-center gap-2">
        <input
          id={id}
          name={name}
          type="text"
          inputMode={inputMode}
          autoComplete="off"
          defaultValue={defaultValue}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedByOf(id, hint, error)}
          className={`${inputBase} max-w-40`}
        />
        {unit ? (
          <span aria-hidden="true" className="text-stone-700">
            {unit}
          </span>
        ) : null}
      </div>
      <FieldHint id={id} hint={hint} />
      <FieldError id={id} error={error} />
    </div>
  );
}
