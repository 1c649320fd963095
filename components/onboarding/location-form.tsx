"use client";

import { useEffect, useRef, useState } from "react";
import type { OpeningHours } from "@/lib/shops/opening-hours";
import { readOpeningHoursForm } from "@/lib/onboarding/opening-hours-form";
import { describedByOf, FieldError, FieldHint } from "@/components/ui/field-parts";
import { inputBase } from "@/components/ui/styles";
import { TextField } from "@/components/ui/text-field";
import { useT } from "@/lib/i18n/client";
import { StepButtons, StepFormMessage } from "./form-footer";
import { LocationPicker } from "./location-picker";
import { OpeningHoursEditor } from "./opening-hours-editor";
import { useOnboardingForm, type StepFormAction } from "./use-onboarding-form";

export type LocationFormValues = {
  addressLine: string;
  postalCode: string;
  city: string;
  country: string;
  latitude: number | null;
  longitude: number | null;
  openingHours: OpeningHours;
};

type Suggestion = { postcode: string; city: string; lat: number; lng: number };

type LocationFormProps = {
  action: StepFormAction;
  values: LocationFormValues;
  countries: { value: string; label: string }[];
  dayNames: string[];
  nextHref: string;
};

const box = "flex flex-col gap-4 rounded-xl border border-stone-200 bg-white p-4 sm:p-6";
const legend = "px-1 text-lg font-semibold";

/** Suggestions from the offline gazetteer (/api/places), fetched 250 ms after typing stops. */
function usePlaceSuggestions(
  query: string,
  enabled: boolean,
  onResults: (query: string, results: Suggestion[]) => void,
): Suggestion[] {
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const onResultsRef = useRef(onResults);
  useEffect(() => {
    onResultsRef.current = onResults;
  });
  useEffect(() => {
    const typed = query.trim();
    if (!enabled || typed.length < 2) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(`/api/places?q=${encodeURIComponent(typed)}`, { signal: controller.signal })
        .then((response) => (response.ok ? (response.json() as Promise<Suggestion[]>) : []))
        .then((results) => {
          setSuggestions(results);
          onResultsRef.current(typed, results);
        })
        .catch(() => {}); // offline or aborted: no suggestions, typing still works
    }, 250);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, enabled]);
  return enabled && query.trim().length >= 2 ? suggestions : [];
}

const toNumber = (value: string): number | null => {
  const parsed = Number(value.replace(",", "."));
  return value.trim() !== "" && Number.isFinite(parsed) ? parsed : null;
};

export function LocationForm({ action, values, countries, dayNames, nextHref }: LocationFormProps) {
  const t = useT();
  const { formRef, state, formAction, pending, onSubmit, errors, errorOf, submitted, valueOf } =
    useOnboardingForm(action);
  const [country, setCountry] = useState(() => valueOf("country", values.country));
  const [postalCode, setPostalCode] = useState(() => valueOf("postalCode", values.postalCode));
  const [city, setCity] = useState(() => valueOf("city", values.city));
  const [latitude, setLatitude] = useState(() =>
    valueOf("latitude", values.latitude === null ? "" : String(values.latitude)),
  );
  const [longitude, setLongitude] = useState(() =>
    valueOf("longitude", values.longitude === null ? "" : String(values.longitude)),
  );
  const [lastQuery, setLastQuery] = useState("");
  // A full postcode typed: once its places arrive, the first one fills the town and the pin
  // (the other towns sharing the postcode stay offered in the list).
  const suggestions = usePlaceSuggestions(lastQuery, country === "FR", (query, results) => {
    const match = results.find((s) => s.postcode === query);
    if (
      /^\d{5}$/.test(query) &&
      query === postalCode.trim() &&
      match &&
      !results.some((s) => s.postcode === query && s.city === city)
    )
      choose(match);
  });
  const detailsRef = useRef<HTMLDetailsElement>(null);

  // After a save the server may have found the coordinates from the postcode: show them.
  const [saved, setSaved] = useState({ latitude: values.latitude, longitude: values.longitude });
  if (saved.latitude !== values.latitude || saved.longitude !== values.longitude) {
    setSaved({ latitude: values.latitude, longitude: values.longitude });
    if (values.latitude !== null && values.longitude !== null) {
      setLatitude(String(values.latitude));
      setLongitude(String(values.longitude));
    }
  }

  const coordinatesError = errors.latitude ?? errors.longitude;
  useEffect(() => {
    if (coordinatesError && detailsRef.current) detailsRef.current.open = true;
  }, [coordinatesError, state]);

  function choose(suggestion: Suggestion) {
    setPostalCode(suggestion.postcode);
    setCity(suggestion.city);
    setLatitude(String(suggestion.lat));
    setLongitude(String(suggestion.lng));
  }

  function onPostalCode(value: string) {
    setPostalCode(value);
    setLastQuery(value);
  }

  function onCity(value: string) {
    setCity(value);
    setLastQuery(value);
    // A datalist option reads "Rochefort (17300)": picking it gives both fields.
    const match = suggestions.find(
      (s) => `${s.city} (${s.postcode})` === value || (s.city === value && s.postcode === postalCode.trim()),
    );
    if (match) choose(match);
  }

  // Without JavaScript, an error page shows the hours as sent (read as the server read them).
  const [hours] = useState(() =>
    submitted ? readOpeningHoursForm({ get: (name) => valueOf(name, "") || null }) : values.openingHours,
  );
  const dayErrors = dayNames.map((_, day) => errorOf(`openingHours.${day}`));

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-6">
      <StepFormMessage state={state} />
      <fieldset className={box}>
        <legend className={legend}>{t("onboarding.location.addressTitle")}</legend>
        <TextField
          id="location-address"
          name="addressLine"
          label={t("onboarding.location.addressLine")}
          defaultValue={valueOf("addressLine", values.addressLine)}
          error={errors.addressLine}
          autoComplete="street-address"
          required
          maxLength={200}
        />
        <div className="grid gap-4 sm:grid-cols-[10rem_1fr]">
          <div className="flex flex-col gap-1">
            <label htmlFor="location-postal-code" className="font-medium">
              {t("onboarding.location.postalCode")}
            </label>
            <input
              id="location-postal-code"
              name="postalCode"
              value={postalCode}
              onChange={(event) => onPostalCode(event.target.value)}
              list="location-postcode-suggestions"
              autoComplete="postal-code"
              inputMode={country === "FR" ? "numeric" : "text"}
              maxLength={10}
              required
              aria-invalid={errors.postalCode ? true : undefined}
              aria-describedby={describedByOf(
                "location-postal-code",
                t("onboarding.location.placeHint"),
                errors.postalCode,
              )}
              className={inputBase}
            />
            <datalist id="location-postcode-suggestions">
              {suggestions.map((s) => (
                <option key={`${s.postcode}-${s.city}`} value={s.postcode}>
                  {s.city}
                </option>
              ))}
            </datalist>
            <FieldHint id="location-postal-code" hint={t("onboarding.location.placeHint")} />
            <FieldError id="location-postal-code" error={errors.postalCode} />
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="location-city" className="font-medium">
              {t("onboarding.location.city")}
            </label>
            <input
              id="location-city"
              name="city"
              value={city}
              onChange={(event) => onCity(event.target.value)}
              list="location-city-suggestions"
              autoComplete="address-level2"
              maxLength={100}
              required
              aria-invalid={errors.city ? true : undefined}
              aria-describedby={describedByOf("location-city", undefined, errors.city)}
              className={inputBase}
            />
            <datalist id="location-city-suggestions">
              {suggestions.map((s) => (
                <option key={`${s.postcode}-${s.city}`} value={`${s.city} (${s.postcode})`} />
              ))}
            </datalist>
            <FieldError id="location-city" error={errors.city} />
          </div>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="location-country" className="font-medium">
            {t("onboarding.location.country")}
          </label>
          <select
            id="location-country"
            name="country"
            value={country}
            onChange={(event) => setCountry(event.target.value)}
            autoComplete="country"
            aria-invalid={errors.country ? true : undefined}
            aria-describedby={describedByOf("location-country", undefined, errors.country)}
            className={inputBase}
          >
            {countries.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
          <FieldError id="location-country" error={errors.country} />
        </div>
      </fieldset>

      <fieldset className={box}>
        <legend className={legend}>{t("onboarding.location.mapTitle")}</legend>
        <p className="text-sm text-stone-600">{t("onboarding.location.mapHint")}</p>
        <LocationPicker
          latitude={toNumber(latitude)}
          longitude={toNumber(longitude)}
          onMove={(lat, lng) => {
            setLatitude(String(lat));
            setLongitude(String(lng));
          }}
        />
        <details
          ref={detailsRef}
          open={Boolean(coordinatesError) || undefined}
          className="rounded-lg border border-stone-200 p-3"
        >
          <summary className="cursor-pointer font-medium">{t("onboarding.location.adjustCoordinates")}</summary>
          <div className="mt-3 flex flex-col gap-3">
            <p className="text-sm text-stone-600">{t("onboarding.location.coordinatesHint")}</p>
            <div className="grid gap-4 sm:grid-cols-2">
              {(
                [
                  ["latitude", latitude, setLatitude, -90, 90],
                  ["longitude", longitude, setLongitude, -180, 180],
                ] as const
              ).map(([field, value, set, min, max]) => (
                <div key={field} className="flex flex-col gap-1">
                  <label htmlFor={`location-${field}`} className="font-medium">
                    {t(`onboarding.location.${field}`)}
                  </label>
                  <input
                    id={`location-${field}`}
                    name={field}
                    type="number"
                    step="any"
                    min={min}
                    max={max}
                    inputMode="decimal"
                    value={value}
                    onChange={(event) => set(event.target.value)}
                    aria-invalid={errors[field] ? true : undefined}
                    aria-describedby={describedByOf(`location-${field}`, undefined, errors[field])}
                    className={inputBase}
                  />
                  <FieldError id={`location-${field}`} error={errors[field]} />
                </div>
              ))}
            </div>
          </div>
        </details>
      </fieldset>

      <OpeningHoursEditor dayNames={dayNames} hours={hours} dayErrors={dayErrors} errors={errors} />

      <StepButtons step="location" pending={pending} saved={state.status === "success"} nextHref={nextHref} />
    </form>
  );
}
