// The e-mails of docs/trust.md (review): every string from the catalogues.
import type { Translate } from "@/lib/i18n/translate";
import type { ReviewEmailTemplates } from "@/lib/notifications/review-templates";
import type { EmailBlock } from "./layout";

type Built = { subject: string; blocks: EmailBlock[] };
type Builders = {
  [T in keyof ReviewEmailTemplates]: (data: ReviewEmailTemplates[T], t: Translate, lang: string) => Built;
};

const p = (text: string): EmailBlock => ({ kind: "paragraph", text });

export const REVIEW_EMAILS: Builders = {
  "review.hidden": (d, t) => ({
    subject: t("reviews.emailSubject", { shopName: d.shopName }),
    blocks: [p(t("emails.greeting", { name: d.recipientName })), p(d.shopName), p(d.url)],
  }),
};
