// How checkout names the shopper's payment (docs/domain.md, capture): charged at checkout, or, for
// capture on acceptance, only authorized and charged once the shops accept. The test payment page
// and the order's totals read their words here. Pure: no I/O.
import type { CaptureMode } from "@/lib/generated/prisma/enums";
import type { MessageKey } from "@/lib/i18n/translate";
import type { PaymentState } from "./capture-rules";

/** The words of the built-in test provider's payment page; `intro` says what an authorization is (null for a charge). */
export type TestPaymentWords = {
  title: MessageKey;
  intro: MessageKey | null;
  submit: MessageKey;
  pending: MessageKey;
  testCardSuccess: MessageKey;
};

const CHARGE: TestPaymentWords = {
  title: "orders.pay.title",
  intro: null,
  submit: "orders.pay.submit",
  pending: "orders.pay.pending",
  testCardSuccess: "orders.pay.testCardSuccess",
};

const AUTHORIZATION: TestPaymentWords = {
  title: "payments.checkout.title",
  intro: "payments.checkout.intro",
  submit: "payments.checkout.submit",
  pending: "payments.checkout.pending",
  testCardSuccess: "payments.checkout.testCardSuccess",
};

export function testPaymentWords(captureMode: CaptureMode): TestPaymentWords {
  return captureMode === "ON_ACCEPTANCE" ? AUTHORIZATION : CHARGE;
}

/**
 * The name of an order's total: to pay, then paid, when charged at checkout; to authorize, then
 * authorized while the authorization waits for the shops' answers (once captured, what was charged).
 */
export function orderTotalLabelKey(
  order: { captureMode: CaptureMode; payment: PaymentState },
  paid: boolean,
): MessageKey {
  if (!paid) return order.captureMode === "ON_ACCEPTANCE" ? "payments.checkout.toAuthorize" : "orders.totals.totalDue";
  return order.payment === "AUTHORIZED" ? "payments.checkout.authorized" : "orders.totals.total";
}

/**
 * What was finally charged, under an authorized total (capture on acceptance): the accepted parts'
 * amount once captured, or nothing once the authorization was released. Null when the total says it all.
 */
export function chargedNote(order: {
  payment: PaymentState;
  totalAmount: number;
  capturedAmount: number | null;
}): { key: MessageKey; amount: number } | null {
  if (order.payment === "RELEASED") return { key: "payments.totals.released", amount: 0 };
  if (order.payment === "CAPTURED" && order.capturedAmount !== null && order.capturedAmount !== order.totalAmount)
    return { key: "payments.totals.captured", amount: order.capturedAmount };
  return null;
}
