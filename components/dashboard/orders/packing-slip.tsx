import type { Translate } from "@/lib/i18n/translate";
import { FinalPriceNote } from "@/components/orders/final-price-note";
import { formatMoney } from "@/lib/money/format-money";
import type { ShopOrderDetail } from "@/lib/orders/get-shop-order";

// Printing the part's page prints this only: the arbitrary print variants below hide the back
// office's header, navigation and the rest of <main> whenever a packing slip is on the page.
const PRINT_ONLY_THIS =
  "hidden print:block print:[body:has(&)_header]:hidden print:[body:has(&)_nav]:hidden print:[body:has(&)_main>*:not(:has(&))]:hidden";

/**
 * The packing slip: order number, delivery address (or click & collect) and the lines, no prices —
 * except an estimated line once priced: its estimate and final price (docs/domain.md, estimated prices).
 */
export function PackingSlip({
  part,
  locale,
  t,
}: {
  part: Pick<
    ShopOrderDetail,
    | "orderNumber"
    | "shopName"
    | "deliveryMethod"
    | "shippingAddress"
    | "lines"
    | "currency"
    | "finalPrices"
    | "businessBuyer"
  >;
  locale: string;
  t: Translate;
}) {
  const money = (amount: number) => formatMoney(amount, part.currency, locale);
  return (
    <section aria-label={t("orders.life.vendor.slip.title")} className={`${PRINT_ONLY_THIS} text-black`}>
      <p className="text-sm">{part.shopName}</p>
      <h2 className="mb-4 text-2xl font-bold">{t("orders.life.vendor.slip.order", { number: part.orderNumber })}</h2>
      {part.businessBuyer ? (
        // a business buyer's invoice details (docs/domain.md, business buyer)
        <p className="mb-2">
          {t("orders.business.slip", {
            company: part.businessBuyer.companyName ?? "",
            vat: part.businessBuyer.vatNumber ?? "",
          })}
        </p>
      ) : null}
      <h3 className="font-semibold">{t("orders.life.vendor.slip.deliverTo")}</h3>
      {part.shippingAddress.length > 0 ? (
        <address className="mb-4 text-lg not-italic">
          {part.shippingAddress.map((line) => (
            <span key={line} className="block">
              {line}
            </span>
          ))}
        </address>
      ) : (
        <p className="mb-4">{t("orders.life.vendor.slip.collect")}</p>
      )}
      <h3 className="font-semibold">{t("orders.life.vendor.slip.items")}</h3>
      <table className="w-full border-collapse">
        <tbody>
          {part.lines.map((line) => (
            <tr key={line.id} className="border-b border-stone-400">
              <td className="py-1">
                {t("orders.life.row.items", { quantity: line.quantity, title: line.title })}
                {line.estimatedPrice && line.finalLineAmount !== null ? (
                  <span className="block text-sm">
                    {t("orders.finalPrices.lineFinal", {
                      final: money(line.finalLineAmount),
                      estimate: money(line.lineAmount),
                    })}
                  </span>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <FinalPriceNote summary={part.finalPrices} currency={part.currency} locale={locale} t={t} />
    </section>
  );
}
