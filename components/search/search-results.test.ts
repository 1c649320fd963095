import { createElement, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MessagesProvider } from "@/lib/i18n/client";
import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/catalogues";
import { pickMessages, type MessageNamespace } from "@/lib/i18n/pick-messages";
import { SEARCH_RESULTS_MESSAGES, type SearchResultView } from "./search-result-view";
import { SearchResults } from "./search-results";

// Client components translate for themselves (docs/i18n.md): rendered with only the namespaces
// their page sends, every word they show must be found there (a missing key would show as itself).

function render(locale: Locale, namespaces: readonly MessageNamespace[], element: ReactNode): string {
  // children in the props object: MessagesProvider's type requires them there
  const provider = { locale, messages: pickMessages(locale, namespaces), children: element };
  return renderToStaticMarkup(createElement(MessagesProvider, provider));
}

const result: SearchResultView = {
  id: "p1",
  slug: "miel-de-lavande",
  title: "Miel de lavande",
  price: "8,50 €",
  estimatedPrice: true,
  inStock: true,
  image: null,
  shop: { slug: "la-ruche", name: "La Ruche", premium: true },
  shopRating: null,
  distance: null,
  delivery: ["CLICK_AND_COLLECT", "POSTAL"],
};

const addToCart = async () => ({ status: "idle" as const, fieldErrors: {} });

describe("search results translate for themselves", () => {
  for (const locale of ["fr", "fa"] as const) {
    it(`shows the ${locale} words from the namespaces the search page sends`, () => {
      const t = getTranslator(locale);
      const html = render(
        locale,
        SEARCH_RESULTS_MESSAGES,
        createElement(SearchResults, { results: [result], addToCart }),
      );
      for (const text of [
        t("cart.add.submitCompact"),
        t("searchPage.card.inStock"),
        t("searchPage.card.estimatedPrice"),
        t("searchPage.card.premium"),
        t("searchPage.delivery.CLICK_AND_COLLECT"),
        t("searchPage.delivery.POSTAL"),
      ])
        expect(html).toContain(`>${text}<`);
      expect(html).toContain(`aria-label="${t("cart.add.submitOf", { title: "Miel de lavande" })}"`);
      expect(html).toContain(`aria-label="${t("searchPage.card.deliveryModes")}"`);
      expect(html).not.toMatch(/searchPage\.|cart\.add\./);
    });
  }

  it("writes French by default", () => {
    const html = render("fr", SEARCH_RESULTS_MESSAGES, createElement(SearchResults, { results: [result], addToCart }));
    expect(html).toContain(">Ajouter<");
    expect(html).toContain('aria-label="Ajouter Miel de lavande au panier"');
  });
});
