import type { Metadata } from "next";
import { LocationForm } from "@/components/onboarding/location-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { countryOptions, isSupportedCountry } from "@/lib/onboarding/countries";
import { getShopLocation } from "@/lib/onboarding/get-shop-location";
import { setupPath } from "@/lib/onboarding/steps";
import { orNotFound } from "@/lib/or-not-found";
import { saveLocationAction } from "./actions";

type PageProps = { params: Promise<{ shopId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("onboarding.location.title") };
}

/** Monday to Sunday in the viewer's language (1 January 2024 was a Monday). */
function weekdayNames(locale: string): string[] {
  const format = new Intl.DateTimeFormat(locale, { weekday: "long", timeZone: "UTC" });
  return Array.from({ length: 7 }, (_, day) => format.format(new Date(Date.UTC(2024, 0, 1 + day))));
}

export default async function ShopLocationStepPage({ params }: PageProps) {
  const { shopId } = await params;
  const actor = await requireRole(setupPath(shopId, "location"), "VENDOR");
  const { locale, t } = await getT();
  const location = await orNotFound(getShopLocation(actor, shopId));
  const labels = {
    addressTitle: t("onboarding.location.addressTitle"),
    addressLine: t("onboarding.location.addressLine"),
    postalCode: t("onboarding.location.postalCode"),
    city: t("onboarding.location.city"),
    placeHint: t("onboarding.location.placeHint"),
    country: t("onboarding.location.country"),
    mapTitle: t("onboarding.location.mapTitle"),
    mapHint: t("onboarding.location.mapHint"),
    adjustCoordinates: t("onboarding.location.adjustCoordinates"),
    coordinatesHint: t("onboarding.location.coordinatesHint"),
    latitude: t("onboarding.location.latitude"),
    longitude: t("onboarding.location.longitude"),
    picker: {
      map: t("onboarding.location.mapLabel"),
      pin: t("onboarding.location.pinLabel"),
      attribution: t("onboarding.location.mapAttribution"),
      noPosition: t("onboarding.location.noPosition"),
    },
    hours: {
      title: t("onboarding.location.hoursTitle"),
      hint: t("onboarding.location.hoursHint"),
      closed: t("onboarding.location.closed"),
      opens: t("onboarding.location.opens"),
      closes: t("onboarding.location.closes"),
      range: t("onboarding.location.range"),
      addRange: t("onboarding.location.addRange"),
      removeRange: t("onboarding.location.removeRange"),
      copyMonday: t("onboarding.location.copyMonday"),
    },
    save: t("forms.save"),
    saving: t("forms.saving"),
    saveAndContinue: t("onboarding.location.saveAndContinue"),
    continue: t("onboarding.location.continue"),
  };
  const values = { ...location, country: isSupportedCountry(location.country) ? location.country : "FR" };
  return (
    <div className="max-w-3xl">
      <PageHeader title={t("onboarding.location.title")} description={t("onboarding.location.description")} />
      <LocationForm
        action={saveLocationAction.bind(null, shopId)}
        labels={labels}
        values={values}
        countries={countryOptions(locale)}
        dayNames={weekdayNames(locale)}
        nextHref={setupPath(shopId, "delivery")}
      />
    </div>
  );
}
