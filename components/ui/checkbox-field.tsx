import { describedByOf, FieldError, FieldHint } from "./field-parts";

type CheckboxFieldProps = {
  id: string;
  name: string;
  label: string;
  defaultChecked?: boolean;
  value?: string;
  hint?: string;
  error?: string;
};

export function CheckboxField({ id, name, label, hint, error, ...checkbox }: CheckboxFieldProps) {
  return (
    <div className="flex flex-col gap-1">
      <div className="flex items-start gap-3">
        <input
          id={id}
          name={name}
          type="checkbox"
          {...checkbox}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedByOf(id, hint, error)}
          className="mt-1 size-5 shrink-0 accent-brand-700"
        />
        <label htmlFor={id}>{label}</label>
      </div>
      <FieldHint id={id} hint={hint} />
      <FieldError id={id} error={error} />
    </div>
  );
}
