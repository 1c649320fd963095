"use client";

import { useState } from "react";
import type { OpeningHours } from "@/lib/shops/opening-hours";
import { FieldError } from "@/components/ui/field-parts";
import { inputBase, secondaryButton, textLink } from "@/components/ui/styles";
import { MAX_RANGES_PER_DAY } from "@/lib/onboarding/opening-hours-form";
import { useT } from "@/lib/i18n/client";
import { useEnhanced } from "./use-enhanced";

type Day = { closed: boolean; ranges: { open: string; close: string }[] };

const EMPTY_RANGE = { open: "", close: "" };

function initialDays(hours: OpeningHours): Day[] {
  // Never filled in: suggest Monday to Saturday, 9:00–18:00, for the vendor to adjust.
  const neverSet = hours.every((ranges) => ranges.length === 0);
  return hours.map((ranges, day) => {
    if (neverSet)
      return day < 6
        ? { closed: false, ranges: [{ open: "09:00", close: "18:00" }] }
        : { closed: true, ranges: [EMPTY_RANGE] };
    return ranges.length === 0 ? { closed: true, ranges: [EMPTY_RANGE] } : { closed: false, ranges };
  });
}

type EditorProps = {
  dayNames: string[];
  hours: OpeningHours;
  /** the error of each day (any of its ranges), already translated */
  dayErrors: (string | undefined)[];
  /** "openingHours.<day>.<i>.open" → error, to mark the exact input */
  errors: Record<string, string>;
};

/** Seven weekdays, Monday first; each closed or open with up to three time ranges. */
export function OpeningHoursEditor({ dayNames, hours, dayErrors, errors }: EditorProps) {
  const t = useT();
  const [days, setDays] = useState<Day[]>(() => initialDays(hours));
  const enhanced = useEnhanced();
  const update = (index: number, change: (day: Day) => Day) =>
    setDays((current) => current.map((day, i) => (i === index ? change(day) : day)));
  const copyMonday = () =>
    setDays((current) =>
      current.map((day, i) =>
        i >= 1 && i <= 4 ? { closed: current[0].closed, ranges: current[0].ranges.map((r) => ({ ...r })) } : day,
      ),
    );

  return (
    <fieldset
      className="flex flex-col gap-4 rounded-xl border border-stone-200 bg-white p-4 sm:p-6"
      aria-describedby="opening-hours-hint"
    >
      <legend className="px-1 text-lg font-semibold">{t("onboarding.location.hoursTitle")}</legend>
      <p id="opening-hours-hint" className="text-sm text-stone-600">
        {t("onboarding.location.hoursHint")}
      </p>
      <div>
        <button type="button" onClick={copyMonday} className={`${textLink} text-sm`}>
          {t("onboarding.location.copyMonday")}
        </button>
      </div>
      <ol className="flex flex-col divide-y divide-stone-200">
        {days.map((day, dayIndex) => {
          const dayName = dayNames[dayIndex];
          const errorId = `hours-${dayIndex}-error`;
          const dayError = dayErrors[dayIndex];
          return (
            <li key={dayIndex} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-start sm:gap-4">
              <div className="flex items-center justify-between gap-3 sm:w-48 sm:shrink-0 sm:flex-col sm:items-start">
                <p className="font-semibold capitalize" id={`hours-${dayIndex}-name`}>
                  {dayName}
                </p>
                <div className="flex items-center gap-2">
                  <input
                    id={`hours-${dayIndex}-closed`}
                    name={`hours.${dayIndex}.closed`}
                    type="checkbox"
                    checked={day.closed}
                    onChange={(event) => update(dayIndex, (d) => ({ ...d, closed: event.target.checked }))}
                    aria-describedby={`hours-${dayIndex}-name`}
                    className="size-5 accent-brand-700"
                  />
                  <label htmlFor={`hours-${dayIndex}-closed`}>{t("onboarding.location.closed")}</label>
                </div>
              </div>
              <div className="flex flex-1 flex-col gap-2" hidden={enhanced && day.closed}>
                {day.ranges.map((range, rangeIndex) => {
                  const rangeLabel = t("onboarding.location.range", { day: dayName, number: rangeIndex + 1 });
                  return (
                    <div
                      key={rangeIndex}
                      role="group"
                      aria-label={rangeLabel}
                      className="flex flex-wrap items-end gap-2"
                    >
                      {(["open", "close"] as const).map((edge) => {
                        const id = `hours-${dayIndex}-${rangeIndex}-${edge}`;
                        const invalid =
                          Boolean(errors[`openingHours.${dayIndex}.${rangeIndex}.${edge}`]) ||
                          Boolean(
                            dayError && errors[`openingHours.${dayIndex}`] && rangeIndex === 0 && edge === "open",
                          );
                        return (
                          <div key={edge} className="flex flex-col gap-1">
                            <label htmlFor={id} className="text-sm">
                              {edge === "open" ? t("onboarding.location.opens") : t("onboarding.location.closes")}
                            </label>
                            <input
                              id={id}
                              name={`hours.${dayIndex}.${rangeIndex}.${edge}`}
                              type="time"
                              step={300}
                              value={range[edge]}
                              onChange={(event) =>
                                update(dayIndex, (d) => ({
                                  ...d,
                                  ranges: d.ranges.map((r, i) =>
                                    i === rangeIndex ? { ...r, [edge]: event.target.value } : r,
                                  ),
                                }))
                              }
                              aria-invalid={invalid ? true : undefined}
                              aria-describedby={dayError ? errorId : undefined}
                              className={`${inputBase} w-32`}
                            />
                          </div>
                        );
                      })}
                      {day.ranges.length > 1 ? (
                        <button
                          type="button"
                          onClick={() =>
                            update(dayIndex, (d) => ({ ...d, ranges: d.ranges.filter((_, i) => i !== rangeIndex) }))
                          }
                          className={`${secondaryButton} text-sm`}
                          aria-label={`${t("onboarding.location.removeRange")} (${rangeLabel})`}
                        >
                          {t("onboarding.location.removeRange")}
                        </button>
                      ) : null}
                    </div>
                  );
                })}
                {day.ranges.length < MAX_RANGES_PER_DAY ? (
                  <div>
                    <button
                      type="button"
                      onClick={() => update(dayIndex, (d) => ({ ...d, ranges: [...d.ranges, EMPTY_RANGE] }))}
                      className={`${textLink} text-sm`}
                      aria-label={`${t("onboarding.location.addRange")} (${dayName})`}
                    >
                      {t("onboarding.location.addRange")}
                    </button>
                  </div>
                ) : null}
                <FieldError id={`hours-${dayIndex}`} error={dayError} />
              </div>
            </li>
          );
        })}
      </ol>
    </fieldset>
  );
}
