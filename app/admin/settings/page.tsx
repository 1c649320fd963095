import type { Metadata } from "next";
import { SettingsForm } from "@/components/admin/settings/settings-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { QualitySettingsForm } from "@/components/quality/quality-settings-form";
import { FormMessage } from "@/components/ui/form-message";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { formatMoneyInput } from "@/lib/money/parse-money";
import { formatPercentInput } from "@/lib/money/parse-percent";
import { getMarketplaceSettings } from "@/lib/settings/get-marketplace-settings";
import { QUALITY_WINDOW_CHOICES } from "@/lib/settings/quality-settings-schema";
import { saveQualitySettingsAction, saveSettingsAction } from "./actions";
import { qualitySettingsFormBounds, qualitySettingsFormValues } from "./quality-settings-labels";
import {
  SETTINGS_FORM_MESSAGES,
  settingsFieldBounds,
  settingsFormOptions,
  settingsFormValues,
} from "./settings-form-data";

type SearchParams = Promise<{ status?: string | string[] }>;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("settings.page.title") };
}

export default async function AdminSettingsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireRole("/admin/settings", "OPERATOR");
  const { locale, t } = await getT();
  const view = await getMarketplaceSettings(actor);
  const { status } = await searchParams;
  const { currency } = view.values;
  const success =
    status === "saved" ? t("settings.page.saved") : status === "unchanged" ? t("settings.page.unchanged") : undefined;
  const initial = settingsFormValues(view.values, view.updatedAt, {
    percent: (bps) => formatPercentInput(bps, locale),
    money: (amount) => formatMoneyInput(amount, locale, currency),
  });
  const lastSaved = view.updatedAt
    ? t("settings.page.lastSaved", {
        date: new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short" }).format(
          new Date(view.updatedAt),
        ),
      })
    : t("settings.page.neverSaved");

  return (
    <>
      <PageHeader title={t("settings.page.title")} description={t("settings.page.intro")} />
      <p className="-mt-4 mb-4 text-sm text-stone-600">{lastSaved}</p>
      {success ? (
        <div className="mb-6">
          <FormMessage success={success} />
        </div>
      ) : null}
      <ClientMessages locale={locale} namespaces={SETTINGS_FORM_MESSAGES}>
        <SettingsForm
          // A new load time (after a save) starts the form afresh with the saved values.
          key={view.updatedAt}
          action={saveSettingsAction}
          initial={initial}
          bounds={settingsFieldBounds(view.values, locale, currency)}
          options={settingsFormOptions(locale, view)}
          currencyLocked={view.currencyLocked}
        />
      </ClientMessages>
      <div className="mt-6">
        <ClientMessages locale={locale} namespaces={["settings.quality", "settings.page.pending"]}>
          <QualitySettingsForm
            key={`quality-${view.updatedAt}`}
            action={saveQualitySettingsAction}
            initial={qualitySettingsFormValues(view.quality, view.updatedAt, locale)}
            bounds={qualitySettingsFormBounds(locale)}
            windows={QUALITY_WINDOW_CHOICES}
          />
        </ClientMessages>
      </div>
    </>
  );
}
