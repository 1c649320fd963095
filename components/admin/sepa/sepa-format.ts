import type { Translate } from "@/lib/i18n/translate";
import { cutoffOf, PAYOUT_TIME_ZONE } from "@/lib/payouts/schedule";

/** Dates of payouts and files, in the marketplace's zone (docs/payouts.md, schedules). */
export function sepaDateFormat(locale: string, withTime = false): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: "medium",
    ...(withTime ? { timeStyle: "short" } : {}),
    timeZone: PAYOUT_TIME_ZONE,
  });
}

/** "10 déc. 2026" for a scheduled run's payout, "Sur demande" for one asked for. */
export function periodLabel(periodKey: string, locale: string, t: Translate): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(periodKey)) return t("sepa.toPay.onRequest");
  return sepaDateFormat(locale).format(cutoffOf(periodKey));
}

export const badge = "inline-block rounded-full px-2.5 py-0.5 text-sm font-medium whitespace-nowrap";

export const STATUS_TONES = {
  SCHEDULED: "bg-stone-200 text-stone-800",
  PROCESSING: "bg-amber-100 text-amber-900",
  GENERATED: "bg-amber-100 text-amber-900",
  PAID: "bg-green-100 text-green-900",
  FAILED: "bg-red-100 text-red-900",
} as const;
