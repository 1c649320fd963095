import type { Metadata } from "next";
import { ClientMessages } from "@/components/i18n/client-messages";
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
  const values = { ...location, country: isSupportedCountry(location.country) ? location.country : "FR" };
  return (
    <div className="max-w-3xl">
      <PageHeader title={t("onboarding.location.title")} description={t("onboarding.location.description")} />
      <ClientMessages locale={locale} namespaces={["onboarding.location"]}>
        <LocationForm
          action={saveLocationAction.bind(null, shopId)}
          values={values}
          countries={countryOptions(locale)}
          dayNames={weekdayNames(locale)}
          nextHref={setupPath(shopId, "delivery")}
        />
      </ClientMessages>
    </div>
  );
}
