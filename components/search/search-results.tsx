"use client";

import Link from "next/link";
import type { AddToCartState } from "@/components/cart/add-to-cart-form";
import { ListingAddToCartButton, ListingAddToCartForm } from "@/components/cart/listing-add-to-cart";
import type { FormAction } from "@/lib/forms/form-state";
import { useT } from "@/lib/i18n/client";
import { PremiumBadge } from "@/components/storefront/premium-badge";
import type { SearchResultView } from "./search-result-view";

type SearchResultsProps = {
  results: SearchResultView[];
  addToCart: FormAction<AddToCartState>;
};

/**
 * The result grid, rendered from data (see search-result-view.ts). When a premium shop's product
 * shows, a note under the grid says what the badge means and how it weighs in the order.
 */
export function SearchResults({ results, addToCart }: SearchResultsProps) {
  const t = useT();
  return (
    <>
      <ListingAddToCartForm action={addToCart}>
        <ul className="grid grid-cols-2 gap-3 sm:gap-4 lg:grid-cols-3">
          {results.map((result) => (
            <li key={result.id}>
              <SearchResultCard result={result} />
            </li>
          ))}
        </ul>
      </ListingAddToCartForm>
      {results.some((result) => result.shop.premium) ? (
        <p className="mt-4 text-sm text-stone-600">{t("searchPage.card.premiumNote")}</p>
      ) : null}
    </>
  );
}

/** One search result: photo, title (to the product page), price, shop and its rating, distance, delivery, stock. */
function SearchResultCard({ result }: { result: SearchResultView }) {
  const t = useT();
  return (
    // Styles by name (app/globals.css, "result-"): 24 cards a page, each written out once.
    <article className="result-card">
      {result.image ? (
        // Our pictures are served at their final size by /files: a plain lazy <img> is enough here.
        // eslint-disable-next-line @next/next/no-img-element
        <img src={result.image.url} alt={result.image.alt} loading="lazy" className="result-photo" />
      ) : (
        <div className="result-photo" />
      )}
      <div className="result-body">
        <h3 className="result-title">
          <Link href={`/p/${result.slug}`}>{result.title}</Link>
        </h3>
        <p className="result-price">
          {result.price}
          {result.estimatedPrice ? <span className="result-badge">{t("searchPage.card.estimatedPrice")}</span> : null}
        </p>
        <p className="result-stock" data-in-stock={result.inStock ? "" : undefined}>
          {result.inStock ? t("searchPage.card.inStock") : t("searchPage.card.outOfStock")}
        </p>
        {result.inStock ? <ListingAddToCartButton productId={result.id} title={result.title} /> : null}
        <div className="result-meta">
          <p>
            <Link href={`/shops/${result.shop.slug}`} className="result-shop">
              {result.shop.name}
            </Link>
            {result.shopRating ? (
              <span data-testid="shop-rating">
                <span aria-hidden="true">{result.shopRating.text}</span>
                <span className="sr-only">{result.shopRating.label}</span>
              </span>
            ) : null}
            {result.distance !== null ? <span className="text-stone-600">{result.distance}</span> : null}
            {result.shop.premium ? <PremiumBadge label={t("searchPage.card.premium")} /> : null}
          </p>
          {result.delivery.length > 0 ? (
            <ul aria-label={t("searchPage.card.deliveryModes")} className="result-modes">
              {result.delivery.map((mode) => (
                <li key={mode}>{t(`searchPage.delivery.${mode}`)}</li>
              ))}
            </ul>
          ) : null}
        </div>
      </div>
    </article>
  );
}
