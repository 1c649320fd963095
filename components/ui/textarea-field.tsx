import { describedByOf, FieldError, FieldHint } from "./field-parts";
import { inputBase } from "./styles";

type TextareaFieldProps = {
  id: string;
  name: string;
  label: string;
  defaultValue?: string;
  required?: boolean;
  maxLength?: number;
  rows?: number;
  hint?: string;
  error?: string;
};

export function TextareaField({ id, name, label, hint, error, rows = 4, ...textarea }: TextareaFieldProps) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      <textarea
        id={id}
        name={name}
        rows={rows}
        {...textarea}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedByOf(id, hint, error)}
        className={inputBase}
      />
      <FieldHint id={id} hint={hint} />
      <FieldError id={id} error={error} />
    </div>
  );
}
