// The payments' own e-mails (docs/domain.md, Refund): the operators' notice that a refund was given
// up after its last attempt, so that someone refunds the shopper by hand.
import type { Translate } from "@/lib/i18n/translate";
import { formatMoney } from "@/lib/money/format-money";
import type { RefundFailedEmail } from "@/lib/notifications/templates";
import type { EmailBlock } from "./layout";

type Built = { subject: string; blocks: EmailBlock[] };

const p = (text: string): EmailBlock => ({ kind: "paragraph", text });
const quote = (text: string): EmailBlock => ({ kind: "quote", text });

export function refundFailedEmail(d: RefundFailedEmail, t: Translate, lang: string): Built {
  const names = { number: d.orderNumber, shop: d.shopName };
  return {
    subject: t("payments.emails.refundFailed.subject", names),
    blocks: [
      p(t("emails.greetingTeam")),
      p(
        t("payments.emails.refundFailed.body", {
          ...names,
          amount: formatMoney(d.amount, d.currency, lang),
          attempts: d.attempts,
        }),
      ),
      p(t("payments.emails.refundFailed.error")),
      quote(d.lastError),
      p(t("payments.emails.refundFailed.action", { url: d.orderUrl })),
    ],
  };
}
