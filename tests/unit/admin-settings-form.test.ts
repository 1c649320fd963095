import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import {
  SETTINGS_FORM_MESSAGES,
  settingsFieldBounds,
  settingsFormOptions,
  settingsFormValues,
} from "@/app/admin/settings/settings-form-data";
import { SettingsForm } from "@/components/admin/settings/settings-form";
import { MessagesProvider } from "@/lib/i18n/client";
import type { Locale } from "@/lib/i18n/config";
import { pickMessages } from "@/lib/i18n/pick-messages";
import { formatMoneyInput } from "@/lib/money/parse-money";
import { formatPercentInput } from "@/lib/money/parse-percent";
import { DEFAULT_SETTINGS } from "@/lib/settings/default-settings";

// The operator's settings form words itself (docs/i18n.md, client components' messages) with only
// the namespaces its page sends (plus common/errors/forms from the root layout).

const action = async () => ({ status: "idle" as const, fieldErrors: {} });
const ROOT = ["common", "errors", "forms"];

function render(locale: Locale, { currencyLocked = false, payoutWeekday = 3 } = {}): string {
  const values = { ...DEFAULT_SETTINGS, payoutWeekday };
  const { currency } = values;
  const form = createElement(SettingsForm, {
    action,
    initial: settingsFormValues(values, "2026-12-06T05:00:00.000Z", {
      percent: (bps) => formatPercentInput(bps, locale),
      money: (amount) => formatMoneyInput(amount, locale, currency),
    }),
    bounds: settingsFieldBounds(values, locale, currency),
    options: settingsFormOptions(locale, { values, plans: [{ id: "p1", name: "Essentiel" }] }),
    currencyLocked,
  });
  const messages = pickMessages(locale, [...ROOT, ...SETTINGS_FORM_MESSAGES]);
  // children in the props object: MessagesProvider's type requires them there
  const props = { locale, messages, children: form };
  return renderToStaticMarkup(createElement(MessagesProvider, props));
}

describe("the settings form finds its words in the namespaces its page sends", () => {
  for (const locale of ["fr", "en", "fa"] as const) {
    it(`in ${locale}: no word shows as its key`, () => {
      const html = render(locale);
      expect(html).not.toMatch(/\b(settings|locales|forms)\.[a-zA-Z]+/);
      for (const locked of [true, false]) expect(render(locale, { currencyLocked: locked })).not.toMatch(/settings\./);
    });
  }

  it("states each field's bounds and the saved currency, in the viewer's digits", () => {
    const fr = render("fr");
    expect(fr).toContain("Compté à partir de l&#x27;acceptation (entre 1 et 30).");
    expect(fr).toContain("Frais de paiement : montant fixe (EUR)");
    expect(fr).toContain("Aucune (la plus ancienne formule active)");
    expect(render("fa")).toMatch(/۱[^<]*۳۰/);
  });

  it("names the saved weekday in the weekly payout schedule, and the locked currency's reason", () => {
    expect(render("fr", { payoutWeekday: 3 })).toContain("Chaque semaine (le mercredi)");
    expect(render("fr", { payoutWeekday: 5 })).toContain("Chaque semaine (le vendredi)");
    const locked = render("fr", { currencyLocked: true });
    expect(locked).toContain("La monnaie ne peut plus changer");
    expect(locked).not.toContain("Code ISO 4217.");
    expect(render("fr")).toContain("Code ISO 4217.");
  });
});
