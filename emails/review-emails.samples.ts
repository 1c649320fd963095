import type { ReviewEmailTemplates } from "@/lib/notifications/review-templates";

/** One sample per template of emails/review-emails.ts (the rendering test renders each in every language). */
export const REVIEW_EMAIL_SAMPLES: ReviewEmailTemplates = {
  "review.hidden": { recipientName: "Léa", shopName: "Fournil", url: "https://halle.test/dashboard" },
};
