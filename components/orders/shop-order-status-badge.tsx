import type { Translate } from "@/lib/i18n/translate";
import type { OrderPartView } from "@/lib/orders/order-detail";

type ShopOrderStatus = OrderPartView["status"];

const TONE: Record<ShopOrderStatus, string> = {
  AWAITING_PAYMENT: "bg-stone-200 text-stone-800",
  AWAITING_ACCEPTANCE: "bg-amber-100 text-amber-900",
  ACCEPTED: "bg-sky-100 text-sky-900",
  READY_FOR_PICKUP: "bg-sky-100 text-sky-900",
  SHIPPED: "bg-sky-100 text-sky-900",
  DELIVERED: "bg-brand-100 text-brand-800",
  CONFIRMED: "bg-brand-100 text-brand-800",
  REFUSED: "bg-red-100 text-red-900",
  EXPIRED: "bg-stone-200 text-stone-800",
  CANCELLED: "bg-stone-200 text-stone-800",
  RETURN_REQUESTED: "bg-amber-100 text-amber-900",
  RETURN_ACCEPTED: "bg-sky-100 text-sky-900",
  RETURN_REFUSED: "bg-stone-200 text-stone-800",
  ESCALATED: "bg-red-100 text-red-900",
  RETURNED: "bg-stone-200 text-stone-800",
};

/** A shop part's status in words (colour is only a second cue). */
export function ShopOrderStatusBadge({ status, t }: { status: ShopOrderStatus; t: Translate }) {
  return (
    <span className={`inline-block rounded-full px-2.5 py-0.5 text-sm font-medium ${TONE[status]}`}>
      {t(`orders.partStatus.${status}`)}
    </span>
  );
}
