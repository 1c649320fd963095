// The e-mails of the ShopOrder life cycle (docs/domain.md, ShopOrder states): one per transition
// and recipient, all from the same data (ShopOrderStepEmail) and the "orderLife.emails" catalogue.
import type { Translate } from "@/lib/i18n/translate";
import { formatMoney } from "@/lib/money/format-money";
import type { ShopOrderStepEmail, ShopOrderStepTemplateName } from "@/lib/notifications/templates";
import type { EmailBlock } from "./layout";
import { RETURN_STEP_EMAILS } from "./return-emails";

type Built = { subject: string; blocks: EmailBlock[] };
type Builder = (d: ShopOrderStepEmail, t: Translate, lang: string) => Built;

const p = (text: string): EmailBlock => ({ kind: "paragraph", text });
const quote = (text: string): EmailBlock => ({ kind: "quote", text });

/** Deadlines are the marketplace's (Europe/Paris), written the recipient's way. */
function formatDate(iso: string, lang: string): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: "full", timeStyle: "short", timeZone: "Europe/Paris" }).format(
    new Date(iso),
  );
}

const names = (d: ShopOrderStepEmail) => ({ shop: d.shopName, number: d.orderNumber });
const greeting = (d: ShopOrderStepEmail, t: Translate) =>
  p(d.customerName ? t("emails.greeting", { name: d.customerName }) : t("emails.greetingTeam"));
const money = (d: ShopOrderStepEmail, amount: number, lang: string) => formatMoney(amount, d.currency, lang);

function reasonBlocks(d: ShopOrderStepEmail, t: Translate): EmailBlock[] {
  return d.reason ? [p(t("orderLife.emails.reason")), quote(d.reason)] : [];
}

function refundBlocks(d: ShopOrderStepEmail, t: Translate, lang: string, to: "shopper" | "shop"): EmailBlock[] {
  if (!d.refundAmount) return [];
  const amount = money(d, d.refundAmount, lang);
  return [
    p(to === "shopper" ? t("orderLife.emails.refund", { amount }) : t("orderLife.emails.refundShop", { amount })),
  ];
}

/** The estimated lines priced at this step, the difference refunded or settled at the counter (docs/domain.md, estimated prices). */
function finalPriceBlocks(d: ShopOrderStepEmail, t: Translate, lang: string): EmailBlock[] {
  if (!d.finalPrices || d.finalPrices.length === 0) return [];
  const lines = d.finalPrices.map((line) =>
    t("orders.finalPrices.line", {
      title: line.title,
      final: money(d, line.finalAmount, lang),
      estimate: money(d, line.estimatedAmount, lang),
    }),
  );
  const blocks = [p([t("orders.finalPrices.heading"), ...lines].join("\n"))];
  if (d.refundAmount) blocks.push(p(t("orders.finalPrices.refunded", { amount: money(d, d.refundAmount, lang) })));
  if (d.settleAmount) blocks.push(p(t("orders.finalPrices.toSettle", { amount: money(d, d.settleAmount, lang) })));
  return blocks;
}

const shopperLink = (d: ShopOrderStepEmail, t: Translate) => p(t("orderLife.emails.orderLink", { url: d.orderUrl }));
const shopLink = (d: ShopOrderStepEmail, t: Translate) => p(t("orderLife.emails.shopLink", { url: d.orderUrl }));

function returnByBlocks(d: ShopOrderStepEmail, t: Translate, lang: string): EmailBlock[] {
  return d.returnBy ? [p(t("orderLife.emails.returnBy", { date: formatDate(d.returnBy, lang) }))] : [];
}

/** Monday first: 2024-01-01 was a Monday. */
function weekdayName(index: number, lang: string): string {
  return new Intl.DateTimeFormat(lang, { weekday: "long", timeZone: "UTC" }).format(
    new Date(Date.UTC(2024, 0, 1 + index)),
  );
}

function pickupBlocks(d: ShopOrderStepEmail, t: Translate, lang: string): EmailBlock[] {
  const blocks: EmailBlock[] = [];
  if (d.pickupCode)
    blocks.push(
      p(
        [
          t("orderLife.emails.readyForPickup.code", { code: d.pickupCode }),
          t("orderLife.emails.readyForPickup.codeHint"),
        ].join("\n"),
      ),
    );
  const where: string[] = [];
  if (d.pickupAddress) where.push(t("orderLife.emails.readyForPickup.address", { address: d.pickupAddress }));
  if (d.pickupInstructions)
    where.push(t("orderLife.emails.readyForPickup.instructions", { instructions: d.pickupInstructions }));
  if (where.length > 0) blocks.push(p(where.join("\n")));
  if (d.pickupHours && d.pickupHours.some((ranges) => ranges.length > 0)) {
    const days = d.pickupHours.map((ranges, index) =>
      t("orderLife.emails.readyForPickup.day", {
        day: weekdayName(index, lang),
        ranges:
          ranges.length > 0
            ? ranges.map((range) => `${range.open}–${range.close}`).join(", ")
            : t("orderLife.emails.readyForPickup.closed"),
      }),
    );
    blocks.push(p([t("orderLife.emails.readyForPickup.hours"), ...days].join("\n")));
  }
  return blocks;
}

function acceptedNext(d: ShopOrderStepEmail, t: Translate, lang: string): EmailBlock[] {
  if (!d.shipBy) return [];
  const date = formatDate(d.shipBy, lang);
  if (d.goods === "intangible") return [p(t("orderLife.emails.accepted.nextAvailable", { date }))];
  if (d.deliveryMethod === "CLICK_AND_COLLECT") return [p(t("orderLife.emails.accepted.nextPickup", { date }))];
  return [p(t("orderLife.emails.accepted.nextShip", { date }))];
}

export const SHOP_ORDER_STEP_EMAILS: { [T in ShopOrderStepTemplateName]: Builder } = {
  ...RETURN_STEP_EMAILS,
  "order.accepted": (d, t, lang) => ({
    subject: t("orderLife.emails.accepted.subject", names(d)),
    blocks: [
      greeting(d, t),
      p(t("orderLife.emails.accepted.body", names(d))),
      ...acceptedNext(d, t, lang),
      shopperLink(d, t),
    ],
  }),
  "order.refused": (d, t, lang) => ({
    subject: t("orderLife.emails.refused.subject", names(d)),
    blocks: [
      greeting(d, t),
      p(t("orderLife.emails.refused.body", names(d))),
      ...reasonBlocks(d, t),
      ...refundBlocks(d, t, lang, "shopper"),
      shopperLink(d, t),
    ],
  }),
  "order.expired": (d, t, lang) => ({
    subject: t("orderLife.emails.expired.subject", names(d)),
    blocks: [
      greeting(d, t),
      p(t("orderLife.emails.expired.body", names(d))),
      ...refundBlocks(d, t, lang, "shopper"),
      shopperLink(d, t),
    ],
  }),
  "order.expired-shop": (d, t, lang) => ({
    subject: t("orderLife.emails.expiredShop.subject", names(d)),
    blocks: [
      greeting(d, t),
      p(t("orderLife.emails.expiredShop.body", names(d))),
      ...refundBlocks(d, t, lang, "shop"),
      shopLink(d, t),
    ],
  }),
  "order.cancelled": (d, t, lang) => ({
    subject: t("orderLife.emails.cancelled.subject", names(d)),
    blocks: [
      greeting(d, t),
      p(t(`orderLife.emails.cancelled.by${d.by}`, names(d))),
      ...reasonBlocks(d, t),
      ...refundBlocks(d, t, lang, "shopper"),
      shopperLink(d, t),
    ],
  }),
  "order.cancelled-shop": (d, t, lang) => ({
    subject: t("orderLife.emails.cancelledShop.subject", names(d)),
    blocks: [
      greeting(d, t),
      p([t(`orderLife.emails.cancelledShop.by${d.by}`, names(d)), t("orderLife.emails.cancelledShop.stock")].join(" ")),
      ...reasonBlocks(d, t),
      ...refundBlocks(d, t, lang, "shop"),
      shopLink(d, t),
    ],
  }),
  "order.shipped": (d, t, lang) => {
    const tracking: string[] = [];
    if (d.carrierName) tracking.push(t("orderLife.emails.shipped.carrier", { carrier: d.carrierName }));
    if (d.trackingCode) tracking.push(t("orderLife.emails.shipped.trackingCode", { code: d.trackingCode }));
    if (d.trackingUrl) tracking.push(t("orderLife.emails.shipped.trackingLink", { url: d.trackingUrl }));
    return {
      subject: t("orderLife.emails.shipped.subject", names(d)),
      blocks: [
        greeting(d, t),
        p(
          t(
            d.deliveryMethod === "POSTAL"
              ? "orderLife.emails.shipped.bodyPOSTAL"
              : "orderLife.emails.shipped.bodyCourier",
            names(d),
          ),
        ),
        ...(tracking.length > 0 ? [p(tracking.join("\n"))] : []),
        ...finalPriceBlocks(d, t, lang),
        p(t("orderLife.emails.shipped.confirm")),
        shopperLink(d, t),
      ],
    };
  },
  "order.ready-for-pickup": (d, t, lang) => ({
    subject: t("orderLife.emails.readyForPickup.subject", names(d)),
    blocks: [
      greeting(d, t),
      p(t("orderLife.emails.readyForPickup.body", names(d))),
      ...pickupBlocks(d, t, lang),
      shopperLink(d, t),
    ],
  }),
  "order.handed-over": (d, t, lang) => ({
    subject: t("orderLife.emails.handedOver.subject", names(d)),
    blocks: [
      greeting(d, t),
      p(t("orderLife.emails.handedOver.body", names(d))),
      ...finalPriceBlocks(d, t, lang),
      ...returnByBlocks(d, t, lang),
      shopperLink(d, t),
    ],
  }),
  "order.delivered": (d, t, lang) => ({
    subject: t("orderLife.emails.delivered.subject", names(d)),
    blocks: [
      greeting(d, t),
      p(t("orderLife.emails.delivered.body", names(d))),
      p(t("orderLife.emails.delivered.confirm")),
      ...returnByBlocks(d, t, lang),
      shopperLink(d, t),
    ],
  }),
  "order.made-available": (d, t, lang) => ({
    subject: t("orderLife.emails.madeAvailable.subject", names(d)),
    blocks: [
      greeting(d, t),
      p(t("orderLife.emails.madeAvailable.body", names(d))),
      ...(d.availabilityNote ? [p(t("orderLife.emails.madeAvailable.note")), quote(d.availabilityNote)] : []),
      ...finalPriceBlocks(d, t, lang),
      ...returnByBlocks(d, t, lang),
      shopperLink(d, t),
    ],
  }),
  "order.receipt-confirmed": (d, t) => ({
    subject: t("orderLife.emails.receiptConfirmed.subject", names(d)),
    blocks: [greeting(d, t), p(t("orderLife.emails.receiptConfirmed.body", names(d))), shopLink(d, t)],
  }),
  "order.step-operator": (d, t, lang) => {
    const status = t(`orders.partStatus.${d.status as "ACCEPTED"}`);
    return {
      subject: t("orderLife.emails.operator.subject", { ...names(d), status }),
      blocks: [
        greeting(d, t),
        p(t("orderLife.emails.operator.body", { ...names(d), status })),
        ...reasonBlocks(d, t),
        ...refundBlocks(d, t, lang, "shop"),
        shopLink(d, t),
      ],
    };
  },
};
