// The e-mails of docs/trust.md (quality): their data. Built in emails/quality-emails.ts.

/** One indicator past its threshold, in its own unit (basis points, minutes, hundredths of a star). */
export type QualityEmailIndicator = { key: string; value: number | null; threshold: number };

type QualityAlertEmail = {
  recipientName: string;
  shopName: string;
  /** the window judged, in days */
  windowDays: number;
  /** parts paid in the window */
  ordersCount: number;
  indicators: QualityEmailIndicator[];
  url: string;
};

export type QualityEmailTemplates = {
  /** to the shop's owner, when its quality indicators cross a threshold (with the figures) */
  "quality.warning": QualityAlertEmail;
  /** to each operator, when a shop crosses again within the period after a warning: flagged */
  "quality.flagged": QualityAlertEmail;
};
