import type { Translate } from "@/lib/i18n/translate";
import { deliveryFeeText } from "@/lib/checkout/delivery-fee-text";
import { formatMoney } from "@/lib/money/format-money";
import type { ShopOrderView } from "@/lib/orders/shop-order-view";

/** What the shop is owed for one part: items, delivery, commission, payment fee, net. */
export function ShopOrderAmounts({ part, locale, t }: { part: ShopOrderView; locale: string; t: Translate }) {
  const money = (amount: number) => formatMoney(amount, part.currency, locale);
  const rows: [string, string][] = [
    [t("orders.dashboard.itemsAmount"), money(part.itemsAmount)],
    [
      t("orders.dashboard.deliveryFee"),
      part.postageDue ? t("orders.part.postageDue") : deliveryFeeText({ amount: part.deliveryFeeAmount }, money, t),
    ],
    [t("orders.dashboard.commission"), money(-part.commissionAmount)],
  ];
  if (part.paymentFeeAmount > 0) rows.push([t("orders.dashboard.paymentFee"), money(-part.paymentFeeAmount)]);
  return (
    <dl className="grid gap-1">
      {rows.map(([label, value]) => (
        <div key={label} className="flex justify-between gap-2">
          <dt>{label}</dt>
          <dd className="tabular-nums">{value}</dd>
        </div>
      ))}
      <div className="flex justify-between gap-2 border-t border-stone-200 pt-1 font-semibold">
        <dt>{t("orders.dashboard.net")}</dt>
        <dd className="tabular-nums">{money(part.netAmount)}</dd>
      </div>
    </dl>
  );
}

/**
 * The customer's contact details, delivery address (for click & collect: the shop's pickup
 * address, never a delivery address) and note.
 */
export function ShopOrderCustomer({
  part,
  t,
  pickup = null,
}: {
  part: ShopOrderView;
  t: Translate;
  pickup?: { address: string | null; instructions: string | null } | null;
}) {
  return (
    <div className="grid gap-3 sm:grid-cols-3">
      <div>
        <h3 className="font-semibold">{t("orders.dashboard.customer")}</h3>
        <p>{part.customerName}</p>
        <p className="break-all">{t("orders.dashboard.customerEmail", { email: part.customerEmail })}</p>
        {part.customerPhone ? <p>{t("orders.dashboard.customerPhone", { phone: part.customerPhone })}</p> : null}
        {part.businessBuyer ? (
          <p>
            {t("orders.business.slip", {
              company: part.businessBuyer.companyName ?? "",
              vat: part.businessBuyer.vatNumber ?? "",
            })}
          </p>
        ) : null}
      </div>
      <div>
        <h3 className="font-semibold">{t("orders.dashboard.deliveryTitle")}</h3>
        <p className="text-stone-700">{t(`orders.deliveryMethod.${part.deliveryMethod}`)}</p>
        {part.deliveryMethod === "CLICK_AND_COLLECT" ? (
          <>
            {pickup?.address ? <p>{t("orders.part.pickupAt", { address: pickup.address })}</p> : null}
            {pickup?.instructions ? (
              <p className="text-stone-700">
                {t("orders.part.pickupInstructions", { instructions: pickup.instructions })}
              </p>
            ) : null}
            <p className="text-stone-600">{t("orders.dashboard.noShippingAddress")}</p>
          </>
        ) : part.shippingAddress.length > 0 ? (
          <address className="not-italic">
            {part.shippingAddress.map((line) => (
              <span key={line} className="block">
                {line}
              </span>
            ))}
          </address>
        ) : (
          <p className="text-stone-600">{t("orders.dashboard.noShippingAddress")}</p>
        )}
      </div>
      <div>
        <h3 className="font-semibold">{t("orders.dashboard.note")}</h3>
        {part.note ? (
          <blockquote className="border-s-4 border-stone-300 ps-3 whitespace-pre-line">{part.note}</blockquote>
        ) : (
          <p className="text-stone-600">{t("orders.dashboard.noNote")}</p>
        )}
      </div>
    </div>
  );
}
