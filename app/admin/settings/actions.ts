"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { SettingsFormState } from "@/components/admin/settings/settings-form";
import type { QualitySettingsFormState } from "@/components/quality/quality-settings-form";
import { getActor } from "@/lib/auth/session";
import { runFormAction } from "@/lib/forms/form-state";
import { getT } from "@/lib/i18n/server";
import type { MessageKey } from "@/lib/i18n/translate";
import { isKnownCurrency } from "@/lib/money/currency";
import { formatPercentInput } from "@/lib/money/parse-percent";
import { qualitySettingsBoundsOf } from "@/lib/settings/quality-settings-schema";
import { updateQualitySettings } from "@/lib/settings/update-quality-settings";
import { settingsBoundsOf } from "@/lib/settings/settings-bounds";
import { updateMarketplaceSettings } from "@/lib/settings/update-marketplace-settings";
import { readQualitySettingsForm } from "./quality-settings-labels";
import { readSettingsForm } from "./read-settings-form";

export async function saveSettingsAction(_previous: SettingsFormState, formData: FormData): Promise<SettingsFormState> {
  const actor = await getActor();
  const { locale, t } = await getT();
  const values = readSettingsForm(formData);
  // The payout minimum's bounds are money in the currency chosen in the same form.
  const typedCurrency = values.currency.trim().toUpperCase();
  const currency = isKnownCurrency(typedCurrency) ? typedCurrency : "EUR";
  const state = await runFormAction(
    t,
    "updateMarketplaceSettings",
    async () => {
      const { changed } = await updateMarketplaceSettings(actor, { locale, fields: values });
      // The name and the languages show on every page.
      revalidatePath("/", "layout");
      redirect(`/admin/settings?status=${changed.length > 0 ? "saved" : "unchanged"}`);
    },
    {
      fields: Object.keys(values),
      overrides: {
        // A bound is stated with its figures ("between 1 and 30"), from the table the schema checks.
        VALIDATION: (error) => ({
          fieldErrors: Object.fromEntries(
            Object.entries(error.fieldErrors).map(([field, key]) => [
              field,
              t(key as MessageKey, { ...settingsBoundsOf(field, locale, currency), currency }),
            ]),
          ),
          message: t("forms.errors.summary"),
        }),
      },
    },
  );
  return { ...state, values };
}

export async function saveQualitySettingsAction(
  _previous: QualitySettingsFormState,
  formData: FormData,
): Promise<QualitySettingsFormState> {
  const actor = await getActor();
  const { locale, t } = await getT();
  const values = readQualitySettingsForm(formData);
  const state = await runFormAction(
    t,
    "updateQualitySettings",
    async () => {
      const { changed } = await updateQualitySettings(actor, values);
      revalidatePath("/admin/quality");
      revalidatePath("/dashboard", "layout");
      redirect(`/admin/settings?status=${changed.length > 0 ? "saved" : "unchanged"}#settings-quality`);
    },
    {
      fields: Object.keys(values),
      overrides: {
        VALIDATION: (error) => ({
          fieldErrors: Object.fromEntries(
            Object.entries(error.fieldErrors).map(([field, key]) => [
              field,
              t(
                key as MessageKey,
                qualitySettingsBoundsOf(field, (value) => formatPercentInput(value, locale)),
              ),
            ]),
          ),
          message: t("forms.errors.summary"),
        }),
      },
    },
  );
  return { ...state, values };
}
