import type { NextAmbassadorPayout } from "@/lib/ambassadors/next-ambassador-payout";
import type { Translate } from "@/lib/i18n/translate";
import { formatMoney } from "@/lib/money/format-money";
import { PAYOUT_TIME_ZONE } from "@/lib/payouts/schedule";

/** "every Friday", "on the 10th and the 25th of each month"…: the ambassadors' calendar in words. */
export function scheduleText(next: Pick<NextAmbassadorPayout, "schedule" | "weekday">, locale: string, t: Translate) {
  if (next.schedule === "WEEKLY") {
    // 2024-01-01 was a Monday: day `weekday` of that week names the weekday in the viewer's language.
    const day = new Date(Date.UTC(2024, 0, next.weekday, 12));
    const weekday = new Intl.DateTimeFormat(locale, { weekday: "long", timeZone: "UTC" }).format(day);
    return t("ambassadors.schedule.WEEKLY", { weekday });
  }
  return t(next.schedule === "TWICE_MONTHLY" ? "ambassadors.schedule.TWICE_MONTHLY" : "ambassadors.schedule.MONTHLY");
}

/** The next payout: its date, amount and account, or why there will be none then. */
export function NextPayout({
  next,
  maskedIban,
  currency,
  locale,
  t,
}: {
  next: NextAmbassadorPayout;
  maskedIban: string | null;
  currency: string;
  locale: string;
  t: Translate;
}) {
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: PAYOUT_TIME_ZONE }).format(next.date);
  const money = (amount: number) => formatMoney(amount, currency, locale);
  const blocked = next.blockers.length > 0;
  return (
    <div
      data-testid="next-payout"
      className={`flex max-w-2xl flex-col gap-2 rounded-xl border p-4 ${blocked ? "border-amber-200 bg-amber-50" : "border-brand-100 bg-brand-50"}`}
    >
      {blocked ? (
        <>
          <p className="font-medium">{t("ambassadors.next.blocked", { date })}</p>
          <ul className="list-disc ps-5">
            {next.blockers.map((blocker) => (
              <li key={blocker}>
                {t(`ambassadors.next.blockers.${blocker}`, {
                  amount: money(next.amount),
                  minimum: money(Math.max(next.minimumAmount, 1)),
                })}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <>
          <p className="font-medium">
            {t("ambassadors.next.scheduled", { amount: money(next.amount), date, iban: maskedIban ?? "" })}
          </p>
          <p className="text-sm text-stone-700">{t("ambassadors.next.estimate")}</p>
        </>
      )}
      <p className="text-sm text-stone-700">
        {t("ambassadors.next.calendar", { schedule: scheduleText(next, locale, t) })}
      </p>
    </div>
  );
}
