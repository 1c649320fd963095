// The e-mails of docs/trust.md (support): every string from the catalogues.
import type { Translate } from "@/lib/i18n/translate";
import type { SupportEmailTemplates } from "@/lib/notifications/support-templates";
import type { EmailBlock } from "./layout";

type Built = { subject: string; blocks: EmailBlock[] };
type Builders = {
  [T in keyof SupportEmailTemplates]: (data: SupportEmailTemplates[T], t: Translate, lang: string) => Built;
};

const p = (text: string): EmailBlock => ({ kind: "paragraph", text });

export const SUPPORT_EMAILS: Builders = {
  "support.message": (d, t) => ({
    subject: t("support.emailSubject", { shopName: d.shopName }),
    blocks: [p(t("emails.greeting", { name: d.recipientName })), p(d.shopName), p(d.url)],
  }),
};
