// Sample data of the operator's decision e-mails (emails/return-emails.ts), for the rendering tests.
import type { EscalationDecidedEmail } from "@/lib/notifications/templates";

export const ESCALATION_DECIDED_SAMPLE: EscalationDecidedEmail = {
  customerName: "Marc",
  orderNumber: "H-000123",
  shopName: "Fournil",
  currency: "EUR",
  decision: "REFUND_PART",
  refundAmount: 1250,
  note: "Le bol est arrivé ébréché",
  orderUrl: "https://halle.test/account/orders/o1",
};

export const ESCALATION_DECIDED_SAMPLES = {
  "order.escalation-decided": ESCALATION_DECIDED_SAMPLE,
  "order.escalation-decided-shop": {
    ...ESCALATION_DECIDED_SAMPLE,
    customerName: null,
    orderUrl: "https://halle.test/dashboard/orders/p1",
  },
} as const satisfies Record<string, EscalationDecidedEmail>;
