import type { Translate } from "@/lib/i18n/translate";
import type { IndicatorStatus } from "@/lib/quality/quality-rules";

const TONES: Record<IndicatorStatus, string> = {
  ok: "border-emerald-200 bg-emerald-50 text-emerald-900",
  crossed: "border-red-200 bg-red-50 text-red-900",
  notEnough: "border-stone-200 bg-stone-50 text-stone-700",
};

/** An indicator's status in words (never by colour alone). */
export function QualityStatus({ status, t }: { status: IndicatorStatus; t: Translate }) {
  return (
    <span className={`inline-block rounded-full border px-2 py-0.5 text-xs font-medium ${TONES[status]}`}>
      {t(`quality.status.${status}`)}
    </span>
  );
}
