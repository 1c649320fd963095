import type { Metadata } from "next";
import { DeviceLocationButton } from "@/components/discovery/device-location-button";
import { PlaceForm } from "@/components/discovery/place-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PageHeader } from "@/components/ui/page-header";
import { secondaryButton } from "@/components/ui/styles";
import { getT } from "@/lib/i18n/server";
import { getViewerLocation } from "@/lib/location/get-viewer-location";
import { safeReturnTo } from "@/lib/location/return-to";
import { clearLocation, setLocationFromDevice, setLocationFromPlace } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("location.title") };
}

type LocationPageProps = { searchParams: Promise<{ returnTo?: string | string[] }> };

// What the two client components below translate for themselves.
const DEVICE_MESSAGES = [
  "discovery.location.deviceButton",
  "discovery.location.devicePending",
  "discovery.location.deviceHint",
  "discovery.location.deviceDenied",
  "discovery.location.deviceUnavailable",
  "discovery.location.deviceUnsupported",
];
const PLACE_MESSAGES = [
  "discovery.location.placeLabel",
  "discovery.location.placeHint",
  "discovery.location.placeSubmit",
  "discovery.location.placePending",
  "discovery.location.suggestions",
  "discovery.location.suggestionCount",
  "discovery.location.noSuggestion",
  "discovery.location.choicesTitle",
];

const box = "flex flex-col gap-4 rounded-xl border border-stone-200 bg-white p-4 sm:p-6";

export default async function LocationPage({ searchParams }: LocationPageProps) {
  const [{ locale, t }, location, params] = await Promise.all([getT(), getViewerLocation(), searchParams]);
  const returnTo = safeReturnTo(typeof params.returnTo === "string" ? params.returnTo : undefined);
  const currentLabel = location
    ? location.source === "device"
      ? t("discovery.location.myPosition")
      : location.label
    : null;
  return (
    <div className="mx-auto flex max-w-xl flex-col gap-6">
      <PageHeader title={t("location.title")} description={t("discovery.location.intro")} />
      {currentLabel ? (
        <div className={box}>
          <p className="font-medium">{t("discovery.location.current", { label: currentLabel })}</p>
          <form action={clearLocation} className="flex flex-col gap-2">
            <input type="hidden" name="returnTo" value={returnTo} />
            <button type="submit" className={`${secondaryButton} self-start`}>
              {t("discovery.location.clear")}
            </button>
            <p className="text-sm text-stone-600">{t("discovery.location.clearHint")}</p>
          </form>
        </div>
      ) : null}
      <section aria-labelledby="device-title" className={box}>
        <h2 id="device-title" className="text-lg font-semibold">
          {t("discovery.location.deviceTitle")}
        </h2>
        <ClientMessages locale={locale} namespaces={DEVICE_MESSAGES}>
          <DeviceLocationButton action={setLocationFromDevice} returnTo={returnTo} />
        </ClientMessages>
      </section>
      <section aria-labelledby="place-title" className={box}>
        <h2 id="place-title" className="text-lg font-semibold">
          {t("discovery.location.placeTitle")}
        </h2>
        <ClientMessages locale={locale} namespaces={PLACE_MESSAGES}>
          <PlaceForm action={setLocationFromPlace} returnTo={returnTo} />
        </ClientMessages>
      </section>
    </div>
  );
}
