import type { SupportEmailTemplates } from "@/lib/notifications/support-templates";

/** One sample per template of emails/support-emails.ts (the rendering test renders each in every language). */
export const SUPPORT_EMAIL_SAMPLES: SupportEmailTemplates = {
  "support.message": { recipientName: "Léa", shopName: "Fournil", url: "https://halle.test/dashboard" },
};
