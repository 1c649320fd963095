import type { Translate } from "@/lib/i18n/translate";
import { deliveryFeeText } from "@/lib/checkout/delivery-fee-text";
import { formatMoney } from "@/lib/money/format-money";
import type { EmailTemplates, OrderEmailPart } from "@/lib/notifications/templates";
import type { EmailBlock } from "./layout";

type Built = { subject: string; blocks: EmailBlock[] };

const p = (text: string): EmailBlock => ({ kind: "paragraph", text });
const quote = (text: string): EmailBlock => ({ kind: "quote", text });

/** One shop's part: heading, lines, fees, and where to collect for click & collect. */
function partBlocks(
  part: OrderEmailPart,
  currency: string,
  t: Translate,
  lang: string,
  heading: string,
  noteKey: "orders.emails.note" | null,
): EmailBlock[] {
  const money = (amount: number) => formatMoney(amount, currency, lang);
  const lines = part.lines.map((line) =>
    t(line.estimatedPrice ? "orders.emails.lineEstimated" : "orders.emails.line", {
      quantity: line.quantity,
      title: line.title,
      amount: money(line.lineAmount),
    }),
  );
  const fees = [t("orders.emails.items", { amount: money(part.itemsAmount) })];
  if (part.postageDue) fees.push(t("orders.emails.postageDue"));
  else
    fees.push(
      t("orders.emails.deliveryFee", { amount: deliveryFeeText({ amount: part.deliveryFeeAmount }, money, t) }),
    );
  const blocks = [p(heading), p([...lines, "", ...fees].join("\n"))];
  if (part.deliveryMethod === "CLICK_AND_COLLECT") {
    const pickup = [part.pickupAddress ? t("orders.emails.pickupAt", { address: part.pickupAddress }) : null];
    if (part.pickupInstructions)
      pickup.push(t("orders.emails.pickupInstructions", { instructions: part.pickupInstructions }));
    const text = pickup.filter((line): line is string => line !== null).join("\n");
    if (text) blocks.push(p(text));
  }
  if (noteKey && part.note) blocks.push(p(t(noteKey, { note: part.note })));
  return blocks;
}

export function orderConfirmedEmail(d: EmailTemplates["order.confirmed"], t: Translate, lang: string): Built {
  const money = (amount: number) => formatMoney(amount, d.currency, lang);
  // Capture on acceptance (docs/domain.md, capture): nothing is charged yet, only authorized.
  const authorized = d.captureMode === "ON_ACCEPTANCE";
  const blocks: EmailBlock[] = [
    p(t("emails.greeting", { name: d.customerName })),
    p(
      t(authorized ? "payments.emails.confirmed.body" : "orders.emails.confirmed.body", {
        total: money(d.totalAmount),
        number: d.orderNumber,
      }),
    ),
  ];
  for (const part of d.parts) {
    const heading = t("orders.emails.confirmed.partHeading", {
      shop: part.shopName,
      method: t(`orders.deliveryMethod.${part.deliveryMethod}`),
    });
    blocks.push(...partBlocks(part, d.currency, t, lang, heading, "orders.emails.note"));
  }
  if (d.shippingAddress.length > 0)
    blocks.push(p([t("orders.emails.confirmed.shipTo"), ...d.shippingAddress].join("\n")));
  const totals = [
    t(authorized ? "payments.emails.confirmed.totals" : "orders.emails.confirmed.totals", {
      items: money(d.itemsAmount),
      shipping: deliveryFeeText(
        { amount: d.shippingAmount, postageDue: d.parts.some((part) => part.postageDue) },
        money,
        t,
      ),
      total: money(d.totalAmount),
    }),
  ];
  if (d.parts.some((part) => part.postageDue)) totals.push(t("orders.totals.postageDueNote"));
  blocks.push(p(totals.join("\n")), p(t("orders.emails.confirmed.action", { url: d.orderUrl })));
  return { subject: t("orders.emails.confirmed.subject", { number: d.orderNumber }), blocks };
}

export function orderReceivedEmail(d: EmailTemplates["order.received"], t: Translate, lang: string): Built {
  const money = (amount: number) => formatMoney(amount, d.currency, lang);
  const customer = [t("orders.emails.received.customer", { name: d.customerName, email: d.customerEmail })];
  if (d.customerPhone) customer.push(t("orders.emails.received.customerPhone", { phone: d.customerPhone }));
  const heading = t("orders.emails.confirmed.partHeading", {
    shop: d.shopName,
    method: t(`orders.deliveryMethod.${d.part.deliveryMethod}`),
  });
  const blocks: EmailBlock[] = [
    p(t("emails.greetingTeam")),
    p(
      t(d.captureMode === "ON_ACCEPTANCE" ? "payments.emails.received.body" : "orders.emails.received.body", {
        number: d.orderNumber,
      }),
    ),
    p(customer.join("\n")),
  ];
  if (d.shippingAddress.length > 0)
    blocks.push(p([t("orders.emails.received.shipTo"), ...d.shippingAddress].join("\n")));
  if (d.part.note) blocks.push(p(t("orders.emails.received.noteHeading")), quote(d.part.note));
  blocks.push(...partBlocks(d.part, d.currency, t, lang, heading, null));
  // No payment fee charged to this shop: no "-0.00 €" line.
  const amounts = [t("orders.emails.received.commission", { amount: money(d.commissionAmount) })];
  if (d.paymentFeeAmount !== 0)
    amounts.push(t("orders.emails.received.paymentFee", { amount: money(d.paymentFeeAmount) }));
  amounts.push(t("orders.emails.received.net", { amount: money(d.netAmount) }));
  blocks.push(p(amounts.join("\n")), p(t("orders.emails.received.action", { url: d.orderUrl })));
  return { subject: t("orders.emails.received.subject", { number: d.orderNumber, shop: d.shopName }), blocks };
}
