import type { EmailTemplates } from "@/lib/notifications/templates";

/** A sample of each billing e-mail, for the rendering tests. */
export const BILLING_EMAIL_SAMPLES: { "billing.renewal-reminder": EmailTemplates["billing.renewal-reminder"] } = {
  "billing.renewal-reminder": {
    vendorName: "Sara",
    shopName: "Fournil",
    planName: "Location 3 mois",
    endsAt: "2027-03-16T08:00:00.000Z",
    timeZone: "Europe/Paris",
    daysLeft: 7,
    renewUrl: "https://halle.test/dashboard/plan",
  },
};
