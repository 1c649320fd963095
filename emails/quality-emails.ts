// The e-mails of docs/trust.md (quality): every string from the catalogues.
import type { Translate } from "@/lib/i18n/translate";
import type { QualityEmailTemplates } from "@/lib/notifications/quality-templates";
import type { EmailBlock } from "./layout";

type Built = { subject: string; blocks: EmailBlock[] };
type Builders = {
  [T in keyof QualityEmailTemplates]: (data: QualityEmailTemplates[T], t: Translate, lang: string) => Built;
};

const p = (text: string): EmailBlock => ({ kind: "paragraph", text });

export const QUALITY_EMAILS: Builders = {
  "quality.warning": (d, t) => ({
    subject: t("quality.emailSubject", { shopName: d.shopName }),
    blocks: [p(t("emails.greeting", { name: d.recipientName })), p(d.shopName), p(d.url)],
  }),
};
