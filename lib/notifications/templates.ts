// Every e-mail Halle sends, with the data its template needs. Templates live in emails/.
import type { AccountEmailTemplates } from "./account-templates";
import type { QualityEmailTemplates } from "./quality-templates";
import type { ReviewEmailTemplates } from "./review-templates";
import type { SecurityEmailTemplates } from "./security-templates";
import type { SupportEmailTemplates } from "./support-templates";

/** When the shopper's money is taken (Order.captureMode; docs/domain.md, capture). */
export type CaptureModeName = "AT_CHECKOUT" | "ON_ACCEPTANCE";

/** One shop's part of an order, as the order e-mails show it (amounts in minor units). */
export type OrderEmailPart = {
  shopName: string;
  deliveryMethod: "CLICK_AND_COLLECT" | "LOCAL_COURIER" | "POSTAL";
  deliveryFeeAmount: number;
  /** postal shipping paid to the carrier on delivery: no fee at checkout */
  postageDue: boolean;
  itemsAmount: number;
  /** click & collect: where to collect */
  pickupAddress: string | null;
  pickupInstructions: string | null;
  note: string | null;
  lines: { title: string; quantity: number; unitPriceAmount: number; lineAmount: number; estimatedPrice: boolean }[];
};

/**
 * One shop's part at a step of its life cycle (docs/domain.md, ShopOrder states), as every e-mail
 * of lib/orders/transition-shop-order.ts shows it. Amounts in minor units, instants as ISO strings.
 */
export type ShopOrderStepEmail = {
  /** the shopper's name in e-mails to the shopper; null in e-mails to a shop or the operators */
  customerName: string | null;
  orderNumber: string;
  shopName: string;
  currency: string;
  deliveryMethod: "CLICK_AND_COLLECT" | "LOCAL_COURIER" | "POSTAL";
  /** "intangible": only services or digital products, made available rather than shipped */
  goods: "physical" | "intangible";
  /** who made the step */
  by: "SHOPPER" | "VENDOR" | "OPERATOR" | "JOB";
  /** the part's state after the step (a ShopOrderStatus) */
  status: string;
  reason: string | null;
  /** what this step refunds to the shopper; null when it refunds nothing */
  refundAmount: number | null;
  /** the estimated lines priced at this step (docs/domain.md, estimated prices); absent or empty when none */
  finalPrices?: { title: string; estimatedAmount: number; finalAmount: number }[];
  /** click & collect: what the shopper pays at the counter above the estimate */
  settleAmount?: number | null;
  carrierName: string | null;
  trackingCode: string | null;
  trackingUrl: string | null;
  /** click & collect: where and when to collect, and the code to show */
  pickupAddress: string | null;
  /** Monday first, each day its ranges ("09:00"–"12:30"); null when not given */
  pickupHours: { open: string; close: string }[][] | null;
  pickupInstructions: string | null;
  pickupCode: string | null;
  availabilityNote: string | null;
  shipBy: string | null;
  returnBy: string | null;
  orderUrl: string;
  /** the return steps (docs/domain.md, returns and escalations): the request's kind and the vendor's instructions */
  returnKind?: "WITHDRAWAL" | "PROBLEM" | null;
  returnInstructions?: string | null;
};

/** The return steps' e-mails (emails/return-emails.ts), from the same data as every step's. */
export type ReturnStepTemplateName =
  | "order.return-requested-shop"
  | "order.return-accepted"
  | "order.return-accepted-shop"
  | "order.return-refused"
  | "order.escalated-shop"
  | "order.escalated-operator"
  | "order.return-received";

/** The operator's decision on an escalated return (lib/orders/decide-escalation.ts), to the shopper or the shop. */
export type EscalationDecidedEmail = {
  customerName: string | null;
  orderNumber: string;
  shopName: string;
  currency: string;
  decision: "REFUND_ALL" | "REFUND_PART" | "SIDE_WITH_VENDOR";
  /** what the decision refunds; 0 when it sides with the shop */
  refundAmount: number;
  note: string;
  orderUrl: string;
};

/** A refund the payment provider kept refusing, given up (lib/payments/process-pending-refunds.ts). */
export type RefundFailedEmail = {
  orderNumber: string;
  shopName: string;
  amount: number;
  currency: string;
  attempts: number;
  lastError: string;
  orderUrl: string;
};

/**
 * An authorized order's capture (or, nothing accepted, its release) given up (docs/domain.md,
 * capture): the authorization lapsed or the provider refused too many times. Amount in minor units.
 */
export type CaptureFailedEmail = {
  orderNumber: string;
  /** the order's shops, oldest part first */
  shopNames: string[];
  kind: "capture" | "release";
  amount: number;
  currency: string;
  attempts: number;
  /** the authorization had lapsed when it was given up */
  lapsed: boolean;
  lastError: string;
  orderUrl: string;
};

/** A refund after the goods left (docs/domain.md, Refund): what, why, and which lines when it was per line. */
export type RefundEmail = {
  customerName: string | null;
  orderNumber: string;
  shopName: string;
  currency: string;
  refundAmount: number;
  reason: string;
  /** empty when an amount (or the whole remaining amount) was refunded */
  lines: { title: string; quantity: number }[];
  orderUrl: string;
};

/**
 * A new message in a part's conversation. `to` picks the wording and the link: the shopper's order
 * page, the vendor's part page, the operator's, or for a guest (no account) the shop's page to
 * contact it. `authorName` is empty for an operator (the e-mail names the marketplace's team).
 */
export type OrderMessageEmail = {
  to: "shopper" | "guest" | "vendor" | "operator";
  recipientName: string | null;
  orderNumber: string;
  shopName: string;
  author: "SHOPPER" | "VENDOR" | "OPERATOR";
  authorName: string;
  excerpt: string;
  attachmentCount: number;
  url: string;
};

/** The e-mails of the ShopOrder life cycle: one per transition and recipient. */
export type ShopOrderStepTemplateName =
  | "order.accepted"
  | "order.refused"
  | "order.expired"
  | "order.expired-shop"
  | "order.cancelled"
  | "order.cancelled-shop"
  | "order.shipped"
  | "order.ready-for-pickup"
  | "order.handed-over"
  | "order.delivered"
  | "order.made-available"
  | "order.receipt-confirmed"
  | "order.step-operator"
  | ReturnStepTemplateName;

/** A fixed term (rent) ending soon (docs/business-models.md, subscriptions and billing): to the shop's owner, 7 days and 1 day before. */
export type RenewalReminderEmail = {
  vendorName: string;
  shopName: string;
  planName: string;
  /** the term's end, ISO */
  endsAt: string;
  timeZone: string;
  daysLeft: 1 | 7;
  renewUrl: string;
};

export type EmailTemplates = {
  /**
   * to an account's owner, when failed sign-ins lock it (docs/security.md, throttles and client
   * addresses): how long, and a one-time link that lifts the lock
   */
  "account.sign-in-locked": { name: string; email: string; minutes: number; unlockUrl: string };
  /** to the shop (its public e-mail, else its owner), once, halfway to the acceptance deadline; instants as ISO strings */
  "order.acceptance-reminder": {
    shopName: string;
    orderNumber: string;
    acceptBy: string;
    timeZone: string;
    orderUrl: string;
  };
  /** to the shop, once, when an accepted part is still not sent past its shipping deadline */
  "order.shipping-late": { shopName: string; orderNumber: string; shipBy: string; timeZone: string; orderUrl: string };
  /** to each operator, once, when a part is still not sent past its shipping deadline */
  "order.shipping-late-operator": {
    shopName: string;
    orderNumber: string;
    shipBy: string;
    timeZone: string;
    shopUrl: string;
  };
  /** to the vendor, when they submit their shop for review */
  "seller.application-received": { vendorName: string; shopName: string };
  /** to each operator, when a shop is submitted (or resubmitted) for review */
  "seller.application-submitted": { shopName: string; vendorName: string; city: string; reviewUrl: string };
  /** to each operator, when an approved shop changes its identity or payout account */
  "seller.review-requested": { shopName: string; reviewUrl: string };
  "seller.approved": {
    vendorName: string;
    shopName: string;
    shopUrl: string;
    /** approved on a fixed-term plan not paid yet: online once the first term is paid there */
    payFirstTermUrl?: string;
  };
  /** to the vendor, when the operator accepts identity or payout changes of a live shop */
  "seller.changes-approved": { vendorName: string; shopName: string; dashboardUrl: string };
  "seller.rejected": { vendorName: string; shopName: string; reason: string; dashboardUrl: string };
  "seller.changes-requested": { vendorName: string; shopName: string; message: string; dashboardUrl: string };
  "seller.suspended": { vendorName: string; shopName: string; reason: string };
  "seller.reinstated": { vendorName: string; shopName: string; shopUrl: string };
  /** to the vendor, when an operator takes one of their products offline (moderation) */
  "product.unpublished": {
    vendorName: string;
    shopName: string;
    productTitle: string;
    reason: string;
    productUrl: string;
  };
  /** to the shop (its public e-mail, else its owner), from the "contact the shop" form */
  "shop.contact-message": { shopName: string; senderName: string; senderEmail: string; message: string };
  /** to the shopper, once an order is paid (or, ON_ACCEPTANCE, authorized): every shop's part in one message */
  "order.confirmed": {
    /** ON_ACCEPTANCE: the money is only authorized, charged once the shops accept (docs/domain.md, capture) */
    captureMode: CaptureModeName;
    customerName: string;
    orderNumber: string;
    currency: string;
    itemsAmount: number;
    shippingAmount: number;
    totalAmount: number;
    shippingAddress: string[];
    parts: OrderEmailPart[];
    orderUrl: string;
  };
  /** to each shop of a paid order (its public e-mail, else its owner): only its own part */
  "order.received": {
    captureMode: CaptureModeName;
    shopName: string;
    orderNumber: string;
    currency: string;
    customerName: string;
    customerEmail: string;
    customerPhone: string | null;
    shippingAddress: string[];
    part: OrderEmailPart;
    commissionAmount: number;
    paymentFeeAmount: number;
    /** what the shop is owed for this part: items + shipping − commission − payment fee */
    netAmount: number;
    orderUrl: string;
  };
  /** to the shopper, when a shop (or an operator) refunds part of a part after the goods left; amounts in minor units */
  "order.refunded": RefundEmail;
  /** to each operator, once, when a refund is given up after its last attempt (docs/domain.md, Refund); amount in minor units */
  "payment.refund-failed": RefundFailedEmail;
  /** to each operator, once, when an authorized order's capture is given up (docs/domain.md, capture) */
  "payment.capture-failed": CaptureFailedEmail;
  /** to each other participant of a part's conversation, when someone writes (docs/domain.md, conversation) */
  "order.message": OrderMessageEmail;
  /** to the shopper and to the shop, when an operator decides an escalated return */
  "order.escalation-decided": EscalationDecidedEmail;
  "order.escalation-decided-shop": EscalationDecidedEmail;
  /** to the shop's owner: the fixed term ends in 7 days, then in 1 day */
  "billing.renewal-reminder": RenewalReminderEmail;
} & { [T in ShopOrderStepTemplateName]: ShopOrderStepEmail } & ReviewEmailTemplates &
  QualityEmailTemplates &
  SupportEmailTemplates &
  SecurityEmailTemplates &
  AccountEmailTemplates;

export type EmailTemplateName = keyof EmailTemplates;
