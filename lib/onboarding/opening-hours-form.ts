import type { OpeningHours } from "@/lib/shops/opening-hours";

// Opening hours travel in a form as hours.<day>.<i>.open / .close (day 0 = Monday) and
// hours.<day>.closed. A range left entirely empty is ignored; a half-filled one is kept so the
// schema can point at the missing time.
export const MAX_RANGES_PER_DAY = 3;

type FieldReader = { get(name: string): FormDataEntryValue | null };

function text(value: FormDataEntryValue | null): string {
  return typeof value === "string" ? value.trim() : "";
}

export function readOpeningHoursForm(form: FieldReader): OpeningHours {
  return Array.from({ length: 7 }, (_, day) => {
    if (form.get(`hours.${day}.closed`) === "on") return [];
    const ranges = [];
    for (let i = 0; i < MAX_RANGES_PER_DAY; i++) {
      const open = text(form.get(`hours.${day}.${i}.open`));
      const close = text(form.get(`hours.${day}.${i}.close`));
      if (open || close) ranges.push({ open, close });
    }
    return ranges;
  });
}
