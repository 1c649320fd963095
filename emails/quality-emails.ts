// The e-mails of docs/trust.md (quality): every string from the catalogues.
import type { Translate } from "@/lib/i18n/translate";
import type { QualityEmailIndicator, QualityEmailTemplates } from "@/lib/notifications/quality-templates";
import { formatIndicatorValue } from "@/lib/quality/format-indicator";
import { isQualityIndicator } from "@/lib/quality/quality-rules";
import type { EmailBlock } from "./layout";

type Built = { subject: string; blocks: EmailBlock[] };
type Builders = {
  [T in keyof QualityEmailTemplates]: (data: QualityEmailTemplates[T], t: Translate, lang: string) => Built;
};

const p = (text: string): EmailBlock => ({ kind: "paragraph", text });

/** One line per indicator: its name, the figure and the threshold, as the dashboard shows them. */
function indicatorLines(indicators: QualityEmailIndicator[], t: Translate, lang: string): EmailBlock[] {
  return indicators.flatMap(({ key, value, threshold }) =>
    isQualityIndicator(key)
      ? [
          {
            kind: "quote" as const,
            text: t("quality.emails.indicatorLine", {
              indicator: t(`quality.indicators.${key}`),
              value: formatIndicatorValue(key, value, t, lang),
              threshold: formatIndicatorValue(key, threshold, t, lang),
            }),
          },
        ]
      : [],
  );
}

export const QUALITY_EMAILS: Builders = {
  "quality.warning": (d, t, lang) => ({
    subject: t("quality.emails.warningSubject", { shopName: d.shopName }),
    blocks: [
      p(t("emails.greeting", { name: d.recipientName })),
      p(t("quality.emails.warningIntro", { shopName: d.shopName, days: d.windowDays, orders: d.ordersCount })),
      ...indicatorLines(d.indicators, t, lang),
      p(t("quality.emails.warningConsequence")),
      p(t("quality.emails.warningAction", { url: d.url })),
    ],
  }),
  "quality.flagged": (d, t, lang) => ({
    subject: t("quality.emails.flaggedSubject", { shopName: d.shopName }),
    blocks: [
      p(t("emails.greeting", { name: d.recipientName })),
      p(t("quality.emails.flaggedIntro", { shopName: d.shopName, days: d.windowDays, orders: d.ordersCount })),
      ...indicatorLines(d.indicators, t, lang),
      p(t("quality.emails.flaggedAction", { url: d.url })),
    ],
  }),
};
