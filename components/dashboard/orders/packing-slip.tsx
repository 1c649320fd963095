import type { Translate } from "@/lib/i18n/translate";
import type { ShopOrderDetail } from "@/lib/orders/get-shop-order";

// Printing the part's page prints this only: the arbitrary print variants below hide the back
// office's header, navigation and the rest of <main> whenever a packing slip is on the page.
const PRINT_ONLY_THIS =
  "hidden print:block print:[body:has(&)_header]:hidden print:[body:has(&)_nav]:hidden print:[body:has(&)_main>*:not(:has(&))]:hidden";

/** The packing slip: order number, delivery address (or click & collect) and the lines, no prices. */
export function PackingSlip({
  part,
  t,
}: {
  part: Pick<ShopOrderDetail, "orderNumber" | "shopName" | "deliveryMethod" | "shippingAddress" | "lines">;
  t: Translate;
}) {
  return (
    <section aria-label={t("orders.life.vendor.slip.title")} className={`${PRINT_ONLY_THIS} text-black`}>
      <p className="text-sm">{part.shopName}</p>
      <h2 className="mb-4 text-2xl font-bold">{t("orders.life.vendor.slip.order", { number: part.orderNumber })}</h2>
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
              <td className="py-1">{t("orders.life.row.items", { quantity: line.quantity, title: line.title })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
