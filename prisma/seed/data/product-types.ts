// Shape of a demo product and one-line helpers to write a catalogue briefly. Prices are in
// cents; an estimated price is per `priceUnit` and settled at handover.

export type ProductSeed = {
  title: string;
  price: number;
  category: string;
  short: string;
  kind: "PHYSICAL" | "SERVICE" | "DIGITAL";
  compareAt?: number;
  /** Omitted: the seed draws a plausible count. */
  stock?: number;
  stockTracked: boolean;
  weight?: number;
  /** Index into the shop's shipping classes; services and digital products have none. */
  shippingClass?: number;
  estimated: boolean;
  unit?: string;
  draft: boolean;
};

/** A shop's catalogue: `notes` become the "why here" bullets of every product description. */
export type ShopCatalogue = { notes: string[]; products: ProductSeed[] };

type Options = {
  /** weight in grams */
  w?: number;
  /** shipping class index */
  cls?: number;
  /** compare-at ("was") price in cents */
  was?: number;
  stock?: number;
  draft?: boolean;
};

function base(title: string, price: number, category: string, short: string, o: Options) {
  if (short.length > 160) throw new Error(`short description over 160 characters: ${title}`);
  return { title, price, category, short, compareAt: o.was, stock: o.stock, draft: o.draft ?? false };
}

/** A physical product sold by the unit. */
export function item(title: string, price: number, category: string, short: string, o: Options = {}): ProductSeed {
  return {
    ...base(title, price, category, short, o),
    kind: "PHYSICAL",
    stockTracked: true,
    weight: o.w ?? 500,
    shippingClass: o.cls ?? 0,
    estimated: false,
  };
}

/** A physical product sold by weight at an estimated price per kilo. */
export function perKg(title: string, price: number, category: string, short: string, o: Options = {}): ProductSeed {
  return { ...item(title, price, category, short, { w: 1000, ...o }), estimated: true, unit: "kg" };
}

/** A service: stock untracked unless the number of places is given. */
export function service(title: string, price: number, category: string, short: string, o: Options = {}): ProductSeed {
  return {
    ...base(title, price, category, short, o),
    kind: "SERVICE",
    stockTracked: o.stock !== undefined,
    estimated: false,
  };
}

/** A digital product: never out of stock. */
export function digital(title: string, price: number, category: string, short: string, o: Options = {}): ProductSeed {
  return { ...base(title, price, category, short, o), kind: "DIGITAL", stockTracked: false, estimated: false };
}
