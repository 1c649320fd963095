// Shape of a demo shop and small helpers to write one briefly.

export type TimeRange = { open: string; close: string };
/** Seven days, Monday first; a closed day is an empty array. */
export type OpeningHours = TimeRange[][];

export type DeliveryFees = { LOCAL_COURIER?: number; POSTAL?: number };
export type ShippingClassSeed = { name: string; fees: DeliveryFees };

export type DeliverySeed = {
  clickAndCollect: boolean;
  pickupInstructions?: string;
  courierRadiusKm?: number;
  postal?: boolean;
  postageDueOnDelivery?: boolean;
  handlingDays: number;
  shippingFeeMode: "PER_CLASS" | "PER_ORDER";
  freeShippingThresholdAmount?: number;
};

export type ShopOwnerSeed = { demo: "vendor" | "applicant" } | { name: string };

export type ShopSeed = {
  key: string;
  slug: string;
  name: string;
  trade: string;
  status: "APPROVED" | "PENDING";
  owner: ShopOwnerSeed;
  planCode: "standard" | "premium";
  addressLine: string;
  postalCode: string;
  city: string;
  latitude: number;
  longitude: number;
  description: string;
  phone: string;
  email: string;
  website?: string;
  socials: Record<string, string>;
  openingHours: OpeningHours;
  delivery: DeliverySeed;
  shippingClasses: ShippingClassSeed[];
  /** Days since the shop applied: keeps the demo's timeline deterministic and plausible. */
  joinedDaysAgo: number;
};

/**
 * One string per day, Monday first: "09:00-12:30 14:00-19:00", or "" when closed.
 */
export function week(...days: string[]): OpeningHours {
  if (days.length !== 7) throw new Error(`opening hours need 7 days, got ${days.length}`);
  return days.map((day) =>
    day
      .split(" ")
      .filter(Boolean)
      .map((range) => {
        const [open, close] = range.split("-");
        if (!/^\d\d:\d\d$/.test(open ?? "") || !/^\d\d:\d\d$/.test(close ?? "")) {
          throw new Error(`bad opening range "${range}"`);
        }
        return { open, close };
      }),
  );
}

export const TOWNS = {
  rochefort: { city: "Rochefort", postalCode: "17300" },
  laRochelle: { city: "La Rochelle", postalCode: "17000" },
  saintes: { city: "Saintes", postalCode: "17100" },
} as const;
