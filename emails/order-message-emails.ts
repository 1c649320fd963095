// A new message in a part's conversation (docs/domain.md, conversation): one e-mail per other
// participant, its words from the "conversation.emails" catalogue.
import type { Translate } from "@/lib/i18n/translate";
import type { OrderMessageEmail } from "@/lib/notifications/templates";
import type { EmailBlock } from "./layout";

const p = (text: string): EmailBlock => ({ kind: "paragraph", text });
const quote = (text: string): EmailBlock => ({ kind: "quote", text });

const ACTION_KEYS = {
  shopper: "conversation.emails.actionShopper",
  guest: "conversation.emails.actionGuest",
  vendor: "conversation.emails.actionVendor",
  operator: "conversation.emails.actionOperator",
} as const;

export function orderMessageEmail(d: OrderMessageEmail, t: Translate): { subject: string; blocks: EmailBlock[] } {
  const author = d.author === "OPERATOR" ? t("conversation.author.operator") : d.authorName;
  const names = { author, number: d.orderNumber, shop: d.shopName };
  const blocks: EmailBlock[] = [
    p(d.recipientName ? t("emails.greeting", { name: d.recipientName }) : t("emails.greetingTeam")),
    p(t("conversation.emails.body", names)),
  ];
  if (d.excerpt) blocks.push(quote(d.excerpt));
  if (d.attachmentCount > 0) blocks.push(p(t("conversation.emails.attachments", { count: d.attachmentCount })));
  blocks.push(p(t(ACTION_KEYS[d.to], { url: d.url })));
  return { subject: t("conversation.emails.subject", names), blocks };
}
