"use client";

import { useActionState, useRef } from "react";
import { UnitField } from "@/components/admin/settings/unit-field";
import { FormMessage, topErrorOf } from "@/components/ui/form-message";
import { PendingButton } from "@/components/ui/pending-button";
import { SelectField } from "@/components/ui/select-field";
import { primaryButton } from "@/components/ui/styles";
import { useFocusAfterSubmit } from "@/components/ui/use-focus-after-submit";
import type { FormAction, FormState } from "@/lib/forms/form-state";
import type { UpdateQualitySettingsInput } from "@/lib/settings/quality-settings-schema";
import { useT } from "@/lib/i18n/client";

/** The quality form's fields as typed (text); what an error sends back. */
export type QualitySettingsFormValues = { [K in keyof UpdateQualitySettingsInput]-?: string };
export type QualitySettingsFormState = FormState<{ values?: QualitySettingsFormValues }>;

export type QualityFieldName = Exclude<keyof QualitySettingsFormValues, "updatedAt">;

/** Each field's bounds ({min}, {max}) as its hint shows them, written on the server in the viewer's locale. */
export type QualityFieldBounds = Record<QualityFieldName, Record<string, string | number>>;

const INITIAL_STATE: QualitySettingsFormState = { status: "idle", fieldErrors: {} };

/**
 * The quality thresholds and the low-stock threshold (docs/trust.md), a section of the settings
 * page with its own save. Posts to the server action (works without JavaScript); after an error
 * the fields keep what was typed and focus moves to the first field in error.
 */
export function QualitySettingsForm({
  action,
  initial,
  bounds,
  windows,
}: {
  action: FormAction<QualitySettingsFormState>;
  initial: QualitySettingsFormValues;
  bounds: QualityFieldBounds;
  /** the windows offered, in days */
  windows: readonly string[];
}) {
  const t = useT();
  const formRef = useRef<HTMLFormElement>(null);
  const [state, formAction, pending] = useActionState(action, INITIAL_STATE);
  useFocusAfterSubmit(formRef, state);
  const values = state.values ?? initial;
  const field = (name: QualityFieldName, unit: string, inputMode: "numeric" | "decimal" = "numeric") => (
    <UnitField
      id={`settings-${name}`}
      name={name}
      label={t(`settings.quality.fields.${name}`)}
      hint={t(`settings.quality.fields.${name}Hint`, bounds[name])}
      error={state.fieldErrors[name]}
      unit={unit}
      inputMode={inputMode}
      defaultValue={values[name]}
    />
  );
  return (
    <section
      id="settings-quality"
      aria-labelledby="settings-quality-title"
      className="scroll-mt-4 rounded-xl border border-stone-200 bg-white p-4 sm:p-6"
    >
      <h2 id="settings-quality-title" className="mb-2 text-xl font-bold">
        {t("settings.quality.title")}
      </h2>
      <p className="mb-4 text-stone-700">{t("settings.quality.intro")}</p>
      <form ref={formRef} action={formAction} noValidate className="flex flex-col gap-5">
        <FormMessage
          error={topErrorOf(state, "updatedAt")}
          success={state.status === "success" ? state.message : undefined}
        />
        <input type="hidden" name="updatedAt" value={values.updatedAt} />
        <SelectField
          id="settings-qualityWindowDays"
          name="qualityWindowDays"
          label={t("settings.quality.fields.qualityWindowDays")}
          hint={t("settings.quality.fields.qualityWindowDaysHint", bounds.qualityWindowDays)}
          error={state.fieldErrors.qualityWindowDays}
          options={windows.map((days) => ({ value: days, label: t("settings.quality.window", { days }) }))}
          defaultValue={values.qualityWindowDays}
        />
        {field("qualityMinOrders", "")}
        {field("qualityMinAcceptanceRateBps", "%", "decimal")}
        {field("qualityMaxAnswerHours", t("settings.quality.hours"))}
        {field("qualityMaxExpiredRateBps", "%", "decimal")}
        {field("qualityMaxLateShipmentRateBps", "%", "decimal")}
        {field("qualityMaxCancellationRateBps", "%", "decimal")}
        {field("qualityMaxClaimsRateBps", "%", "decimal")}
        {field("qualityMaxMessageResponseHours", t("settings.quality.hours"))}
        {field("qualityMinRating", t("settings.quality.stars"), "decimal")}
        {field("qualityAlertPeriodDays", t("settings.quality.days"))}
        {field("lowStockThreshold", "")}
        <div>
          <PendingButton pending={pending} pendingLabel={t("settings.page.pending")} className={primaryButton}>
            {t("settings.quality.submit")}
          </PendingButton>
        </div>
      </form>
    </section>
  );
}
