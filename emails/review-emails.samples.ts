import type { ReviewEmailTemplates } from "@/lib/notifications/review-templates";

/** One sample per template of emails/review-emails.ts (the rendering test renders each in every language). */
export const REVIEW_EMAIL_SAMPLES: ReviewEmailTemplates = {
  "review.received": {
    shopName: "Fournil",
    authorName: "Marc P.",
    orderNumber: "H-000123",
    rating: 4,
    comment: "Pain excellent, accueil chaleureux",
    url: "https://halle.test/dashboard/reviews",
  },
  "review.replied": {
    recipientName: "Marc",
    shopName: "Fournil",
    reply: "Merci, à samedi !",
    url: "https://halle.test/account/orders/o1",
  },
  "review.hidden": {
    to: "shopper",
    recipientName: "Marc",
    shopName: "Fournil",
    reason: "Propos injurieux",
    url: "https://halle.test/account/orders/o1",
  },
};
