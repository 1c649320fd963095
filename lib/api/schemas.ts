// The public storefront API's contract (docs/api.md), in zod: the query parameters each route
// accepts and the JSON each answers. One source of truth: the route handlers parse with these, the
// mappers are typed by them, the OpenAPI document is generated from them (lib/api/openapi.ts) and
// the integration tests check every real answer against them, so the document cannot drift.
// Longer than most files: the whole contract in one place is the point.
import { z } from "zod";
import { LOCALES } from "@/lib/i18n/config";
import { MAX_PRICE_AMOUNT } from "@/lib/money/parse-money";
import { MIN_RATING_CHOICES } from "@/lib/reviews/rating";
import { SEARCH_DELIVERY_MODES, SEARCH_SORTS } from "@/lib/search/search-params";
import { MAX_PAGE_SIZE, MAX_RADIUS_KM, RADIUS_CHOICES_KM } from "@/lib/search/search-query";
import type { DeliveryMode, SearchSort } from "@/lib/search/search-types";
import { MAX_PAGE } from "@/lib/text/clean-text";

// ---------------------------------------------------------------------------------------------
// Query parameters. Every value arrives as text (already cleaned by readQuery); numbers are read
// only when they are plain decimal numbers ("1e3", "0x10", " 5" stay text and are refused).

const DECIMAL = /^-?\d{1,20}(?:\.\d{1,20})?$/;
const fromText = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === "string" && DECIMAL.test(value) ? Number(value) : value), schema);

const deliveryModes = SEARCH_DELIVERY_MODES as [DeliveryMode, ...DeliveryMode[]];
const sorts = SEARCH_SORTS as [SearchSort, ...SearchSort[]];

const lang = z.enum(LOCALES).optional().meta({
  description: "The language of names and messages; else Accept-Language; else the marketplace's default.",
});
const page = fromText(z.int().min(1).max(MAX_PAGE)).optional().meta({ description: "1 when absent." });
const pageSize = fromText(z.int().min(1).max(MAX_PAGE_SIZE)).optional().meta({ description: "24 when absent." });
const lat = fromText(z.number().min(-90).max(90)).optional().meta({ description: "Latitude; with lng." });
const lng = fromText(z.number().min(-180).max(180)).optional().meta({ description: "Longitude; with lat." });
const amount = fromText(z.int().min(0).max(MAX_PRICE_AMOUNT));

type Located = { lat?: number; lng?: number };
function checkLocation(value: Located & { radius?: number }, context: z.RefinementCtx) {
  if ((value.lat === undefined) !== (value.lng === undefined))
    context.addIssue({ code: "custom", path: [value.lat === undefined ? "lat" : "lng"], message: "location" });
  if (value.radius !== undefined && value.lat === undefined)
    context.addIssue({ code: "custom", path: ["radius"], message: "location" });
}

export const searchQuerySchema = z
  .object({
    q: z.string().max(200).optional().meta({ description: "Free text (cut to 100 characters); empty: browse." }),
    category: z.string().min(1).max(200).optional().meta({ description: "A category's slug (and below it)." }),
    lat,
    lng,
    radius: fromText(z.literal(RADIUS_CHOICES_KM)).optional().meta({ description: "Kilometres; needs lat and lng." }),
    delivery: z.enum(deliveryModes).optional(),
    stock: z.enum(["0", "1"]).optional().meta({ description: "1: in stock only." }),
    minPrice: amount.optional().meta({ description: "Minor units (cents)." }),
    maxPrice: amount.optional().meta({ description: "Minor units (cents)." }),
    rating: z.enum(MIN_RATING_CHOICES).optional().meta({ description: "The shop's least average." }),
    sort: z.enum(sorts).optional().meta({ description: "relevance when absent; distance needs lat and lng." }),
    page,
    pageSize,
    lang,
  })
  .superRefine((value, context) => {
    checkLocation(value, context);
    if (value.sort === "distance" && value.lat === undefined)
      context.addIssue({ code: "custom", path: ["sort"], message: "location" });
    if (value.minPrice !== undefined && value.maxPrice !== undefined && value.maxPrice < value.minPrice)
      context.addIssue({ code: "custom", path: ["maxPrice"], message: "order" });
  });

export const shopsQuerySchema = z
  .object({
    lat,
    lng,
    radius: fromText(z.number().gt(0).max(MAX_RADIUS_KM))
      .optional()
      .meta({ description: "Kilometres; needs lat and lng." }),
    trade: z.string().min(1).max(100).optional(),
    open: z.enum(["0", "1"]).optional().meta({ description: "1: open now only." }),
    page,
    pageSize,
    lang,
  })
  .superRefine(checkLocation);

export const languageQuerySchema = z.object({ lang });

export const slugPathSchema = z.string().min(1).max(200);

export type SearchQuery = z.output<typeof searchQuerySchema>;
export type ShopsQuery = z.output<typeof shopsQuerySchema>;
export type LanguageQuery = z.output<typeof languageQuerySchema>;

/** The catalogue key describing what each parameter accepts (api.fields.*), for 400 answers. */
export const FIELD_MESSAGES = {
  q: "api.fields.q",
  category: "api.fields.category",
  lat: "api.fields.lat",
  lng: "api.fields.lng",
  radius: "api.fields.radius",
  delivery: "api.fields.delivery",
  stock: "api.fields.stock",
  minPrice: "api.fields.minPrice",
  maxPrice: "api.fields.maxPrice",
  rating: "api.fields.rating",
  sort: "api.fields.sort",
  page: "api.fields.page",
  pageSize: "api.fields.pageSize",
  trade: "api.fields.trade",
  open: "api.fields.open",
  lang: "api.fields.lang",
} as const;

// ---------------------------------------------------------------------------------------------
// Answers. Strict objects: a field the contract does not name fails the tests, so nothing private
// can slip into an answer unnoticed.

/** The registry the OpenAPI document's components come from (each schema under its id). */
export const apiSchemas = z.registry<{ id: string }>();

const absoluteUrl = z.url();

export const moneySchema = z
  .strictObject({
    amount: z.int().meta({ description: "Integer minor units (cents)." }),
    currency: z.string().length(3),
  })
  .meta({ description: "An amount in the currency's minor units, with its ISO 4217 code." });
apiSchemas.add(moneySchema, { id: "Money" });

export const imageSchema = z.strictObject({ url: absoluteUrl, alt: z.string() });
apiSchemas.add(imageSchema, { id: "Image" });

export const ratingSchema = z
  .strictObject({ count: z.int().min(0), average: z.number().min(0).max(5).nullable() })
  .meta({ description: "Published reviews: their count and average (one decimal; null without a review)." });
apiSchemas.add(ratingSchema, { id: "Rating" });

export const locationSchema = z.strictObject({ latitude: z.number(), longitude: z.number() });
apiSchemas.add(locationSchema, { id: "Location" });

export const paginationSchema = z.strictObject({
  page: z.int().min(1),
  pageSize: z.int().min(1),
  total: z.int().min(0),
  pageCount: z.int().min(1),
});
apiSchemas.add(paginationSchema, { id: "Pagination" });

export const shopReferenceSchema = z.strictObject({
  slug: z.string(),
  name: z.string(),
  url: absoluteUrl,
  premium: z.boolean(),
});
apiSchemas.add(shopReferenceSchema, { id: "ShopReference" });

export const productSummarySchema = z.strictObject({
  id: z.string(),
  slug: z.string(),
  url: absoluteUrl,
  title: z.string(),
  price: moneySchema,
  estimatedPrice: z.boolean(),
  priceUnit: z.string().nullable(),
  inStock: z.boolean(),
  image: imageSchema.nullable(),
  shop: shopReferenceSchema,
});
apiSchemas.add(productSummarySchema, { id: "ProductSummary" });

export const searchHitSchema = productSummarySchema.extend({
  distanceKm: z.number().nullable().meta({ description: "From lat/lng; null without them." }),
  delivery: z.array(z.enum(deliveryModes)),
  shopRating: ratingSchema,
});
apiSchemas.add(searchHitSchema, { id: "SearchHit" });

export const facetSchema = z.strictObject({ key: z.string(), name: z.string(), count: z.int().min(0) });
apiSchemas.add(facetSchema, { id: "Facet" });

export const searchResponseSchema = z.strictObject({
  pagination: paginationSchema,
  approximate: z.boolean().meta({ description: "The words found nothing: results for close spellings." }),
  products: z.array(searchHitSchema),
  facets: z.strictObject({ categories: z.array(facetSchema), delivery: z.array(facetSchema) }),
});
apiSchemas.add(searchResponseSchema, { id: "SearchResponse" });

export const deliverySchema = z.strictObject({
  clickAndCollect: z.boolean(),
  pickupInstructions: z.string().nullable(),
  courier: z.boolean(),
  courierRadiusKm: z.number().nullable(),
  postal: z.boolean(),
  postalCountries: z.array(z.string()),
  postageDueOnDelivery: z.boolean(),
  handlingDays: z.int().min(0),
});
apiSchemas.add(deliverySchema, { id: "Delivery" });

export const productImageSchema = z.strictObject({
  url: absoluteUrl,
  alt: z.string(),
  width: z.int().nullable(),
  height: z.int().nullable(),
  variants: z.array(z.strictObject({ width: z.int(), url: absoluteUrl })),
});
apiSchemas.add(productImageSchema, { id: "ProductImage" });

export const categoryLinkSchema = z.strictObject({ slug: z.string(), name: z.string(), url: absoluteUrl });
apiSchemas.add(categoryLinkSchema, { id: "CategoryLink" });

export const productResponseSchema = z.strictObject({
  id: z.string(),
  slug: z.string(),
  url: absoluteUrl,
  title: z.string(),
  shortDescription: z.string(),
  description: z.string().meta({ description: "Markdown, as the vendor wrote it." }),
  kind: z.enum(["PHYSICAL", "SERVICE", "DIGITAL"]),
  price: moneySchema,
  compareAtPrice: moneySchema.nullable().meta({ description: "The former price, only when above the price." }),
  estimatedPrice: z.boolean(),
  priceUnit: z.string().nullable(),
  stock: z.enum(["IN_STOCK", "OUT_OF_STOCK", "NOT_TRACKED"]).meta({ description: "Never a count." }),
  images: z.array(productImageSchema),
  categories: z.array(categoryLinkSchema).meta({ description: "The category and its ancestors, root first." }),
  rating: ratingSchema,
  updatedAt: z.iso.datetime(),
  shop: z.strictObject({
    id: z.string(),
    slug: z.string(),
    url: absoluteUrl,
    name: z.string(),
    trade: z.string(),
    city: z.string().nullable(),
    logoUrl: absoluteUrl.nullable(),
    location: locationSchema.nullable(),
    openNow: z.boolean().nullable().meta({ description: "null when the shop gave no opening hours." }),
    delivery: deliverySchema,
    rating: ratingSchema,
  }),
});
apiSchemas.add(productResponseSchema, { id: "ProductResponse" });

export const openingHoursSchema = z.strictObject({
  timeZone: z.string(),
  days: z
    .array(z.array(z.strictObject({ open: z.string(), close: z.string() })))
    .length(7)
    .meta({ description: "Monday first; each day's ranges (HH:MM, local time); empty when closed." }),
});
apiSchemas.add(openingHoursSchema, { id: "OpeningHours" });

export const shopResponseSchema = z.strictObject({
  id: z.string(),
  slug: z.string(),
  url: absoluteUrl,
  name: z.string(),
  trade: z.string(),
  description: z.string(),
  logoUrl: absoluteUrl.nullable(),
  bannerUrl: absoluteUrl.nullable(),
  address: z.strictObject({
    line: z.string().nullable(),
    postalCode: z.string().nullable(),
    city: z.string().nullable(),
    country: z.string(),
  }),
  location: locationSchema.nullable(),
  contact: z
    .strictObject({
      phone: z.string().nullable(),
      email: z.string().nullable(),
      website: absoluteUrl.nullable(),
      socials: z.record(z.string(), absoluteUrl),
    })
    .meta({ description: "The shop's public contact details, as its page shows them." }),
  openingHours: openingHoursSchema,
  openNow: z.boolean().nullable(),
  delivery: deliverySchema,
  premium: z.boolean(),
  rating: ratingSchema,
  products: z.array(productSummarySchema).meta({ description: "Its products online, by title, at most 48." }),
});
apiSchemas.add(shopResponseSchema, { id: "ShopResponse" });

export const directoryShopSchema = z.strictObject({
  id: z.string(),
  slug: z.string(),
  url: absoluteUrl,
  name: z.string(),
  trade: z.string(),
  city: z.string().nullable(),
  logoUrl: absoluteUrl.nullable(),
  location: locationSchema.nullable(),
  distanceKm: z.number().nullable(),
  openNow: z.boolean().nullable(),
  premium: z.boolean(),
  rating: ratingSchema,
});
apiSchemas.add(directoryShopSchema, { id: "DirectoryShop" });

export const shopsResponseSchema = z.strictObject({
  pagination: paginationSchema,
  shops: z.array(directoryShopSchema),
});
apiSchemas.add(shopsResponseSchema, { id: "ShopsResponse" });

export type CategoryNode = { slug: string; name: string; url: string; children: CategoryNode[] };
export const categoryNodeSchema: z.ZodType<CategoryNode> = z.strictObject({
  slug: z.string(),
  name: z.string(),
  url: absoluteUrl,
  get children() {
    return z.array(categoryNodeSchema);
  },
});
apiSchemas.add(categoryNodeSchema, { id: "CategoryNode" });

export const categoriesResponseSchema = z.strictObject({ categories: z.array(categoryNodeSchema) });
apiSchemas.add(categoriesResponseSchema, { id: "CategoriesResponse" });

export const API_ERROR_CODES = ["BAD_REQUEST", "NOT_FOUND", "RATE_LIMITED"] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export const errorResponseSchema = z.strictObject({
  error: z.strictObject({
    code: z.enum(API_ERROR_CODES),
    message: z.string().meta({ description: "In the request's language." }),
    fields: z
      .record(z.string(), z.string())
      .optional()
      .meta({ description: "BAD_REQUEST: each parameter refused, with what it accepts." }),
  }),
});
apiSchemas.add(errorResponseSchema, { id: "Error" });

export type SearchResponse = z.output<typeof searchResponseSchema>;
export type ProductSummary = z.output<typeof productSummarySchema>;
export type ProductResponse = z.output<typeof productResponseSchema>;
export type ShopResponse = z.output<typeof shopResponseSchema>;
export type ShopsResponse = z.output<typeof shopsResponseSchema>;
export type CategoriesResponse = z.output<typeof categoriesResponseSchema>;
export type ErrorResponse = z.output<typeof errorResponseSchema>;
export type Rating = z.output<typeof ratingSchema>;
