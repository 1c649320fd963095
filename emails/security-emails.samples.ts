import type { SecurityEmailTemplates } from "@/lib/notifications/security-templates";

/** One sample per security e-mail, for emails/render-email.test.ts. */
export const SECURITY_EMAIL_SAMPLES: SecurityEmailTemplates = {
  "payout.change-requested": {
    vendorName: "Léa",
    shopName: "Fournil",
    maskedIban: "FR76 •••• •••• 0189",
    dashboardUrl: "https://halle.test/dashboard/shops/s1/setup/payout",
  },
  "payout.change-decided": {
    vendorName: "Léa",
    shopName: "Fournil",
    maskedIban: "FR76 •••• •••• 0189",
    decision: "approved",
    dashboardUrl: "https://halle.test/dashboard/shops/s1/setup/payout",
  },
  "product.hold-lifted": {
    vendorName: "Léa",
    shopName: "Fournil",
    productTitle: "Pain de campagne",
    productUrl: "https://halle.test/dashboard/products/p1",
  },
};
