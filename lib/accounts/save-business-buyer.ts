import "server-only";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { parseInput } from "@/lib/forms/parse-input";
import { businessBuyerSchema, type BusinessBuyer, type BusinessBuyerInput } from "./business-buyer-schema";

const SELECT = { isBusiness: true, companyName: true, vatNumber: true } as const;

/** The signed-in user's "I buy for a company" details (docs/domain.md, business buyer). */
export async function getBusinessBuyer(actor: Actor | null): Promise<BusinessBuyer> {
  assertRole(actor, "SHOPPER", "VENDOR", "OPERATOR");
  return getDb().user.findUniqueOrThrow({ where: { id: actor.id }, select: SELECT });
}

/**
 * Saves (or, unticked, clears) the signed-in user's company name and VAT number. Orders placed
 * afterwards carry a snapshot of them (placeOrder); orders already placed keep theirs. Signed out:
 * UNAUTHENTICATED; bad input: VALIDATION, nothing written. Only the actor's own account is touched.
 */
export async function saveBusinessBuyer(actor: Actor | null, input: BusinessBuyerInput): Promise<BusinessBuyer> {
  assertRole(actor, "SHOPPER", "VENDOR", "OPERATOR");
  const data = parseInput(businessBuyerSchema, input);
  return getDb().user.update({ where: { id: actor.id }, data, select: SELECT });
}
