// The deadline job's own e-mails (docs/domain.md, deadlines): the vendor's reminder halfway to the
// acceptance deadline, and the late-shipment notice to the vendor and to the operators. Expiry and
// auto-confirmation are transitions: their e-mails are the life cycle's.
import type { Translate } from "@/lib/i18n/translate";
import type { EmailTemplates } from "@/lib/notifications/templates";
import type { EmailBlock } from "./layout";

type Built = { subject: string; blocks: EmailBlock[] };

const p = (text: string): EmailBlock => ({ kind: "paragraph", text });

/** A deadline as the recipient reads it: date and time in the marketplace's time zone. */
function deadlineText(iso: string, timeZone: string, lang: string): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: "full", timeStyle: "short", timeZone }).format(new Date(iso));
}

export function acceptanceReminderEmail(
  d: EmailTemplates["order.acceptance-reminder"],
  t: Translate,
  lang: string,
): Built {
  const deadline = deadlineText(d.acceptBy, d.timeZone, lang);
  return {
    subject: t("orders.emails.reminder.subject", { number: d.orderNumber, shop: d.shopName }),
    blocks: [
      p(t("emails.greetingTeam")),
      p(t("orders.emails.reminder.body", { number: d.orderNumber, shop: d.shopName, deadline })),
      p(t("orders.emails.reminder.action", { url: d.orderUrl })),
    ],
  };
}

export function shippingLateEmail(d: EmailTemplates["order.shipping-late"], t: Translate, lang: string): Built {
  const deadline = deadlineText(d.shipBy, d.timeZone, lang);
  return {
    subject: t("orders.emails.late.subject", { number: d.orderNumber, shop: d.shopName }),
    blocks: [
      p(t("emails.greetingTeam")),
      p(t("orders.emails.late.body", { number: d.orderNumber, shop: d.shopName, deadline })),
      p(t("orders.emails.late.action", { url: d.orderUrl })),
    ],
  };
}

export function shippingLateOperatorEmail(
  d: EmailTemplates["order.shipping-late-operator"],
  t: Translate,
  lang: string,
): Built {
  const deadline = deadlineText(d.shipBy, d.timeZone, lang);
  return {
    subject: t("orders.emails.lateOperator.subject", { number: d.orderNumber, shop: d.shopName }),
    blocks: [
      p(t("emails.greetingTeam")),
      p(t("orders.emails.lateOperator.body", { number: d.orderNumber, shop: d.shopName, deadline })),
      p(t("orders.emails.lateOperator.action", { url: d.shopUrl })),
    ],
  };
}
