// Small readers shared by the onboarding schemas: form fields arrive as strings ("" when empty).
import { toLatinDigits } from "@/lib/i18n/digits";

/** "" or only spaces → undefined, so optional fields can be left empty. */
export function emptyToUndefined(value: unknown): unknown {
  return typeof value === "string" && value.trim() === "" ? undefined : value;
}

/** A checkbox: "on"/"true"/true → true; anything else (absent) → false. */
export function checkbox(value: unknown): boolean {
  return value === true || value === "on" || value === "true";
}

/** A number field: "" → undefined; "12,5" and "۱۲٫۵" → 12.5; anything else stays for the schema to refuse. */
export function numberField(value: unknown): unknown {
  if (typeof value === "number") return value;
  if (typeof value !== "string" || value.trim() === "") return undefined;
  const parsed = Number(toLatinDigits(value).trim().replace(",", "."));
  return Number.isFinite(parsed) ? parsed : value;
}
