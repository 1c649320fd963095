// The e-mails of docs/trust.md (vendor support): every string from the "support.emails" catalogue.
import type { Translate } from "@/lib/i18n/translate";
import type { SupportEmailTemplates } from "@/lib/notifications/support-templates";
import type { EmailBlock } from "./layout";

type Built = { subject: string; blocks: EmailBlock[] };
type Builders = {
  [T in keyof SupportEmailTemplates]: (data: SupportEmailTemplates[T], t: Translate, lang: string) => Built;
};

const p = (text: string): EmailBlock => ({ kind: "paragraph", text });
const quote = (text: string): EmailBlock => ({ kind: "quote", text });

const greeting = (name: string | null, t: Translate) =>
  p(name ? t("emails.greeting", { name }) : t("emails.greetingTeam"));

function withExcerpt(blocks: EmailBlock[], excerpt: string, attachmentCount: number, t: Translate): EmailBlock[] {
  if (excerpt) blocks.push(quote(excerpt));
  if (attachmentCount > 0) blocks.push(p(t("support.emails.attachments", { count: attachmentCount })));
  return blocks;
}

export const SUPPORT_EMAILS: Builders = {
  "support.opened": (d, t) => {
    const names = { number: d.number, shop: d.shopName, subject: d.subject };
    return {
      subject: t("support.emails.opened.subject", names),
      blocks: [
        ...withExcerpt([greeting(null, t), p(t("support.emails.opened.body", names))], d.excerpt, d.attachmentCount, t),
        p(t("support.emails.actionOperator", { url: d.url })),
      ],
    };
  },
  "support.message": (d, t) => {
    const names = { number: d.number, shop: d.shopName, subject: d.subject };
    const fromVendor = d.to === "operator";
    return {
      subject: t(fromVendor ? "support.emails.message.subjectOperator" : "support.emails.message.subjectVendor", names),
      blocks: [
        ...withExcerpt(
          [
            greeting(d.recipientName, t),
            p(t(fromVendor ? "support.emails.message.bodyOperator" : "support.emails.message.bodyVendor", names)),
          ],
          d.excerpt,
          d.attachmentCount,
          t,
        ),
        p(t(fromVendor ? "support.emails.actionOperator" : "support.emails.actionVendor", { url: d.url })),
      ],
    };
  },
  "support.closed": (d, t) => {
    const names = { number: d.number, shop: d.shopName, subject: d.subject };
    return {
      subject: t("support.emails.closed.subject", names),
      blocks: [
        greeting(d.recipientName, t),
        p(t("support.emails.closed.body", names)),
        p(t("support.emails.actionVendor", { url: d.url })),
      ],
    };
  },
};
