// The sign-in throttle's e-mail (docs/security.md, "Throttles and client addresses"): every string
// from the "security.throttle.signIn.emails" catalogue.
import type { Translate } from "@/lib/i18n/translate";
import type { EmailTemplates } from "@/lib/notifications/templates";
import type { EmailBlock } from "./layout";

type Built = { subject: string; blocks: EmailBlock[] };
const p = (text: string): EmailBlock => ({ kind: "paragraph", text });

export const SIGN_IN_EMAILS: {
  "account.sign-in-locked": (data: EmailTemplates["account.sign-in-locked"], t: Translate, lang: string) => Built;
} = {
  "account.sign-in-locked": (d, t) => ({
    subject: t("security.throttle.signIn.emails.locked.subject"),
    blocks: [
      p(t("emails.greeting", { name: d.name })),
      p(t("security.throttle.signIn.emails.locked.body", { email: d.email, minutes: d.minutes })),
      p(t("security.throttle.signIn.emails.locked.action", { url: d.unlockUrl })),
      p(t("security.throttle.signIn.emails.locked.notYou")),
    ],
  }),
};
