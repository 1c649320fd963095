import type { ComponentProps, ReactNode } from "react";
import type { Translate } from "@/lib/i18n/translate";
import type { PartDeadline } from "@/lib/orders/order-detail";
import { isFlaggedLate } from "@/lib/orders/rules/deadlines";
import { DeadlineText } from "./deadline-text";
import { ShopOrderStatusBadge } from "./shop-order-status-badge";

/** Under a shop order's title, for the vendor and the operator: its status, its deadline, when it was paid. */
export function ShopOrderHeadline({
  part,
  locale,
  t,
  children,
}: {
  part: {
    status: ComponentProps<typeof ShopOrderStatusBadge>["status"];
    deadline: PartDeadline | null;
    lateFlaggedAt: Date | null;
    paidAt: Date | null;
  };
  locale: string;
  t: Translate;
  /** what the page adds at the end of the line (the vendor's print button) */
  children?: ReactNode;
}) {
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short" });
  return (
    <div className="mb-6 flex flex-wrap items-center gap-3">
      <ShopOrderStatusBadge status={part.status} t={t} />
      {part.deadline || part.lateFlaggedAt ? (
        <DeadlineText deadline={part.deadline} late={isFlaggedLate(part)} locale={locale} t={t} />
      ) : null}
      {part.paidAt ? (
        <span className="text-stone-600">{t("orders.dashboard.placedOn", { date: date.format(part.paidAt) })}</span>
      ) : null}
      {children}
    </div>
  );
}
