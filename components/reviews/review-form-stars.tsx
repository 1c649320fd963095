"use client";

import { useState } from "react";
import { FieldError } from "@/components/ui/field-parts";
import { useT } from "@/lib/i18n/client";

const STARS = ["1", "2", "3", "4", "5"] as const;

type Props = {
  id: string;
  name: string;
  legend: string;
  /** a first choice "no rating" (optional ratings: a product's) */
  optional?: boolean;
  defaultValue?: string;
  error?: string;
  required?: boolean;
};

/**
 * Stars to choose from as a native radio group (docs/trust.md, reviews): a fieldset, its legend,
 * one radio input per star (arrow keys move between them), each drawn as a star by its label. The
 * radios are visually hidden, never removed: the focus ring is drawn around the focused star.
 * Works without JavaScript (the stars then only show the checked one).
 */
export function ReviewFormStars({ id, name, legend, optional = false, defaultValue = "", error, required }: Props) {
  const t = useT();
  const [chosen, setChosen] = useState(defaultValue);
  const value = Number(chosen) || 0;
  // Each radio says it is in error and where the message is: focus after a failed post lands on the first.
  const invalid = error ? { "aria-invalid": true, "aria-describedby": `${id}-error` } : {};
  return (
    <fieldset className="flex flex-col gap-1">
      <legend className="mb-1 font-medium">{legend}</legend>
      <div className="flex flex-wrap items-center gap-1">
        {optional ? (
          <label className="me-2 inline-flex min-h-11 cursor-pointer items-center rounded-md px-2 text-sm text-stone-700 has-[:checked]:font-semibold has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-700">
            <input
              type="radio"
              name={name}
              value=""
              defaultChecked={chosen === ""}
              onChange={() => setChosen("")}
              {...invalid}
              className="sr-only"
            />
            {t("reviews.stars.none")}
          </label>
        ) : null}
        {STARS.map((stars, index) => {
          const label = t(`reviews.stars.${stars}`);
          const lit = index + 1 <= value;
          return (
            <label
              key={stars}
              title={label}
              className="inline-flex size-11 cursor-pointer items-center justify-center rounded-md has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-700"
            >
              <input
                type="radio"
                name={name}
                value={stars}
                required={required && index === 0 ? true : undefined}
                defaultChecked={chosen === stars}
                onChange={() => setChosen(stars)}
                {...invalid}
                className="peer sr-only"
              />
              <svg
                viewBox="0 0 20 20"
                aria-hidden="true"
                className={`size-8 ${lit ? "text-amber-500" : "text-stone-300"} peer-checked:text-amber-500`}
              >
                <path
                  d="M10 1.5l2.6 5.3 5.9.9-4.3 4.1 1 5.8L10 14.9l-5.2 2.7 1-5.8L1.5 7.7l5.9-.9L10 1.5z"
                  fill="currentColor"
                />
              </svg>
              <span className="sr-only">{label}</span>
            </label>
          );
        })}
      </div>
      <FieldError id={id} error={error} />
    </fieldset>
  );
}
