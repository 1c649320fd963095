// The e-mails of an account (docs/security.md): sign-up ("security.throttle.emails") and a password
// change ("security.sessions.emails"); every string from the catalogues.
import type { Translate } from "@/lib/i18n/translate";
import type { AccountEmailTemplates } from "@/lib/notifications/account-templates";
import type { EmailBlock } from "./layout";

type Built = { subject: string; blocks: EmailBlock[] };
type Builders = {
  [T in keyof AccountEmailTemplates]: (data: AccountEmailTemplates[T], t: Translate, lang: string) => Built;
};

const p = (text: string): EmailBlock => ({ kind: "paragraph", text });

export const ACCOUNT_EMAILS: Builders = {
  "account.confirm-email": (d, t) => ({
    subject: t("security.throttle.emails.confirmEmail.subject"),
    blocks: [
      p(t("emails.greeting", { name: d.name })),
      p(t("security.throttle.emails.confirmEmail.body", { email: d.email })),
      p(t("security.throttle.emails.confirmEmail.action", { url: d.confirmUrl })),
      p(t("security.throttle.emails.confirmEmail.notYou")),
    ],
  }),
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
  "account.password-changed": (d, t) => ({
    subject: t("security.sessions.emails.passwordChanged.subject"),
    blocks: [
      p(t("emails.greeting", { name: d.name })),
      p(t("security.sessions.emails.passwordChanged.body", { email: d.email })),
      p(t("security.sessions.emails.passwordChanged.notYou", { url: d.signInUrl })),
    ],
  }),
};
