"use client";

import { useState, useSyncExternalStore, useTransition } from "react";
import { primaryButton } from "@/components/ui/styles";
import type { FormState } from "@/lib/forms/form-state";
import { useT } from "@/lib/i18n/client";

const noSubscription = () => () => {};

/** The server action that stores the position (rounded there) and goes back to returnTo. */
export type DeviceLocationAction = (
  coordinates: { latitude: number; longitude: number },
  returnTo: string,
) => Promise<FormState>;

/** "Use my location": the browser's geolocation, sent to the server which rounds it. Needs JavaScript. */
export function DeviceLocationButton({ action, returnTo }: { action: DeviceLocationAction; returnTo: string }) {
  const t = useT();
  const [locating, setLocating] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [saving, startTransition] = useTransition();
  // Rendered disabled on the server: without JavaScript the button could do nothing.
  const mounted = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );

  function locate() {
    setMessage(null);
    if (!("geolocation" in navigator)) {
      setMessage(t("discovery.location.deviceUnsupported"));
      return;
    }
    setLocating(true);
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setLocating(false);
        startTransition(async () => {
          const state = await action(
            { latitude: position.coords.latitude, longitude: position.coords.longitude },
            returnTo,
          );
          if (state.status === "error")
            setMessage(Object.values(state.fieldErrors)[0] ?? t("discovery.location.deviceUnavailable"));
        });
      },
      (error) => {
        setLocating(false);
        setMessage(
          t(
            error.code === error.PERMISSION_DENIED
              ? "discovery.location.deviceDenied"
              : "discovery.location.deviceUnavailable",
          ),
        );
      },
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 5 * 60_000 },
    );
  }

  const busy = locating || saving;
  return (
    <div className="flex flex-col gap-2">
      <button
        type="button"
        onClick={locate}
        disabled={!mounted || busy}
        aria-describedby="device-location-hint"
        className={`${primaryButton} self-start`}
      >
        {busy ? t("discovery.location.devicePending") : t("discovery.location.deviceButton")}
      </button>
      <p id="device-location-hint" className="text-sm text-stone-600">
        {t("discovery.location.deviceHint")}
      </p>
      <p
        role="alert"
        className={message ? "rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-amber-900" : "sr-only"}
      >
        {message ?? ""}
      </p>
    </div>
  );
}
