// The demo shops, one file per town. A shop's `key` names its products list and, for shops not
// owned by a demo account, its owner's e-mail (`<key>@halle.test`).
import type { ShopSeed } from "./shop-types";
import { LA_ROCHELLE_SHOPS } from "./shops-la-rochelle";
import { ROCHEFORT_SHOPS } from "./shops-rochefort";
import { SAINTES_SHOPS } from "./shops-saintes";

export type { DeliveryFees, OpeningHours, ShippingClassSeed, ShopSeed } from "./shop-types";

export const SHOPS: ShopSeed[] = [...ROCHEFORT_SHOPS, ...LA_ROCHELLE_SHOPS, ...SAINTES_SHOPS];
