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

/** The quality form's fields as typed (text); what an error sends back. */
export type QualitySettingsFormValues = { [K in keyof UpdateQualitySettingsInput]-?: string };
export type QualitySettingsFormState = FormState<{ values?: QualitySettingsFormValues }>;

type FieldName = Exclude<keyof QualitySettingsFormValues, "updatedAt">;

export type QualitySettingsFormLabels = {
  title: string;
  intro: string;
  submit: string;
  pending: string;
  percent: string;
  hours: string;
  days: string;
  stars: string;
  fields: Record<FieldName, { label: string; hint?: string }>;
  windows: { value: string; label: string }[];
};

const INITIAL_STATE: QualitySettingsFormState = { status: "idle", fieldErrors: {} };

/**
 * The quality thresholds and the low-stock threshold (docs/trust.md), a section of the settings
 * page with its own save. Posts to the server action (works without JavaScript); after an error
 * the fields keep what was typed and focus moves to the first field in error.
 */
export function QualitySettingsForm({
  action,
  initial,
  labels,
}: {
  action: FormAction<QualitySettingsFormState>;
  initial: QualitySettingsFormValues;
  labels: QualitySettingsFormLabels;
}) {
  const formRef = useRef<HTMLFormElement>(null);
  const [state, formAction, pending] = useActionState(action, INITIAL_STATE);
  useFocusAfterSubmit(formRef, state);
  const values = state.values ?? initial;
  const field = (name: FieldName, unit: string, inputMode: "numeric" | "decimal" = "numeric") => (
    <UnitField
      id={`settings-${name}`}
      name={name}
      label={labels.fields[name].label}
      hint={labels.fields[name].hint}
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
        {labels.title}
      </h2>
      <p className="mb-4 text-stone-700">{labels.intro}</p>
      <form ref={formRef} action={formAction} noValidate className="flex flex-col gap-5">
        <FormMessage
          error={topErrorOf(state, "updatedAt")}
          success={state.status === "success" ? state.message : undefined}
        />
        <input type="hidden" name="updatedAt" value={values.updatedAt} />
        <SelectField
          id="settings-qualityWindowDays"
          name="qualityWindowDays"
          label={labels.fields.qualityWindowDays.label}
          hint={labels.fields.qualityWindowDays.hint}
          error={state.fieldErrors.qualityWindowDays}
          options={labels.windows}
          defaultValue={values.qualityWindowDays}
        />
        {field("qualityMinOrders", "")}
        {field("qualityMinAcceptanceRateBps", labels.percent, "decimal")}
        {field("qualityMaxAnswerHours", labels.hours)}
        {field("qualityMaxExpiredRateBps", labels.percent, "decimal")}
        {field("qualityMaxLateShipmentRateBps", labels.percent, "decimal")}
        {field("qualityMaxCancellationRateBps", labels.percent, "decimal")}
        {field("qualityMaxClaimsRateBps", labels.percent, "decimal")}
        {field("qualityMaxMessageResponseHours", labels.hours)}
        {field("qualityMinRating", labels.stars, "decimal")}
        {field("qualityAlertPeriodDays", labels.days)}
        {field("lowStockThreshold", "")}
        <div>
          <PendingButton pending={pending} pendingLabel={labels.pending} className={primaryButton}>
            {labels.submit}
          </PendingButton>
        </div>
      </form>
    </section>
  );
}
