import { TextField } from "@/components/ui/text-field";

type Props = { id: string; label: string; hint: string; defaultValue: string; error?: string };

/** An amount of money as a person types it ("12,50"), named "amount"; the domain reads it (parseMoney). */
export function AmountField({ id, label, hint, defaultValue, error }: Props) {
  return (
    <TextField
      id={id}
      name="amount"
      label={label}
      hint={hint}
      inputMode="decimal"
      autoComplete="off"
      maxLength={20}
      defaultValue={defaultValue}
      error={error}
    />
  );
}
