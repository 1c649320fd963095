import type { Translate } from "@/lib/i18n/translate";
import type { MyShopSummary } from "@/lib/shops/list-my-shops";

type ShopStatus = MyShopSummary["status"];

const TONE: Record<ShopStatus, string> = {
  DRAFT: "bg-sky-100 text-sky-900",
  PENDING: "bg-amber-100 text-amber-900",
  APPROVED: "bg-brand-100 text-brand-800",
  REJECTED: "bg-red-100 text-red-900",
  SUSPENDED: "bg-stone-200 text-stone-800",
  LAPSED: "bg-orange-100 text-orange-900",
  CLOSED: "bg-stone-300 text-stone-900",
};

/** A shop's status in words (colour is only a second cue). */
export function ShopStatusBadge({ status, t }: { status: ShopStatus; t: Translate }) {
  return (
    <span className={`inline-block rounded-full px-2.5 py-0.5 text-sm font-medium ${TONE[status]}`}>
      {t(`shopStatus.${status}`)}
    </span>
  );
}
