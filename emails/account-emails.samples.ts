import type { AccountEmailTemplates } from "@/lib/notifications/account-templates";

/** One sample per template of emails/account-emails.ts (the rendering test renders each in every language). */
export const ACCOUNT_EMAIL_SAMPLES: AccountEmailTemplates = {
  "account.confirm-email": {
    name: "Léa",
    email: "lea@example.fr",
    confirmUrl: "https://halle.test/sign-up/confirm?token=abc.def",
  },
  "account.welcome": { name: "Léa", email: "lea@example.fr", signInUrl: "https://halle.test/sign-in" },
  "account.sign-up-attempt": { name: "Léa", email: "lea@example.fr", signInUrl: "https://halle.test/sign-in" },
  "account.password-changed": { name: "Léa", email: "lea@example.fr", signInUrl: "https://halle.test/sign-in" },
};
