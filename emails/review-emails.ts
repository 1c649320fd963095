// The e-mails of docs/trust.md (reviews): every string from the "reviews.emails" catalogue.
import type { Translate } from "@/lib/i18n/translate";
import type { ReviewEmailTemplates } from "@/lib/notifications/review-templates";
import type { EmailBlock } from "./layout";

type Built = { subject: string; blocks: EmailBlock[] };
type Builders = {
  [T in keyof ReviewEmailTemplates]: (data: ReviewEmailTemplates[T], t: Translate, lang: string) => Built;
};

const p = (text: string): EmailBlock => ({ kind: "paragraph", text });
const quote = (text: string): EmailBlock => ({ kind: "quote", text });
const greeting = (name: string | null, t: Translate) =>
  p(name ? t("emails.greeting", { name }) : t("emails.greetingTeam"));

export const REVIEW_EMAILS: Builders = {
  "review.received": (d, t) => {
    const blocks = [
      greeting(null, t),
      p(
        t("reviews.emails.received.body", {
          author: d.authorName,
          shopName: d.shopName,
          number: d.orderNumber,
          rating: d.rating,
        }),
      ),
    ];
    if (d.comment) blocks.push(quote(d.comment));
    blocks.push(p(t("reviews.emails.received.action", { url: d.url })));
    return { subject: t("reviews.emails.received.subject", { shopName: d.shopName, rating: d.rating }), blocks };
  },
  "review.replied": (d, t) => ({
    subject: t("reviews.emails.replied.subject", { shopName: d.shopName }),
    blocks: [
      greeting(d.recipientName, t),
      p(t("reviews.emails.replied.body", { shopName: d.shopName })),
      quote(d.reply),
      p(t("reviews.emails.replied.action", { url: d.url })),
    ],
  }),
  "review.hidden": (d, t) => ({
    subject: t("reviews.emails.hidden.subject", { shopName: d.shopName }),
    blocks: [
      greeting(d.recipientName, t),
      p(
        d.to === "shopper"
          ? t("reviews.emails.hidden.bodyShopper", { shopName: d.shopName })
          : t("reviews.emails.hidden.bodyShop", { shopName: d.shopName }),
      ),
      quote(d.reason),
      p(t("reviews.emails.hidden.action", { url: d.url })),
    ],
  }),
};
