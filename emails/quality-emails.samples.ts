import type { QualityEmailTemplates } from "@/lib/notifications/quality-templates";

/** One sample per template of emails/quality-emails.ts (the rendering test renders each in every language). */
export const QUALITY_EMAIL_SAMPLES: QualityEmailTemplates = {
  "quality.warning": {
    recipientName: "Léa",
    shopName: "Fournil",
    windowDays: 30,
    ordersCount: 12,
    indicators: [{ key: "lateShipmentRate", value: 2500, threshold: 1000 }],
    url: "https://halle.test/dashboard/quality",
  },
  "quality.flagged": {
    recipientName: "Opérateur",
    shopName: "Fournil",
    windowDays: 30,
    ordersCount: 12,
    indicators: [{ key: "answerTime", value: 1500, threshold: 1440 }],
    url: "https://halle.test/admin/quality",
  },
};
