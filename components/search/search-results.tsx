"use client";

import Link from "next/link";
import type { AddToCartState } from "@/components/cart/add-to-cart-form";
import { ListingAddToCartButton, ListingAddToCartForm } from "@/components/cart/listing-add-to-cart";
import type { FormAction } from "@/lib/forms/form-state";
import { interpolate } from "@/lib/i18n/translate";
import { PremiumBadge } from "@/components/storefront/premium-badge";
import type { SearchResultLabels, SearchResultView } from "./search-result-view";

type SearchResultsProps = {
  results: SearchResultView[];
  addToCart: FormAction<AddToCartState>;
  labels: SearchResultLabels;
};

/**
 * The result grid, rendered from data (see search-result-view.ts). When a premium shop's product
 * shows, a note under the grid says what the badge means and how it weighs in the order.
 */
export function SearchResults({ results, addToCart, labels }: SearchResultsProps) {
  return (
    <>
      <ListingAddToCartForm action={addToCart} labels={labels.add}>
        <ul className="grid grid-cols-2 gap-3 sm:gap-4 lg:grid-cols-3">
          {results.map((result) => (
            <li key={result.id}>
              <SearchResultCard result={result} labels={labels} />
            </li>
          ))}
        </ul>
      </ListingAddToCartForm>
      {results.some((result) => result.shop.premium) ? (
        <p className="mt-4 text-sm text-stone-600">{labels.premiumNote}</p>
      ) : null}
    </>
  );
}

/** One search result: photo, title (to the product page), price, shop and its rating, distance, delivery, stock. */
function SearchResultCard({ result, labels }: { result: SearchResultView; labels: SearchResultLabels }) {
  return (
    <article className="relative flex h-full flex-col overflow-hidden rounded-xl border border-stone-200 bg-white">
      <div className="aspect-square bg-stone-100">
        {result.image ? (
          // Our pictures are served at their final size by /files: a plain lazy <img> is enough here.
          // eslint-disable-next-line @next/next/no-img-element
          <img src={result.image.url} alt={result.image.alt} loading="lazy" className="size-full object-cover" />
        ) : null}
      </div>
      <div className="flex flex-1 flex-col gap-1 p-3">
        <h3 className="leading-snug font-semibold">
          <Link href={`/p/${result.slug}`} className="rounded-sm hover:underline">
            {result.title}
          </Link>
        </h3>
        <p className="font-medium text-brand-800">
          {result.price}
          {result.estimatedPrice ? (
            <span className="ms-2 inline-block rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900">
              {labels.estimatedPrice}
            </span>
          ) : null}
        </p>
        <p className={`text-sm font-medium ${result.inStock ? "text-green-800" : "text-stone-600"}`}>
          {result.inStock ? labels.inStock : labels.outOfStock}
        </p>
        {result.inStock ? (
          <ListingAddToCartButton productId={result.id} label={interpolate(labels.addOf, { title: result.title })} />
        ) : null}
        <div className="mt-auto flex flex-col gap-1 pt-2 text-sm text-stone-700">
          <p className="flex flex-wrap items-baseline gap-x-2">
            <Link
              href={`/shops/${result.shop.slug}`}
              className="rounded-sm font-medium underline-offset-2 hover:underline"
            >
              {result.shop.name}
            </Link>
            {result.shopRating ? (
              <span data-testid="shop-rating" className="text-stone-700">
                <span aria-hidden="true">{result.shopRating.text}</span>
                <span className="sr-only">{result.shopRating.label}</span>
              </span>
            ) : null}
            {result.distance !== null ? <span className="text-stone-600">{result.distance}</span> : null}
            {result.shop.premium ? <PremiumBadge label={labels.premium} /> : null}
          </p>
          {result.delivery.length > 0 ? (
            <ul aria-label={labels.deliveryModes} className="flex flex-wrap gap-1">
              {result.delivery.map((mode) => (
                <li key={mode} className="rounded-full bg-stone-100 px-2 py-0.5 text-xs">
                  {labels.delivery[mode]}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      </div>
    </article>
  );
}
