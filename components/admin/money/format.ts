import type { Translate } from "@/lib/i18n/translate";
import { formatMoney } from "@/lib/money/format-money";
import { cutoffOf, PAYOUT_TIME_ZONE } from "@/lib/payouts/schedule";

/** How the operator's money pages write amounts, dates, months and runs: the viewer's locale, Paris time. */
export type AdminMoneyFormat = {
  t: Translate;
  money: (amount: number) => string;
  date: (date: Date) => string;
  /** "2026-03" → "mars 2026"; "2026" → "Année 2026" */
  period: (period: string) => string;
  /** a run date "2026-03-25" → "25 mars 2026"; "request" → "À la demande" */
  run: (periodKey: string) => string;
};

export function adminMoneyFormat(t: Translate, locale: string, currency: string): AdminMoneyFormat {
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: PAYOUT_TIME_ZONE });
  const monthFormat = new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" });
  return {
    t,
    money: (amount) => formatMoney(amount, currency, locale),
    date: (date) => dateFormat.format(date),
    period: (period) => {
      const [year, month] = period.split("-").map(Number);
      return month
        ? monthFormat.format(new Date(Date.UTC(year, month - 1, 15)))
        : t("adminMoney.period.year", { year });
    },
    run: (periodKey) =>
      periodKey === "request" || periodKey.startsWith("request:")
        ? t("adminMoney.runs.request")
        : /^\d{4}-\d{2}-\d{2}$/.test(periodKey)
          ? dateFormat.format(cutoffOf(periodKey))
          : periodKey,
  };
}
