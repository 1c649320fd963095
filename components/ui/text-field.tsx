import { describedByOf, FieldError, FieldHint } from "./field-parts";
import { inputBase } from "./styles";

type TextFieldProps = {
  id: string;
  name: string;
  label: string;
  type?: "text" | "email" | "password" | "search" | "tel" | "url" | "number" | "time";
  autoComplete?: string;
  defaultValue?: string | number;
  required?: boolean;
  minLength?: number;
  maxLength?: number;
  min?: number;
  max?: number;
  step?: number | "any";
  inputMode?: React.HTMLAttributes<HTMLInputElement>["inputMode"];
  placeholder?: string;
  /** "ltr" for codes typed in Latin order (IBAN, SKU, postcode); e-mail, phone and URL inputs are always so. */
  dir?: "ltr";
  hint?: string;
  error?: string;
};

// Addresses, numbers and codes keep their left to right order in a right to left page (docs/i18n.md).
const LTR_TYPES = new Set(["email", "tel", "url"]);

/** A labelled input; its hint and error are tied to it with aria-describedby. */
export function TextField({ id, name, label, type = "text", dir, hint, error, ...input }: TextFieldProps) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type={type}
        dir={dir ?? (LTR_TYPES.has(type) ? "ltr" : undefined)}
        {...input}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedByOf(id, hint, error)}
        className={inputBase}
      />
      <FieldHint id={id} hint={hint} />
      <FieldError id={id} error={error} />
    </div>
  );
}
