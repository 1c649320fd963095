// The reference business models (docs: PRODUCT.md, the five reference marketplaces) as plans an
// operator creates in one click, then edits. Pure data: lib/plans/apply-preset.ts writes them.
// Names and descriptions are catalogue keys (plans.presets.<preset>.plans.<plan>), written in the
// marketplace's default language when the preset is applied.
import { applyRate } from "@/lib/money/allocate-amount";
import { minorUnitsOf } from "@/lib/money/currency";
import type { PlanRuleKind } from "./offered-plans";

export const PRESET_KEYS = ["offline", "jewstore", "subscription", "rent"] as const;
export type PresetKey = (typeof PRESET_KEYS)[number];

/** A preset plan's name and description in the catalogue: plans.presetPlans.<key>.name and .description. */
export type PresetPlanKey =
  | "offlineFree"
  | "offlineSubscription"
  | "jewstore"
  | "training"
  | "trainingPremium"
  | "rent1"
  | "rent3"
  | "rent6"
  | "rent12";

export type PresetPlan = {
  /** the plan's code (a suffix is added when it is taken) */
  code: string;
  key: PresetPlanKey;
  billing: "MONTHLY" | "FIXED_TERM";
  /** the monthly fee (or the month's rent) in euro cents; see presetAmount for other currencies */
  monthlyFeeCents: number;
  defaultCommissionBps: number;
  commissionFreeSales: number;
  commissionOnShipping: boolean;
  paymentFeePassThrough: boolean;
  termMonths: number;
  discountBps: number;
  premium: boolean;
  rules: { productKind: PlanRuleKind; rateBps: number }[];
};

export type Preset = { key: PresetKey; plans: PresetPlan[] };

const monthly = (plan: Partial<PresetPlan> & Pick<PresetPlan, "key" | "code">): PresetPlan => ({
  billing: "MONTHLY",
  monthlyFeeCents: 0,
  defaultCommissionBps: 0,
  commissionFreeSales: 0,
  commissionOnShipping: false,
  paymentFeePassThrough: false,
  termMonths: 1,
  discountBps: 0,
  premium: false,
  rules: [],
  ...plan,
});

const rent = (key: PresetPlanKey, termMonths: number, discountBps: number): PresetPlan => ({
  ...monthly({ key, code: `rent-${termMonths}-months` }),
  billing: "FIXED_TERM",
  monthlyFeeCents: 2000,
  termMonths,
  discountBps,
});

export const PRESETS: Record<PresetKey, Preset> = {
  // Free to join with a commission, or a subscription whose first 10 sales carry none.
  offline: {
    key: "offline",
    plans: [
      monthly({ key: "offlineFree", code: "free", defaultCommissionBps: 1000 }),
      monthly({
        key: "offlineSubscription",
        code: "subscription",
        monthlyFeeCents: 1900,
        defaultCommissionBps: 500,
        commissionFreeSales: 10,
      }),
    ],
  },
  // 10 % on products, 20 % on services, payment fees passed on; nothing to pay without sales.
  jewstore: {
    key: "jewstore",
    plans: [
      monthly({
        key: "jewstore",
        code: "products-and-services",
        defaultCommissionBps: 1000,
        paymentFeePassThrough: true,
        rules: [
          { productKind: "SERVICE", rateBps: 2000 },
          { productKind: "DIGITAL", rateBps: 1000 },
        ],
      }),
    ],
  },
  // 39.99 € excl. VAT a month plus a commission; Premium buys more visibility.
  subscription: {
    key: "subscription",
    plans: [
      monthly({ key: "training", code: "monthly-subscription", monthlyFeeCents: 3999, defaultCommissionBps: 1000 }),
      monthly({
        key: "trainingPremium",
        code: "monthly-premium",
        monthlyFeeCents: 7999,
        defaultCommissionBps: 1000,
        premium: true,
      }),
    ],
  },
  // Rent of 1 to 12 months, longer terms cheaper, no commission at all.
  rent: {
    key: "rent",
    plans: [rent("rent1", 1, 0), rent("rent3", 3, 500), rent("rent6", 6, 1000), rent("rent12", 12, 2000)],
  },
};

/**
 * A preset's amount in the marketplace's currency. Amounts are written in euro cents; in another
 * currency the same figure is kept in its major unit (19,00 € → 19.00 USD, 19 JPY, 19.000 KWD):
 * there is no exchange rate here, and the operator edits the plans after applying a preset. A
 * figure that would mean nothing (IRR, where 20 rials buy nothing) gets its own amount below.
 */
export function presetAmount(euroCents: number, currency: string): number {
  const perCurrency = LOCAL_AMOUNTS[currency]?.[euroCents];
  if (perCurrency !== undefined) return perCurrency;
  const digits = minorUnitsOf(currency);
  // Fewer decimals: divide by 10 or 100 with applyRate's rounding (half up), never a float.
  return digits >= 2 ? euroCents * 10 ** (digits - 2) : applyRate(euroCents, 10_000 / 10 ** (2 - digits));
}

// Karkareh's rent is in Iranian rials (no minor unit): 2 000 000 IRR a month as a starting point.
const LOCAL_AMOUNTS: Record<string, Record<number, number>> = {
  IRR: { 1900: 1_900_000, 2000: 2_000_000, 3999: 4_000_000, 7999: 8_000_000 },
};
