"use client";

import { useState } from "react";
import { COUNT_INPUT } from "@/components/ui/count-input";
import { describedByOf, FieldError } from "@/components/ui/field-parts";
import { TextField } from "@/components/ui/text-field";
import { TextareaField } from "@/components/ui/textarea-field";
import { useT } from "@/lib/i18n/client";
import { StepButtons, StepFormMessage } from "./form-footer";
import { useEnhanced } from "./use-enhanced";
import { useOnboardingForm, type StepFormAction } from "./use-onboarding-form";

export type DeliveryFormValues = {
  clickAndCollect: boolean;
  pickupInstructions: string;
  courierEnabled: boolean;
  courierRadiusKm: number | null;
  postalEnabled: boolean;
  postalCountries: string[];
  postageDueOnDelivery: boolean;
  handlingDays: number;
};

type DeliveryFormProps = {
  action: StepFormAction;
  values: DeliveryFormValues;
  countries: { value: string; label: string }[];
  nextHref: string;
};

const box = "flex flex-col gap-4 rounded-xl border border-stone-200 bg-white p-4 sm:p-6";
const checkboxClass = "mt-1 size-5 shrink-0 accent-brand-700";

/** A mode's checkbox; its details show while it is ticked (always there without JavaScript). */
function ModeToggle({
  id,
  name,
  label,
  checked,
  onChange,
}: {
  id: string;
  name: string;
  label: string;
  checked: boolean;
  onChange: (on: boolean) => void;
}) {
  return (
    <div className="flex items-start gap-3">
      <input
        id={id}
        name={name}
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        aria-expanded={checked}
        aria-controls={`${id}-details`}
        className={checkboxClass}
      />
      <label htmlFor={id} className="text-lg font-semibold">
        {label}
      </label>
    </div>
  );
}

export function DeliveryForm({ action, values, countries, nextHref }: DeliveryFormProps) {
  const t = useT();
  const { formRef, state, formAction, pending, onSubmit, errors, submitted, valueOf, checkedOf } =
    useOnboardingForm(action);
  const [clickAndCollect, setClickAndCollect] = useState(() => checkedOf("clickAndCollect", values.clickAndCollect));
  const [courier, setCourier] = useState(() => checkedOf("courierEnabled", values.courierEnabled));
  const [postal, setPostal] = useState(() => checkedOf("postalEnabled", values.postalEnabled));
  const countriesError = errors.postalCountries;
  const chosenCountries = submitted ? [submitted.postalCountries ?? []].flat() : values.postalCountries;
  // Without JavaScript every mode's details stay visible (nothing could reveal them).
  const enhanced = useEnhanced();

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-6">
      <StepFormMessage state={state} />
      <fieldset className="flex flex-col gap-4">
        <legend className="sr-only">{t("onboarding.delivery.modesLegend")}</legend>
        <div className={box}>
          <ModeToggle
            id="delivery-click-and-collect"
            name="clickAndCollect"
            label={t("onboarding.delivery.clickAndCollect")}
            checked={clickAndCollect}
            onChange={setClickAndCollect}
          />
          <div id="delivery-click-and-collect-details" hidden={enhanced && !clickAndCollect}>
            <TextareaField
              id="delivery-pickup-instructions"
              name="pickupInstructions"
              label={t("onboarding.delivery.pickupInstructions")}
              hint={t("onboarding.delivery.pickupInstructionsHint")}
              defaultValue={valueOf("pickupInstructions", values.pickupInstructions)}
              error={errors.pickupInstructions}
              maxLength={500}
              rows={3}
            />
          </div>
        </div>
        <div className={box}>
          <ModeToggle
            id="delivery-courier"
            name="courierEnabled"
            label={t("onboarding.delivery.courier")}
            checked={courier}
            onChange={setCourier}
          />
          <div id="delivery-courier-details" hidden={enhanced && !courier}>
            <TextField
              id="delivery-courier-radius"
              name="courierRadiusKm"
              {...COUNT_INPUT}
              label={t("onboarding.delivery.courierRadius")}
              hint={t("onboarding.delivery.courierRadiusHint")}
              defaultValue={valueOf(
                "courierRadiusKm",
                values.courierRadiusKm === null ? "" : String(values.courierRadiusKm),
              )}
              error={errors.courierRadiusKm}
            />
          </div>
        </div>
        <div className={box}>
          <ModeToggle
            id="delivery-postal"
            name="postalEnabled"
            label={t("onboarding.delivery.postal")}
            checked={postal}
            onChange={setPostal}
          />
          <div id="delivery-postal-details" hidden={enhanced && !postal} className="flex flex-col gap-4">
            <fieldset aria-describedby={describedByOf("delivery-postal-countries", undefined, countriesError)}>
              <legend className="mb-2 font-medium">{t("onboarding.delivery.postalCountries")}</legend>
              <ul className="grid grid-cols-1 gap-2 sm:grid-cols-2 md:grid-cols-3">
                {countries.map((country, index) => (
                  <li key={country.value} className="flex items-center gap-2">
                    <input
                      id={`delivery-country-${country.value}`}
                      name="postalCountries"
                      type="checkbox"
                      value={country.value}
                      defaultChecked={chosenCountries.includes(country.value)}
                      aria-invalid={countriesError && index === 0 ? true : undefined}
                      className={checkboxClass.replace("mt-1", "")}
                    />
                    <label htmlFor={`delivery-country-${country.value}`}>{country.label}</label>
                  </li>
                ))}
              </ul>
              <FieldError id="delivery-postal-countries" error={countriesError} />
            </fieldset>
            <div className="flex items-start gap-3">
              <input
                id="delivery-postage-due"
                name="postageDueOnDelivery"
                type="checkbox"
                defaultChecked={checkedOf("postageDueOnDelivery", values.postageDueOnDelivery)}
                className={checkboxClass}
              />
              <label htmlFor="delivery-postage-due">{t("onboarding.delivery.postageDueOnDelivery")}</label>
            </div>
          </div>
        </div>
      </fieldset>
      <div className={box}>
        <TextField
          id="delivery-handling-days"
          name="handlingDays"
          {...COUNT_INPUT}
          label={t("onboarding.delivery.handlingDays")}
          hint={t("onboarding.delivery.handlingDaysHint")}
          defaultValue={valueOf("handlingDays", String(values.handlingDays))}
          error={errors.handlingDays}
        />
      </div>
      <StepButtons step="delivery" pending={pending} saved={state.status === "success"} nextHref={nextHref} />
    </form>
  );
}
