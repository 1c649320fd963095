import { getTranslator } from "@/lib/i18n/catalogues";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import type { EmailTemplateName, EmailTemplates } from "@/lib/notifications/templates";
import { renderLayout, type EmailBlock, type RenderedEmail } from "./layout";
import { orderConfirmedEmail, orderReceivedEmail } from "./order-emails";
import { SHOP_ORDER_STEP_EMAILS } from "./shop-order-step-emails";
import { acceptanceReminderEmail, shippingLateEmail, shippingLateOperatorEmail } from "./deadline-emails";
import { orderRefundedEmail } from "./refund-emails";
import { captureFailedEmail, refundFailedEmail } from "./payment-emails";
import { orderMessageEmail } from "./order-message-emails";
import { escalationDecidedEmail, escalationDecidedShopEmail } from "./return-emails";
import { renewalReminderEmail } from "./billing-emails";
import { REVIEW_EMAILS } from "./review-emails";
import { QUALITY_EMAILS } from "./quality-emails";
import { SUPPORT_EMAILS } from "./support-emails";
import { SIGN_IN_EMAILS } from "./sign-in-emails";
import { SECURITY_EMAILS } from "./security-emails";
import { ACCOUNT_EMAILS } from "./account-emails";

export type { RenderedEmail } from "./layout";

type Built = { subject: string; blocks: EmailBlock[] };
type Builders = { [T in EmailTemplateName]: (data: EmailTemplates[T], t: Translate, lang: string) => Built };

const p = (text: string): EmailBlock => ({ kind: "paragraph", text });
const quote = (text: string): EmailBlock => ({ kind: "quote", text });

/** One entry per template: its subject and body, every string from the "emails" catalogue. */
const TEMPLATES: Builders = {
  "seller.application-received": (d, t) => ({
    subject: t("emails.applicationReceived.subject", { shopName: d.shopName }),
    blocks: [
      p(t("emails.greeting", { name: d.vendorName })),
      p(t("emails.applicationReceived.body", { shopName: d.shopName })),
    ],
  }),
  "seller.application-submitted": (d, t) => ({
    subject: t("emails.applicationSubmitted.subject", { shopName: d.shopName }),
    blocks: [
      p(t("emails.greetingTeam")),
      p(t("emails.applicationSubmitted.body", { vendorName: d.vendorName, shopName: d.shopName, city: d.city })),
      p(t("emails.applicationSubmitted.action", { url: d.reviewUrl })),
    ],
  }),
  "seller.review-requested": (d, t) => ({
    subject: t("emails.reviewRequested.subject", { shopName: d.shopName }),
    blocks: [
      p(t("emails.greetingTeam")),
      p(t("emails.reviewRequested.body", { shopName: d.shopName })),
      p(t("emails.reviewRequested.action", { url: d.reviewUrl })),
    ],
  }),
  "seller.approved": (d, t) =>
    d.payFirstTermUrl
      ? {
          subject: t("emails.approved.subjectAwaitingTerm", { shopName: d.shopName }),
          blocks: [
            p(t("emails.greeting", { name: d.vendorName })),
            p(t("emails.approved.bodyAwaitingTerm", { shopName: d.shopName })),
            p(t("emails.approved.actionAwaitingTerm", { url: d.payFirstTermUrl })),
          ],
        }
      : {
          subject: t("emails.approved.subject", { shopName: d.shopName }),
          blocks: [
            p(t("emails.greeting", { name: d.vendorName })),
            p(t("emails.approved.body", { shopName: d.shopName })),
            p(t("emails.approved.action", { url: d.shopUrl })),
          ],
        },
  "seller.changes-approved": (d, t) => ({
    subject: t("emails.changesApproved.subject", { shopName: d.shopName }),
    blocks: [
      p(t("emails.greeting", { name: d.vendorName })),
      p(t("emails.changesApproved.body", { shopName: d.shopName })),
      p(t("emails.changesApproved.action", { url: d.dashboardUrl })),
    ],
  }),
  "seller.rejected": (d, t) => ({
    subject: t("emails.rejected.subject", { shopName: d.shopName }),
    blocks: [
      p(t("emails.greeting", { name: d.vendorName })),
      p(t("emails.rejected.body", { shopName: d.shopName })),
      p(t("emails.rejected.reason", { reason: d.reason })),
      p(t("emails.rejected.action", { url: d.dashboardUrl })),
    ],
  }),
  "seller.changes-requested": (d, t) => ({
    subject: t("emails.changesRequested.subject", { shopName: d.shopName }),
    blocks: [
      p(t("emails.greeting", { name: d.vendorName })),
      p(t("emails.changesRequested.body", { shopName: d.shopName })),
      quote(d.message),
      p(t("emails.changesRequested.action", { url: d.dashboardUrl })),
    ],
  }),
  "seller.suspended": (d, t) => ({
    subject: t("emails.suspended.subject", { shopName: d.shopName }),
    blocks: [
      p(t("emails.greeting", { name: d.vendorName })),
      p(t("emails.suspended.body", { shopName: d.shopName })),
      p(t("emails.suspended.reason", { reason: d.reason })),
    ],
  }),
  "seller.reinstated": (d, t) => ({
    subject: t("emails.reinstated.subject", { shopName: d.shopName }),
    blocks: [
      p(t("emails.greeting", { name: d.vendorName })),
      p(t("emails.reinstated.body", { shopName: d.shopName })),
      p(t("emails.reinstated.action", { url: d.shopUrl })),
    ],
  }),
  "product.unpublished": (d, t) => ({
    subject: t("emails.productUnpublished.subject", { productTitle: d.productTitle, shopName: d.shopName }),
    blocks: [
      p(t("emails.greeting", { name: d.vendorName })),
      p(t("emails.productUnpublished.body", { productTitle: d.productTitle, shopName: d.shopName })),
      p(t("emails.productUnpublished.reason", { reason: d.reason })),
      p(t("emails.productUnpublished.action", { url: d.productUrl })),
    ],
  }),
  "shop.contact-message": (d, t) => ({
    subject: t("emails.contactMessage.subject", { senderName: d.senderName, shopName: d.shopName }),
    blocks: [
      p(t("emails.greetingTeam")),
      p(
        t("emails.contactMessage.body", { senderName: d.senderName, senderEmail: d.senderEmail, shopName: d.shopName }),
      ),
      quote(d.message),
      p(t("emails.contactMessage.reply", { senderEmail: d.senderEmail })),
    ],
  }),
  "order.confirmed": orderConfirmedEmail,
  "order.received": orderReceivedEmail,
  ...SHOP_ORDER_STEP_EMAILS,
  "order.acceptance-reminder": acceptanceReminderEmail,
  "order.shipping-late": shippingLateEmail,
  "order.shipping-late-operator": shippingLateOperatorEmail,
  "order.refunded": orderRefundedEmail,
  "payment.refund-failed": refundFailedEmail,
  "payment.capture-failed": captureFailedEmail,
  "order.message": orderMessageEmail,
  "order.escalation-decided": escalationDecidedEmail,
  "order.escalation-decided-shop": escalationDecidedShopEmail,
  "billing.renewal-reminder": renewalReminderEmail,
  ...REVIEW_EMAILS,
  ...QUALITY_EMAILS,
  ...SUPPORT_EMAILS,
  ...SIGN_IN_EMAILS,
  ...SECURITY_EMAILS,
  ...ACCOUNT_EMAILS,
};

/** Renders a template in the recipient's locale (French when the locale is unknown). */
export function renderEmail<T extends EmailTemplateName>(
  template: T,
  data: EmailTemplates[T],
  locale: string,
): RenderedEmail {
  const lang = isLocale(locale) ? locale : DEFAULT_LOCALE;
  const t = getTranslator(lang);
  const build = TEMPLATES[template] as (data: EmailTemplates[T], t: Translate, lang: string) => Built;
  if (!build) throw new Error(`Unknown e-mail template: ${String(template)}`);
  const { subject, blocks } = build(data, t, lang);
  // A subject is a header: no line breaks from user data.
  return renderLayout(subject.replace(/[\r\n]+/g, " "), blocks, t, lang);
}
