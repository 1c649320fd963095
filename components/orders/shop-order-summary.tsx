import type { Translate } from "@/lib/i18n/translate";
import { deliveryFeeText } from "@/lib/checkout/delivery-fee-text";
import { formatMoney } from "@/lib/money/format-money";
import type { ShopOrderView } from "@/lib/orders/shop-order-view";

/**
 * What the shop is owed for one part, as the fee engine computed it (docs/business-models.md, fees): items,
 * delivery, commission (of which on the delivery), VAT on fees, payment fee, net.
 */
export function ShopOrderAmounts({ part, locale, t }: { part: ShopOrderView; locale: string; t: Translate }) {
  const money = (amount: number) => formatMoney(amount, part.currency, locale);
  const rows: { label: string; value: string; detail?: string }[] = [
    { label: t("orders.dashboard.itemsAmount"), value: money(part.itemsAmount) },
    {
      label: t("orders.dashboard.deliveryFee"),
      value: part.postageDue
        ? t("orders.part.postageDue")
        : deliveryFeeText({ amount: part.deliveryFeeAmount }, money, t),
    },
    {
      label: t("fees.breakdown.commission"),
      value: money(-part.commissionAmount),
      detail:
        part.shippingCommissionAmount > 0
          ? t("fees.breakdown.ofWhichShipping", { amount: money(part.shippingCommissionAmount) })
          : undefined,
    },
  ];
  if (part.feesVatAmount > 0) rows.push({ label: t("fees.breakdown.feesVat"), value: money(-part.feesVatAmount) });
  if (part.paymentFeeAmount > 0)
    rows.push({ label: t("fees.breakdown.paymentFee"), value: money(-part.paymentFeeAmount) });
  return (
    <dl className="grid gap-1" aria-label={t("fees.breakdown.title")}>
      {rows.map((row) => (
        <div key={row.label} className="grid grid-cols-[1fr_auto] gap-x-2">
          <dt>{row.label}</dt>
          <dd className="text-end tabular-nums">{row.value}</dd>
          {row.detail ? <dd className="col-span-2 text-sm text-stone-600">{row.detail}</dd> : null}
        </div>
      ))}
      <div className="flex justify-between gap-2 border-t border-stone-200 pt-1 font-semibold">
        <dt>{t("fees.breakdown.net")}</dt>
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
