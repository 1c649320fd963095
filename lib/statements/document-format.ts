// How statements and invoices write amounts, dates and line labels, the same on the page, in the
// PDF and in the CSV (docs/payouts.md, formats). Pure: the translator and locale are passed in.
import { BILLING_TIME_ZONE } from "@/lib/fees/plan-charges";
import { getTranslator } from "@/lib/i18n/catalogues";
import { textDirection, type Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import { formatMoney } from "@/lib/money/format-money";
import { periodBounds, type InvoiceLine } from "./statement-arithmetic";

export type DocumentFormat = {
  t: Translate;
  locale: string;
  money: (amount: number) => string;
  date: (date: Date) => string;
  /** "novembre 2026" */
  month: (periodKey: string) => string;
  /** "20 %" from basis points */
  rate: (bps: number) => string;
  /** the last day of a period whose end is exclusive (the next month's first instant) */
  lastDay: (end: Date) => string;
};

export function documentFormat(t: Translate, locale: string, currency: string): DocumentFormat {
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: BILLING_TIME_ZONE });
  const monthFormat = new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: BILLING_TIME_ZONE });
  const rateFormat = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 2 });
  return {
    t,
    locale,
    money: (amount) => formatMoney(amount, currency, locale),
    date: (date) => dateFormat.format(date),
    month: (periodKey) => monthFormat.format(periodBounds(periodKey).start),
    rate: (bps) => rateFormat.format(bps / 10_000),
    lastDay: (end) => dateFormat.format(new Date(end.getTime() - 1)),
  };
}

/** An invoice line's description in the reader's language. */
export function invoiceLineLabel(line: InvoiceLine, f: DocumentFormat): string {
  if (line.kind !== "PLAN_CHARGE") return f.t(`statements.invoice.lines.${line.kind}`);
  return f.t(`statements.invoice.lines.${line.chargeKind}`, {
    plan: line.planName,
    start: f.date(new Date(line.periodStart)),
    end: f.lastDay(new Date(line.periodEnd)),
  });
}

/**
 * The format of a PDF: PDFKit draws with its standard fonts, which have no Persian glyphs and no
 * right-to-left shaping, so a right-to-left viewer's PDF is issued in English (docs/i18n.md, what
 * is not in Persian yet); the page and the CSV stay in their language.
 */
export function pdfDocumentFormat(locale: Locale, currency: string): DocumentFormat {
  const pdfLocale: Locale = textDirection(locale) === "rtl" ? "en" : locale;
  return documentFormat(getTranslator(pdfLocale), pdfLocale, currency);
}
