import type { SupportEmailTemplates } from "@/lib/notifications/support-templates";

/** One sample per template of emails/support-emails.ts (the rendering test renders each in every language). */
export const SUPPORT_EMAIL_SAMPLES: SupportEmailTemplates = {
  "support.opened": {
    number: "S-2026-000042",
    shopName: "Fournil",
    subject: "Virement non reçu",
    excerpt: "Bonjour, le virement de mars n'est pas arrivé sur notre compte.",
    attachmentCount: 1,
    url: "https://halle.test/admin/support/r1",
  },
  "support.message": {
    to: "vendor",
    recipientName: "Léa",
    number: "S-2026-000042",
    shopName: "Fournil",
    subject: "Virement non reçu",
    excerpt: "Il part demain matin, avec nos excuses pour le retard.",
    attachmentCount: 0,
    url: "https://halle.test/dashboard/support/r1",
  },
  "support.closed": {
    recipientName: "Léa",
    number: "S-2026-000042",
    shopName: "Fournil",
    subject: "Virement non reçu",
    url: "https://halle.test/dashboard/support/r1",
  },
};
