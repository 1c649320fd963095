import type { SupportStatus as SupportRequestStatus } from "@/lib/support/schemas";
import type { Translate } from "@/lib/i18n/translate";

const TONE: Record<SupportRequestStatus, string> = {
  OPEN: "bg-amber-100 text-amber-900",
  ANSWERED: "bg-sky-100 text-sky-900",
  CLOSED: "bg-stone-200 text-stone-800",
};

/** A support request's status in words (colour is only a second cue); the side changes the words. */
export function SupportStatusBadge({
  status,
  side,
  t,
}: {
  status: SupportRequestStatus;
  side: "VENDOR" | "OPERATOR";
  t: Translate;
}) {
  return (
    <span
      data-testid="support-status"
      className={`inline-block rounded-full px-2.5 py-0.5 text-sm font-medium whitespace-nowrap ${TONE[status]}`}
    >
      {t(side === "VENDOR" ? `support.status.vendor.${status}` : `support.status.operator.${status}`)}
    </span>
  );
}
