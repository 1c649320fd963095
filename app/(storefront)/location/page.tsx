import type { Metadata } from "next";
import { DeviceLocationButton } from "@/components/discovery/device-location-button";
import { PlaceForm } from "@/components/discovery/place-form";
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

const box = "flex flex-col gap-4 rounded-xl border border-stone-200 bg-white p-4 sm:p-6";

export default async function LocationPage({ searchParams }: LocationPageProps) {
  const [{ t }, location, params] = await Promise.all([getT(), getViewerLocation(), searchParams]);
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
        <DeviceLocationButton
          action={setLocationFromDevice}
          returnTo={returnTo}
          labels={{
            button: t("discovery.location.deviceButton"),
            pending: t("discovery.location.devicePending"),
            hint: t("discovery.location.deviceHint"),
            denied: t("discovery.location.deviceDenied"),
            unavailable: t("discovery.location.deviceUnavailable"),
            unsupported: t("discovery.location.deviceUnsupported"),
          }}
        />
      </section>
      <section aria-labelledby="place-title" className={box}>
        <h2 id="place-title" className="text-lg font-semibold">
          {t("discovery.location.placeTitle")}
        </h2>
        <PlaceForm
          action={setLocationFromPlace}
          returnTo={returnTo}
          labels={{
            label: t("discovery.location.placeLabel"),
            hint: t("discovery.location.placeHint"),
            submit: t("discovery.location.placeSubmit"),
            pending: t("discovery.location.placePending"),
            suggestions: t("discovery.location.suggestions"),
            suggestionCount: t("discovery.location.suggestionCount"),
            noSuggestion: t("discovery.location.noSuggestion"),
            choicesTitle: t("discovery.location.choicesTitle"),
          }}
        />
      </section>
    </div>
  );
}
