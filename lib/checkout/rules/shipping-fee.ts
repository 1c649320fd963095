// Shipping fee of one shop's part of a cart (pure). Fees come from the shop's shipping classes and
// its calculation mode: PER_CLASS sums the fee of each class present once; PER_ORDER takes the fee
// of the most expensive class present. A free-shipping threshold applies to the items amount.
// Click & collect is always free; postal "postage due on delivery" costs nothing at checkout.
import type { DeliveryMethod, ShippingFeeMode } from "@/lib/generated/prisma/enums";

export type ShippingLine = {
  /** null: the product has no shipping class (its fee for paid methods is the shop's default: 0) */
  shippingClassId: string | null;
  kind: "PHYSICAL" | "SERVICE" | "DIGITAL";
  lineAmount: number;
};

export type ShippingClassFees = { id: string; fees: Partial<Record<"LOCAL_COURIER" | "POSTAL", number>> };

export type ShopShippingPolicy = {
  clickAndCollect: boolean;
  courierEnabled: boolean;
  courierRadiusKm: number | null;
  postalEnabled: boolean;
  postageDueOnDelivery: boolean;
  shippingFeeMode: ShippingFeeMode;
  freeShippingThresholdAmount: number | null;
  classes: ShippingClassFees[];
};

export type ShippingQuote =
  | { available: true; method: DeliveryMethod; feeAmount: number; postageDue: boolean; freeByThreshold: boolean }
  | {
      available: false;
      method: DeliveryMethod;
      reason: "NOT_OFFERED" | "CLASS_NOT_SHIPPABLE" | "OUT_OF_RADIUS" | "ADDRESS_NEEDED";
    };

/**
 * The fee for `method`, or why it is not available. `distanceKm` is the distance from the shop to
 * the delivery address (null when not known yet: courier is then "ADDRESS_NEEDED").
 * Only PHYSICAL lines are shipped; a part with no physical line costs nothing to "deliver".
 */
export function quoteShipping(
  policy: ShopShippingPolicy,
  lines: readonly ShippingLine[],
  method: DeliveryMethod,
  distanceKm: number | null,
): ShippingQuote {
  if (method === "CLICK_AND_COLLECT") {
    return policy.clickAndCollect
      ? { available: true, method, feeAmount: 0, postageDue: false, freeByThreshold: false }
      : { available: false, method, reason: "NOT_OFFERED" };
  }
  if (method === "LOCAL_COURIER") {
    if (!policy.courierEnabled || !policy.courierRadiusKm) return { available: false, method, reason: "NOT_OFFERED" };
    if (distanceKm === null) return { available: false, method, reason: "ADDRESS_NEEDED" };
    if (distanceKm > policy.courierRadiusKm) return { available: false, method, reason: "OUT_OF_RADIUS" };
  }
  if (method === "POSTAL" && !policy.postalEnabled) return { available: false, method, reason: "NOT_OFFERED" };

  const physical = lines.filter((line) => line.kind === "PHYSICAL");
  const classFees: number[] = [];
  const seen = new Set<string>();
  for (const line of physical) {
    const key = line.shippingClassId ?? "";
    if (seen.has(key)) continue;
    seen.add(key);
    if (line.shippingClassId === null) {
      classFees.push(0);
      continue;
    }
    const shippingClass = policy.classes.find((candidate) => candidate.id === line.shippingClassId);
    const fee = shippingClass?.fees[method];
    // A class that leaves this method empty is not shipped that way.
    if (fee === undefined) return { available: false, method, reason: "CLASS_NOT_SHIPPABLE" };
    classFees.push(fee);
  }

  if (method === "POSTAL" && policy.postageDueOnDelivery)
    return { available: true, method, feeAmount: 0, postageDue: true, freeByThreshold: false };

  const fee = policy.shippingFeeMode === "PER_ORDER" ? Math.max(0, ...classFees) : classFees.reduce((a, b) => a + b, 0);
  const itemsAmount = lines.reduce((sum, line) => sum + line.lineAmount, 0);
  const threshold = policy.freeShippingThresholdAmount;
  if (fee > 0 && threshold !== null && itemsAmount >= threshold) {
    return { available: true, method, feeAmount: 0, postageDue: false, freeByThreshold: true };
  }
  return { available: true, method, feeAmount: fee, postageDue: false, freeByThreshold: false };
}

export const DELIVERY_METHODS: readonly DeliveryMethod[] = ["CLICK_AND_COLLECT", "LOCAL_COURIER", "POSTAL"];
