import type { Translate } from "@/lib/i18n/translate";
import { formatMoney } from "@/lib/money/format-money";
import { cutoffOf, PAYOUT_TIME_ZONE } from "@/lib/payouts/schedule";

/** How the money pages write amounts and dates: the viewer's locale, the marketplace's time zone. */
export type MoneyFormat = {
  t: Translate;
  locale: string;
  money: (amount: number) => string;
  date: (date: Date) => string;
  /** a run date ("2026-12-10", the marketplace's calendar day) */
  runDate: (runDate: string) => string;
};

export function moneyFormat(t: Translate, locale: string, currency: string): MoneyFormat {
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: PAYOUT_TIME_ZONE });
  return {
    t,
    locale,
    money: (amount) => formatMoney(amount, currency, locale),
    date: (date) => dateFormat.format(date),
    // 00:00 of that day in the marketplace's zone is on that day whatever the viewer's zone
    runDate: (runDate) => dateFormat.format(cutoffOf(runDate)),
  };
}

/** A payout's name: its run's date, or the day it was requested. */
export function payoutTitle(f: MoneyFormat, payout: { periodKey: string; createdAt: Date }): string {
  return payout.periodKey.startsWith("request:")
    ? f.t("money.payout.requestedTitle", { date: f.date(payout.createdAt) })
    : f.t("money.payout.title", { date: f.runDate(payout.periodKey) });
}
