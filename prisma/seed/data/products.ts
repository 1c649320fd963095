// Every demo catalogue, keyed by shop key (see data/shops.ts), one file per town.
import type { ShopCatalogue } from "./product-types";
import { LA_ROCHELLE_CATALOGUES } from "./products-la-rochelle";
import { ROCHEFORT_CATALOGUES } from "./products-rochefort";
import { SAINTES_CATALOGUES } from "./products-saintes";

export type { ProductSeed, ShopCatalogue } from "./product-types";

export const CATALOGUES: Record<string, ShopCatalogue> = {
  ...ROCHEFORT_CATALOGUES,
  ...LA_ROCHELLE_CATALOGUES,
  ...SAINTES_CATALOGUES,
};
