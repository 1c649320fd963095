// The return rules (docs/domain.md, returns and escalations): the window, one request per part, and
// the business buyer's withdrawal that cannot be escalated.
import { describe, expect, it } from "vitest";
import {
  canEscalate,
  returnRequestRefusal,
  returnWindowOpen,
  shopperReturnActions,
  withdrawalIsDiscretionary,
  type ReturnFacts,
} from "./returns";
import { allowedActions } from "./transitions";

const returnBy = new Date("2026-12-19T10:00:00Z");
const before = new Date("2026-12-19T09:59:59Z");
const facts = (overrides: Partial<ReturnFacts> = {}): ReturnFacts => ({
  status: "DELIVERED",
  returnBy,
  buyerIsBusiness: false,
  request: null,
  ...overrides,
});

describe("the return window", () => {
  it("is open until returnBy, not at it, and never without one", () => {
    expect(returnWindowOpen(returnBy, before)).toBe(true);
    expect(returnWindowOpen(returnBy, returnBy)).toBe(false);
    expect(returnWindowOpen(null, before)).toBe(false);
  });

  it("takes one request per part, within the window", () => {
    expect(returnRequestRefusal(facts(), before)).toBeNull();
    expect(returnRequestRefusal(facts(), returnBy)).toBe("WINDOW_CLOSED");
    expect(returnRequestRefusal(facts({ returnBy: null }), before)).toBe("WINDOW_CLOSED");
    expect(returnRequestRefusal(facts({ request: { kind: "PROBLEM" } }), before)).toBe("ALREADY_REQUESTED");
  });
});

describe("escalation", () => {
  it("takes a problem to the marketplace for anyone, a change of mind only for a consumer", () => {
    expect(canEscalate({ kind: "PROBLEM" }, false)).toBe(true);
    expect(canEscalate({ kind: "PROBLEM" }, true)).toBe(true);
    expect(canEscalate({ kind: "WITHDRAWAL" }, false)).toBe(true);
    expect(canEscalate({ kind: "WITHDRAWAL" }, true)).toBe(false);
  });

  it("tells a business buyer that a withdrawal is at the vendor's discretion", () => {
    expect(withdrawalIsDiscretionary(true)).toBe(true);
    expect(withdrawalIsDiscretionary(false)).toBe(false);
  });
});

describe("the shopper's return buttons", () => {
  const part = (status: ReturnFacts["status"]) => ({
    status,
    deliveryMethod: "POSTAL" as const,
    hasPhysicalGoods: true,
  });

  it("offers a return on a delivered or confirmed part within the window only", () => {
    for (const status of ["DELIVERED", "CONFIRMED"] as const) {
      const actions = allowedActions(part(status), "SHOPPER");
      expect(shopperReturnActions(actions, facts({ status }), before)).toContain("REQUEST_RETURN");
      expect(shopperReturnActions(actions, facts({ status }), returnBy)).not.toContain("REQUEST_RETURN");
      expect(shopperReturnActions(actions, facts({ status, request: { kind: "PROBLEM" } }), before)).not.toContain(
        "REQUEST_RETURN",
      );
    }
    // the other buttons stay: "received, all good" does not depend on the window
    expect(shopperReturnActions(allowedActions(part("DELIVERED"), "SHOPPER"), facts(), returnBy)).toEqual(["CONFIRM"]);
  });

  it("offers to escalate a refusal unless it is a business buyer's change of mind", () => {
    const actions = allowedActions(part("RETURN_REFUSED"), "SHOPPER");
    expect(actions).toEqual(["ESCALATE", "CONFIRM"]);
    const refused = (kind: "WITHDRAWAL" | "PROBLEM", buyerIsBusiness: boolean) =>
      shopperReturnActions(actions, facts({ status: "RETURN_REFUSED", request: { kind }, buyerIsBusiness }), before);
    expect(refused("PROBLEM", true)).toEqual(["ESCALATE", "CONFIRM"]);
    expect(refused("WITHDRAWAL", false)).toEqual(["ESCALATE", "CONFIRM"]);
    expect(refused("WITHDRAWAL", true)).toEqual(["CONFIRM"]);
    // the window does not close an escalation: the refusal's own deadline (autoConfirmAt) does
    expect(
      shopperReturnActions(actions, facts({ status: "RETURN_REFUSED", request: { kind: "PROBLEM" } }), returnBy),
    ).toEqual(["ESCALATE", "CONFIRM"]);
  });
});
