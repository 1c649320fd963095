// When a shopper may ask to send a part back, and take a refusal to the marketplace (docs/domain.md,
// returns and escalations). The transition table (./transitions.ts) says who acts from which state;
// these rules add what the table cannot know: the return window, the one request per part, and the
// business buyer who has no withdrawal right. Pure: no I/O.
import type { ReturnKind, ShopOrderStatus } from "@/lib/generated/prisma/enums";
import type { ShopOrderAction } from "./transitions";

export const RETURN_KINDS = ["WITHDRAWAL", "PROBLEM"] as const satisfies readonly ReturnKind[];

export const RETURN_LIMITS = { instructions: 2000, decisionNote: 2000, photos: 5 } as const;

/** What the rules need to know of a part and its return request (if any). */
export type ReturnFacts = {
  status: ShopOrderStatus;
  returnBy: Date | null;
  /** the buyer was a business when ordering (Order.buyerIsBusiness) */
  buyerIsBusiness: boolean;
  /** the part's return request, when there is one */
  request: { kind: ReturnKind } | null;
};

export type ReturnRefusal = "WINDOW_CLOSED" | "ALREADY_REQUESTED" | "NOT_ESCALATABLE";

/** The window is open until returnBy (exclusive); a part never delivered has none. */
export function returnWindowOpen(returnBy: Date | null, now: Date): boolean {
  return returnBy !== null && now.getTime() < returnBy.getTime();
}

/** Whether the shopper may ask for a return now (besides the table's state and role), or why not. */
export function returnRequestRefusal(facts: ReturnFacts, now: Date): ReturnRefusal | null {
  if (facts.request) return "ALREADY_REQUESTED";
  if (!returnWindowOpen(facts.returnBy, now)) return "WINDOW_CLOSED";
  return null;
}

/**
 * Whether a refused return may be taken to the marketplace: a problem (damaged, wrong, missing)
 * always; a change of mind only from a consumer, since a business buyer has no withdrawal right and
 * the vendor's refusal of it is final.
 */
export function canEscalate(request: { kind: ReturnKind }, buyerIsBusiness: boolean): boolean {
  return request.kind === "PROBLEM" || !buyerIsBusiness;
}

/** A withdrawal by a business buyer is at the vendor's discretion: the form says so. */
export function withdrawalIsDiscretionary(buyerIsBusiness: boolean): boolean {
  return buyerIsBusiness;
}

/**
 * The shopper's buttons: the table's allowedActions for SHOPPER, less REQUEST_RETURN when the window
 * is closed or a request exists, and less ESCALATE when the refusal cannot be escalated.
 */
export function shopperReturnActions(
  actions: readonly ShopOrderAction[],
  facts: ReturnFacts,
  now: Date,
): ShopOrderAction[] {
  return actions.filter((action) => {
    if (action === "REQUEST_RETURN") return returnRequestRefusal(facts, now) === null;
    if (action === "ESCALATE") return facts.request !== null && canEscalate(facts.request, facts.buyerIsBusiness);
    return true;
  });
}
