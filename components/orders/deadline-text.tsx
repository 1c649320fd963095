import type { Translate } from "@/lib/i18n/translate";
import type { PartDeadline } from "@/lib/orders/order-detail";
import type { TimeLeft } from "@/lib/orders/rules/deadlines";

/** "1 d 4 h", "3 h 20 min", "12 min": the two largest units of what timeLeft gave. */
export function formatDuration(left: TimeLeft, t: Translate): string {
  if (left.days > 0) return t("orders.life.duration.days", { days: left.days, hours: left.hours });
  if (left.hours > 0) return t("orders.life.duration.hours", { hours: left.hours, minutes: left.minutes });
  return t("orders.life.duration.minutes", { minutes: left.minutes });
}

/** "Accept within 1 d 4 h", "Ship within …", "Late by …" (the deadline itself in the tooltip and for screen readers). */
export function DeadlineText({
  deadline,
  late = false,
  locale,
  t,
}: {
  deadline: PartDeadline | null;
  /** flagged late by the deadline job even though no deadline is shown */
  late?: boolean;
  locale: string;
  t: Translate;
}) {
  if (!deadline) {
    return late ? (
      <span className="font-medium text-red-800">{t("orders.life.deadline.lateFlagged")}</span>
    ) : (
      <span className="text-stone-600">{t("orders.life.deadline.none")}</span>
    );
  }
  const time = formatDuration(deadline.left, t);
  const overdue = deadline.left.overdue && deadline.kind !== "autoConfirm";
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(deadline.at);
  return (
    <span className={overdue ? "font-medium text-red-800" : "text-stone-800"}>
      <time dateTime={deadline.at.toISOString()} title={t("orders.life.deadline.at", { date })}>
        {overdue ? t("orders.life.deadline.late", { time }) : t(`orders.life.deadline.${deadline.kind}`, { time })}
      </time>
    </span>
  );
}
