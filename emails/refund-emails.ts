// The shopper's e-mail when a shop refunds after the goods left (docs/domain.md, Refund): the
// amount, the reason and, for a refund per line, which lines.
import type { Translate } from "@/lib/i18n/translate";
import { formatMoney } from "@/lib/money/format-money";
import type { RefundEmail } from "@/lib/notifications/templates";
import type { EmailBlock } from "./layout";

type Built = { subject: string; blocks: EmailBlock[] };

const p = (text: string): EmailBlock => ({ kind: "paragraph", text });
const quote = (text: string): EmailBlock => ({ kind: "quote", text });

export function orderRefundedEmail(d: RefundEmail, t: Translate, lang: string): Built {
  const amount = formatMoney(d.refundAmount, d.currency, lang);
  const names = { shop: d.shopName, number: d.orderNumber };
  const blocks: EmailBlock[] = [
    p(d.customerName ? t("emails.greeting", { name: d.customerName }) : t("emails.greetingTeam")),
    p(t("orders.emails.refunded.body", { ...names, amount })),
  ];
  if (d.lines.length > 0)
    blocks.push(
      p(
        [
          t("orders.emails.refunded.lines"),
          ...d.lines.map((line) => t("orders.emails.refunded.line", { quantity: line.quantity, title: line.title })),
        ].join("\n"),
      ),
    );
  blocks.push(p(t("orders.emails.refunded.reason")), quote(d.reason));
  blocks.push(p(t("orders.emails.refunded.delay")), p(t("orders.emails.refunded.action", { url: d.orderUrl })));
  return { subject: t("orders.emails.refunded.subject", { ...names, amount }), blocks };
}
