// The e-mails of sign-up (docs/security.md): every string from the "security.throttle.emails" catalogue.
import type { Translate } from "@/lib/i18n/translate";
import type { AccountEmailTemplates } from "@/lib/notifications/account-templates";
import type { EmailBlock } from "./layout";

type Built = { subject: string; blocks: EmailBlock[] };
type Builders = {
  [T in keyof AccountEmailTemplates]: (data: AccountEmailTemplates[T], t: Translate, lang: string) => Built;
};

const p = (text: string): EmailBlock => ({ kind: "paragraph", text });

export const ACCOUNT_EMAILS: Builders = {
  "account.welcome": (d, t) => ({
    subject: t("security.throttle.emails.welcome.subject"),
    blocks: [
      p(t("emails.greeting", { name: d.name })),
      p(t("security.throttle.emails.welcome.body", { email: d.email })),
      p(t("security.throttle.emails.welcome.action", { url: d.signInUrl })),
      p(t("security.throttle.emails.welcome.notYou")),
    ],
  }),
  "account.sign-up-attempt": (d, t) => ({
    subject: t("security.throttle.emails.signUpAttempt.subject"),
    blocks: [
      p(t("emails.greeting", { name: d.name })),
      p(t("security.throttle.emails.signUpAttempt.body", { email: d.email })),
      p(t("security.throttle.emails.signUpAttempt.action", { url: d.signInUrl })),
      p(t("security.throttle.emails.signUpAttempt.notYou")),
    ],
  }),
};
