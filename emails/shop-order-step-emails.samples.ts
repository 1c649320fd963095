// Sample data of the ShopOrder life cycle's e-mails, for the rendering tests.
import type { ShopOrderStepEmail, ShopOrderStepTemplateName } from "@/lib/notifications/templates";

export const SHOP_ORDER_STEP_SAMPLE: ShopOrderStepEmail = {
  customerName: "Marc",
  orderNumber: "H-000123",
  shopName: "Fournil",
  currency: "EUR",
  deliveryMethod: "CLICK_AND_COLLECT",
  goods: "physical",
  by: "VENDOR",
  status: "READY_FOR_PICKUP",
  reason: "Rupture de stock",
  refundAmount: 1690,
  carrierName: "Colissimo",
  trackingCode: "6A12345678901",
  trackingUrl: "https://www.laposte.fr/outils/suivre-vos-envois?code=6A12345678901",
  pickupAddress: "12 rue des Halles, 69001 Lyon",
  pickupHours: [[{ open: "09:00", close: "12:30" }], [], [], [], [], [], []],
  pickupInstructions: "Sonnez",
  pickupCode: "042917",
  availabilityNote: "Lien de téléchargement envoyé",
  shipBy: "2026-12-08T14:00:00.000Z",
  returnBy: "2026-12-22T14:00:00.000Z",
  orderUrl: "https://halle.test/account/orders/o1",
};

export const SHOP_ORDER_STEP_SAMPLES: { [T in ShopOrderStepTemplateName]: ShopOrderStepEmail } = {
  "order.accepted": SHOP_ORDER_STEP_SAMPLE,
  "order.refused": SHOP_ORDER_STEP_SAMPLE,
  "order.expired": { ...SHOP_ORDER_STEP_SAMPLE, by: "JOB", reason: null },
  "order.expired-shop": { ...SHOP_ORDER_STEP_SAMPLE, by: "JOB", reason: null, customerName: null },
  "order.cancelled": { ...SHOP_ORDER_STEP_SAMPLE, by: "SHOPPER" },
  "order.cancelled-shop": { ...SHOP_ORDER_STEP_SAMPLE, by: "OPERATOR", customerName: null },
  "order.shipped": { ...SHOP_ORDER_STEP_SAMPLE, deliveryMethod: "POSTAL" },
  "order.ready-for-pickup": SHOP_ORDER_STEP_SAMPLE,
  "order.handed-over": SHOP_ORDER_STEP_SAMPLE,
  "order.delivered": { ...SHOP_ORDER_STEP_SAMPLE, deliveryMethod: "LOCAL_COURIER" },
  "order.made-available": { ...SHOP_ORDER_STEP_SAMPLE, goods: "intangible" },
  "order.receipt-confirmed": { ...SHOP_ORDER_STEP_SAMPLE, customerName: null },
  "order.step-operator": { ...SHOP_ORDER_STEP_SAMPLE, customerName: null, status: "CANCELLED" },
};
