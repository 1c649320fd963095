// The e-mails of returns and escalations (docs/domain.md, returns and escalations): one per return
// step and recipient, from the step data every transition's e-mail uses, and the operator's
// decision to the shopper and the shop. Every string from the "orders.returns.emails" catalogue.
import type { Translate } from "@/lib/i18n/translate";
import { formatMoney } from "@/lib/money/format-money";
import type { EscalationDecidedEmail, ReturnStepTemplateName, ShopOrderStepEmail } from "@/lib/notifications/templates";
import type { EmailBlock } from "./layout";

type Built = { subject: string; blocks: EmailBlock[] };
type Builder = (d: ShopOrderStepEmail, t: Translate, lang: string) => Built;

const p = (text: string): EmailBlock => ({ kind: "paragraph", text });
const quote = (text: string): EmailBlock => ({ kind: "quote", text });

const names = (d: { shopName: string; orderNumber: string }) => ({ shop: d.shopName, number: d.orderNumber });
const greeting = (d: { customerName: string | null }, t: Translate) =>
  p(d.customerName ? t("emails.greeting", { name: d.customerName }) : t("emails.greetingTeam"));
const link = (d: { orderUrl: string }, t: Translate) => p(t("orders.returns.emails.link", { url: d.orderUrl }));

function kindBlock(d: ShopOrderStepEmail, t: Translate): EmailBlock[] {
  return d.returnKind ? [p(t(`orders.returns.emails.kind.${d.returnKind}`))] : [];
}

function reasonBlocks(d: ShopOrderStepEmail, t: Translate, intro: "reason" | "refusal" | "note"): EmailBlock[] {
  return d.reason ? [p(t(`orders.returns.emails.${intro}`)), quote(d.reason)] : [];
}

export const RETURN_STEP_EMAILS: { [T in ReturnStepTemplateName]: Builder } = {
  "order.return-requested-shop": (d, t) => ({
    subject: t("orders.returns.emails.requested.subject", names(d)),
    blocks: [
      greeting(d, t),
      p(t("orders.returns.emails.requested.body", names(d))),
      ...kindBlock(d, t),
      ...reasonBlocks(d, t, "reason"),
      p(t("orders.returns.emails.requested.action")),
      link(d, t),
    ],
  }),
  "order.return-accepted": (d, t) => ({
    subject: t("orders.returns.emails.accepted.subject", names(d)),
    blocks: [
      greeting(d, t),
      p(t("orders.returns.emails.accepted.body", names(d))),
      ...(d.returnInstructions ? [p(t("orders.returns.emails.instructions")), quote(d.returnInstructions)] : []),
      p(t("orders.returns.emails.accepted.refund")),
      link(d, t),
    ],
  }),
  // An operator accepted on the shop's behalf: the shop learns what the shopper was told.
  "order.return-accepted-shop": (d, t) => ({
    subject: t("orders.returns.emails.acceptedShop.subject", names(d)),
    blocks: [
      greeting(d, t),
      p(t("orders.returns.emails.acceptedShop.body", names(d))),
      ...kindBlock(d, t),
      ...(d.returnInstructions ? [p(t("orders.returns.emails.instructions")), quote(d.returnInstructions)] : []),
      p(t("orders.returns.emails.acceptedShop.action")),
      link(d, t),
    ],
  }),
  "order.return-refused": (d, t) => ({
    subject: t("orders.returns.emails.refused.subject", names(d)),
    blocks: [
      greeting(d, t),
      p(t("orders.returns.emails.refused.body", names(d))),
      ...reasonBlocks(d, t, "refusal"),
      p(t("orders.returns.emails.refused.next")),
      link(d, t),
    ],
  }),
  "order.escalated-shop": (d, t) => ({
    subject: t("orders.returns.emails.escalatedShop.subject", names(d)),
    blocks: [
      greeting(d, t),
      p(t("orders.returns.emails.escalatedShop.body", names(d))),
      ...reasonBlocks(d, t, "note"),
      link(d, t),
    ],
  }),
  "order.escalated-operator": (d, t) => ({
    subject: t("orders.returns.emails.escalatedOperator.subject", names(d)),
    blocks: [
      greeting(d, t),
      p(t("orders.returns.emails.escalatedOperator.body", names(d))),
      ...kindBlock(d, t),
      ...reasonBlocks(d, t, "note"),
      link(d, t),
    ],
  }),
  "order.return-received": (d, t, lang) => ({
    subject: t("orders.returns.emails.received.subject", names(d)),
    blocks: [
      greeting(d, t),
      p(t("orders.returns.emails.received.body", names(d))),
      ...(d.refundAmount
        ? [p(t("orders.returns.emails.received.refund", { amount: formatMoney(d.refundAmount, d.currency, lang) }))]
        : []),
      link(d, t),
    ],
  }),
};

function decidedBlocks(d: EscalationDecidedEmail, t: Translate, lang: string, to: "shopper" | "shop"): Built {
  const amount = formatMoney(d.refundAmount, d.currency, lang);
  const who = to === "shopper" ? "toShopper" : "toShop";
  return {
    subject: t("orders.returns.emails.decided.subject", names(d)),
    blocks: [
      greeting(d, t),
      p(t(`orders.returns.emails.decided.${who}.${d.decision}`, { ...names(d), amount })),
      p(t("orders.returns.emails.decided.note")),
      quote(d.note),
      link(d, t),
    ],
  };
}

export function escalationDecidedEmail(d: EscalationDecidedEmail, t: Translate, lang: string): Built {
  return decidedBlocks(d, t, lang, "shopper");
}

export function escalationDecidedShopEmail(d: EscalationDecidedEmail, t: Translate, lang: string): Built {
  return decidedBlocks(d, t, lang, "shop");
}
