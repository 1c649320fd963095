import "server-only";
import { cache } from "react";
import { getDb } from "@/lib/db";
import type { Locale } from "@/lib/i18n/config";
import { DEFAULT_SETTINGS } from "./default-settings";
import { readSettingsRow } from "./read-settings-row";

export type PublicSettings = {
  /** the marketplace's name, shown in the storefront's header and the pages' titles */
  name: string;
  currency: string;
  defaultLocale: Locale;
  /** the languages the marketplace offers, Halle's order (French first) */
  locales: Locale[];
};

const FALLBACK: PublicSettings = {
  name: DEFAULT_SETTINGS.name,
  currency: DEFAULT_SETTINGS.currency,
  defaultLocale: DEFAULT_SETTINGS.defaultLocale,
  locales: DEFAULT_SETTINGS.locales,
};

/**
 * The settings every visitor's page needs (name, currency, languages): no actor, nothing private.
 * Read fresh on each request, so an operator's change shows at once; React's cache() only shares
 * the one read among the layouts and pages of a request. When the database cannot be reached the
 * error page must still speak, so the defaults are used and the failure is logged.
 */
export const getPublicSettings = cache(async (): Promise<PublicSettings> => {
  try {
    const { values } = await readSettingsRow(getDb());
    return {
      name: values.name,
      currency: values.currency,
      defaultLocale: values.defaultLocale,
      locales: values.locales,
    };
  } catch (error) {
    console.error("reading the marketplace settings failed; using the defaults", error);
    return FALLBACK;
  }
});
