import { describe, expect, it } from "vitest";
import type { EmailTemplateName, EmailTemplates } from "@/lib/notifications/templates";
import { renderEmail } from "./render-email";
import { SHOP_ORDER_STEP_SAMPLES } from "./shop-order-step-emails.samples";
import { ESCALATION_DECIDED_SAMPLES } from "./return-emails.samples";
import { ORDER_MESSAGE_SAMPLES } from "./order-message-emails.samples";
import { BILLING_EMAIL_SAMPLES } from "./billing-emails.samples";
import { REVIEW_EMAIL_SAMPLES } from "./review-emails.samples";
import { QUALITY_EMAIL_SAMPLES } from "./quality-emails.samples";
import { SUPPORT_EMAIL_SAMPLES } from "./support-emails.samples";
import { SECURITY_EMAIL_SAMPLES } from "./security-emails.samples";
import { ACCOUNT_EMAIL_SAMPLES } from "./account-emails.samples";

const samples: { [T in EmailTemplateName]: EmailTemplates[T] } = {
  ...SHOP_ORDER_STEP_SAMPLES,
  ...ESCALATION_DECIDED_SAMPLES,
  ...ORDER_MESSAGE_SAMPLES,
  ...BILLING_EMAIL_SAMPLES,
  ...REVIEW_EMAIL_SAMPLES,
  ...QUALITY_EMAIL_SAMPLES,
  ...SUPPORT_EMAIL_SAMPLES,
  "account.sign-in-locked": {
    name: "Léa",
    email: "lea@example.fr",
    minutes: 4,
    unlockUrl: "https://halle.example/sign-in/unlock?token=abc.def",
  },
  ...SECURITY_EMAIL_SAMPLES,
  ...ACCOUNT_EMAIL_SAMPLES,
  "seller.application-received": { vendorName: "Léa", shopName: "Fournil" },
  "seller.application-submitted": {
    shopName: "Fournil",
    vendorName: "Léa",
    city: "Lyon",
    reviewUrl: "https://halle.test/admin/sellers",
  },
  "seller.review-requested": { shopName: "Fournil", reviewUrl: "https://halle.test/admin/sellers" },
  "seller.approved": { vendorName: "Léa", shopName: "Fournil", shopUrl: "https://halle.test/shops/fournil" },
  "seller.changes-approved": { vendorName: "Léa", shopName: "Fournil", dashboardUrl: "https://halle.test/dashboard" },
  "seller.rejected": {
    vendorName: "Léa",
    shopName: "Fournil",
    reason: "Photos floues",
    dashboardUrl: "https://halle.test/dashboard",
  },
  "seller.changes-requested": {
    vendorName: "Léa",
    shopName: "Fournil",
    message: "Ajoutez un SIRET",
    dashboardUrl: "https://halle.test/dashboard",
  },
  "seller.suspended": { vendorName: "Léa", shopName: "Fournil", reason: "Plaintes" },
  "seller.reinstated": { vendorName: "Léa", shopName: "Fournil", shopUrl: "https://halle.test/shops/fournil" },
  "product.unpublished": {
    vendorName: "Léa",
    shopName: "Fournil",
    productTitle: "Pain de campagne",
    reason: "Photo trompeuse",
    productUrl: "https://halle.test/dashboard/products/p1",
  },
  "shop.contact-message": {
    shopName: "Fournil",
    senderName: "Marc",
    senderEmail: "marc@example.fr",
    message: "Bonjour !",
  },
  "order.confirmed": {
    captureMode: "AT_CHECKOUT",
    customerName: "Marc",
    orderNumber: "H-000123",
    currency: "EUR",
    itemsAmount: 2500,
    shippingAmount: 690,
    totalAmount: 3190,
    shippingAddress: ["Marc Petit", "3 rue Mercière", "69002 Lyon"],
    parts: [
      {
        shopName: "Fournil",
        deliveryMethod: "CLICK_AND_COLLECT",
        deliveryFeeAmount: 0,
        postageDue: false,
        itemsAmount: 1000,
        pickupAddress: "12 rue des Halles, 69001 Lyon",
        pickupInstructions: "Sonnez",
        note: "Samedi matin",
        lines: [{ title: "Pain", quantity: 2, unitPriceAmount: 500, lineAmount: 1000, estimatedPrice: false }],
      },
      {
        shopName: "Karkareh",
        deliveryMethod: "POSTAL",
        deliveryFeeAmount: 690,
        postageDue: false,
        itemsAmount: 1500,
        pickupAddress: null,
        pickupInstructions: null,
        note: null,
        lines: [{ title: "Bol", quantity: 1, unitPriceAmount: 1500, lineAmount: 1500, estimatedPrice: false }],
      },
    ],
    orderUrl: "https://halle.test/account/orders/o1",
  },
  "order.received": {
    captureMode: "AT_CHECKOUT",
    shopName: "Fournil",
    orderNumber: "H-000123",
    currency: "EUR",
    customerName: "Marc",
    customerEmail: "marc@example.fr",
    customerPhone: "0600000000",
    shippingAddress: [],
    part: {
      shopName: "Fournil",
      deliveryMethod: "CLICK_AND_COLLECT",
      deliveryFeeAmount: 0,
      postageDue: false,
      itemsAmount: 1000,
      pickupAddress: "12 rue des Halles, 69001 Lyon",
      pickupInstructions: null,
      note: "Samedi matin",
      lines: [{ title: "Pain", quantity: 2, unitPriceAmount: 500, lineAmount: 1000, estimatedPrice: false }],
    },
    commissionAmount: 100,
    paymentFeeAmount: 0,
    netAmount: 900,
    orderUrl: "https://halle.test/dashboard/orders/so1",
  },
  "order.acceptance-reminder": {
    shopName: "Fournil",
    orderNumber: "H-000123",
    acceptBy: "2026-03-12T09:00:00.000Z",
    timeZone: "Europe/Paris",
    orderUrl: "https://halle.test/dashboard/orders/so1",
  },
  "order.shipping-late": {
    shopName: "Fournil",
    orderNumber: "H-000123",
    shipBy: "2026-03-12T09:00:00.000Z",
    timeZone: "Europe/Paris",
    orderUrl: "https://halle.test/dashboard/orders/so1",
  },
  "order.shipping-late-operator": {
    shopName: "Fournil",
    orderNumber: "H-000123",
    shipBy: "2026-03-12T09:00:00.000Z",
    timeZone: "Europe/Paris",
    shopUrl: "https://halle.test/admin/sellers/s1",
  },
  "order.refunded": {
    customerName: "Marc Petit",
    orderNumber: "H-000123",
    shopName: "Fournil",
    currency: "EUR",
    refundAmount: 1250,
    reason: "Un bol ébréché",
    lines: [{ title: "Bol en grès", quantity: 1 }],
    orderUrl: "https://halle.test/account/orders/o1",
  },
  "payment.refund-failed": {
    orderNumber: "H-000123",
    shopName: "Fournil",
    amount: 1250,
    currency: "EUR",
    attempts: 8,
    lastError: "Stripe is unavailable",
    orderUrl: "https://halle.test/admin/orders/so1",
  },
  "payment.capture-failed": {
    orderNumber: "H-000123",
    shopNames: ["Fournil", "Karkareh"],
    kind: "capture",
    amount: 1250,
    currency: "EUR",
    attempts: 5,
    lapsed: false,
    lastError: "Stripe is unavailable",
    orderUrl: "https://halle.test/admin/orders/so1",
  },
};

// What each subject names: the shop, or for the order-wide e-mails (the shopper's confirmation,
// the operators' notice of a capture given up), the order.
const subjectMarker = (name: EmailTemplateName) =>
  name === "order.confirmed" || name === "payment.capture-failed" ? "H-000123" : "Fournil";
// The sign-up e-mails (emails/account-emails.ts) name no shop or order: a fixed subject, and the
// address in the text.
const isAccountEmail = (name: EmailTemplateName) => name.startsWith("account.");

describe("renderEmail", () => {
  const names = Object.keys(samples) as EmailTemplateName[];
  it.each(
    names.flatMap(
      (name) =>
        [
          [name, "fr"],
          [name, "en"],
          [name, "fa"],
        ] as const,
    ),
  )("renders %s in %s", (name, locale) => {
    const email = renderEmail(name, samples[name], locale);
    if (!isAccountEmail(name)) expect(email.subject).toContain(subjectMarker(name));
    expect(email.subject).not.toMatch(/emails\./);
    expect(email.text).toContain(isAccountEmail(name) ? "lea@example.fr" : "Fournil");
    expect(email.text).not.toMatch(/emails\./);
    expect(email.text).not.toMatch(/orders\./);
    expect(email.html).toContain("Halle");
    expect(email.html).toContain(`lang="${locale}" dir="${locale === "fa" ? "rtl" : "ltr"}"`);
    // Persian e-mails are written in Persian, not in a copy of another catalogue.
    if (locale === "fa") expect(email.subject + email.text).toMatch(/[\u0600-\u06FF]{4}/);
  });

  it("speaks the recipient's language, French when unknown", () => {
    const data = samples["seller.approved"];
    const fr = renderEmail("seller.approved", data, "fr");
    const en = renderEmail("seller.approved", data, "en");
    expect(fr.subject).not.toBe(en.subject);
    expect(renderEmail("seller.approved", data, "xx").subject).toBe(fr.subject);
  });

  it("tells a shop approved on an unpaid rent plan that it goes online once the first term is paid", () => {
    const data = { ...samples["seller.approved"], payFirstTermUrl: "https://halle.test/dashboard/plan" };
    const awaiting = renderEmail("seller.approved", data, "fr");
    const live = renderEmail("seller.approved", samples["seller.approved"], "fr");
    expect(awaiting.subject).not.toBe(live.subject);
    expect(awaiting.text).toContain("https://halle.test/dashboard/plan");
    expect(awaiting.text).not.toContain("https://halle.test/shops/fournil");
    expect(live.text).toContain("https://halle.test/shops/fournil");
  });

  it("escapes user data in the HTML and keeps it readable in the text", () => {
    const message = `<script>alert("x")</script> & <b>bold</b>`;
    const email = renderEmail(
      "shop.contact-message",
      { ...samples["shop.contact-message"], senderName: "<img src=x>", message },
      "en",
    );
    expect(email.html).not.toContain("<script>");
    expect(email.html).not.toContain("<img");
    expect(email.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;");
    expect(email.text).toContain(message);
  });

  it("keeps line breaks out of the subject", () => {
    const email = renderEmail(
      "shop.contact-message",
      { ...samples["shop.contact-message"], senderName: "A\r\nBcc: x@y.z" },
      "fr",
    );
    expect(email.subject).not.toMatch(/[\r\n]/);
  });
});
