// The payments' own e-mails (docs/domain.md, Refund; capture): the operators' notices that a refund,
// or an authorized order's capture, was given up, so that someone settles it by hand.
import type { Translate } from "@/lib/i18n/translate";
import { formatMoney } from "@/lib/money/format-money";
import type { CaptureFailedEmail, RefundFailedEmail } from "@/lib/notifications/templates";
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

export function captureFailedEmail(d: CaptureFailedEmail, t: Translate, lang: string): Built {
  const values = { number: d.orderNumber, amount: formatMoney(d.amount, d.currency, lang), attempts: d.attempts };
  return {
    subject: t("payments.emails.captureFailed.subject", values),
    blocks: [
      p(t("emails.greetingTeam")),
      p(
        t(
          d.kind === "capture" ? "payments.emails.captureFailed.capture" : "payments.emails.captureFailed.release",
          values,
        ),
      ),
      p(t("payments.emails.captureFailed.shops", { shops: d.shopNames.join(", ") })),
      p(t(d.lapsed ? "payments.emails.captureFailed.lapsed" : "payments.emails.captureFailed.attempts", values)),
      p(
        t(
          d.kind === "capture"
            ? "payments.emails.captureFailed.todoCapture"
            : "payments.emails.captureFailed.todoRelease",
        ),
      ),
      p(t("payments.emails.refundFailed.error")),
      quote(d.lastError),
      p(t("payments.emails.refundFailed.action", { url: d.orderUrl })),
    ],
  };
}
