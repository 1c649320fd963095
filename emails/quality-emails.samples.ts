import type { QualityEmailTemplates } from "@/lib/notifications/quality-templates";

/** One sample per template of emails/quality-emails.ts (the rendering test renders each in every language). */
export const QUALITY_EMAIL_SAMPLES: QualityEmailTemplates = {
  "quality.warning": { recipientName: "Léa", shopName: "Fournil", url: "https://halle.test/dashboard" },
};
