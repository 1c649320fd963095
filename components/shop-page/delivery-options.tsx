import type { Translate } from "@/lib/i18n/translate";
import type { ShopDeliveryOptions } from "@/lib/shops/get-approved-shop";
import { countryName } from "./weekdays";

type DeliveryOptionsProps = { delivery: ShopDeliveryOptions; locale: string; t: Translate };

/** The delivery modes a shop offers, with pickup instructions, courier radius and countries. */
export function DeliveryOptions({ delivery, locale, t }: DeliveryOptionsProps) {
  const { clickAndCollect, courier, postal } = delivery;
  if (!clickAndCollect && !courier && !postal) return <p className="text-stone-700">{t("shopPage.delivery.none")}</p>;
  const countries = delivery.postalCountries.map((code) => countryName(code, locale));
  const handling =
    delivery.handlingDays === 0
      ? t("shopPage.delivery.handlingSameDay")
      : t(delivery.handlingDays === 1 ? "shopPage.delivery.handlingOne" : "shopPage.delivery.handlingMany", {
          days: delivery.handlingDays,
        });
  return (
    <div className="flex flex-col gap-3">
      <ul className="flex flex-col gap-3">
        {clickAndCollect ? (
          <li className="rounded-lg border border-stone-200 bg-white p-3">
            <p className="font-medium">{t("shopPage.delivery.clickAndCollect")}</p>
            {delivery.pickupInstructions ? (
              <p className="mt-1 text-sm text-stone-700">
                {t("shopPage.delivery.pickupInstructions", { instructions: delivery.pickupInstructions })}
              </p>
            ) : null}
          </li>
        ) : null}
        {courier && delivery.courierRadiusKm ? (
          <li className="rounded-lg border border-stone-200 bg-white p-3">
            <p className="font-medium">{t("shopPage.delivery.courier", { km: delivery.courierRadiusKm })}</p>
          </li>
        ) : null}
        {postal ? (
          <li className="rounded-lg border border-stone-200 bg-white p-3">
            <p className="font-medium">
              {countries.length > 0
                ? t("shopPage.delivery.postal", {
                    countries: new Intl.ListFormat(locale, { type: "conjunction" }).format(countries),
                  })
                : t("shopPage.delivery.postalAnywhere")}
            </p>
            {delivery.postageDueOnDelivery ? (
              <p className="mt-1 text-sm text-stone-700">{t("shopPage.delivery.postageDue")}</p>
            ) : null}
          </li>
        ) : null}
      </ul>
      <p className="text-sm text-stone-700">{handling}</p>
    </div>
  );
}
