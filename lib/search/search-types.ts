// The contract of product search (lib/search/search-products.ts), shared by the /search page,
// the home page's "near you" sections and the benchmark.
export type DeliveryMode = "CLICK_AND_COLLECT" | "LOCAL_COURIER" | "POSTAL";
export type SearchSort = "relevance" | "distance" | "price-asc" | "price-desc" | "newest" | "rating";

export type ProductSearchInput = {
  /** free text; empty = browse */
  query?: string;
  /** the viewer's position, for distances, proximity ranking and the radius */
  near?: { latitude: number; longitude: number } | null;
  radiusKm?: number | null;
  categorySlug?: string | null;
  delivery?: DeliveryMode | null;
  inStockOnly?: boolean;
  minPriceAmount?: number | null;
  maxPriceAmount?: number | null;
  /** only products of shops whose average (rounded to one decimal) is at least this, in tenths (45 = 4.5) */
  minRatingTenths?: number | null;
  sort?: SearchSort;
  page?: number;
  pageSize?: number;
  locale: string;
};

export type ProductSearchHit = {
  id: string;
  slug: string;
  title: string;
  priceAmount: number;
  currency: string;
  estimatedPrice: boolean;
  priceUnit: string | null;
  inStock: boolean;
  image: { url: string; alt: string } | null;
  /** premium: the shop's plan is premium (a badge; docs/business-models.md, premium plans) */
  shop: { slug: string; name: string; premium: boolean; rating: { count: number; sum: number } };
  distanceKm: number | null;
  delivery: DeliveryMode[];
};

export type FacetCount = { key: string; label: string; count: number };

export type ProductSearchResult = {
  hits: ProductSearchHit[];
  total: number;
  page: number;
  pageCount: number;
  facets: { categories: FacetCount[]; delivery: FacetCount[] };
  /** true when the words as typed found nothing and these are results for close spellings (a typo) */
  approximate: boolean;
  /** milliseconds spent in the database for this search (for the benchmark) */
  dbMs: number;
};
