import { describe, expect, it } from "vitest";
import { acceptanceDeadlines } from "@/lib/orders/rules/deadlines";
import { DEMO_ORDER_SETTINGS, planDemoOrders } from "./demo-orders";
import { planDemo } from "./plan-demo";

// Instants the seed may run at: a weekday, a Friday evening, a Saturday, the day before a holiday
// (Christmas), a Monday morning (docs/domain.md, deadlines).
const NOWS = [
  "2026-11-24T10:00:00Z",
  "2026-12-04T18:30:00Z",
  "2026-12-05T11:00:00Z",
  "2026-12-24T16:00:00Z",
  "2027-01-04T07:00:00Z",
].map((iso) => new Date(iso));

describe("planDemoOrders", () => {
  it.each(NOWS.map((now) => [now.toISOString(), now] as const))(
    "at %s: a part in every state, none due, deadlines from the rules",
    (_, now) => {
      const parts = planDemoOrders(now, planDemo(now).products).flatMap((order) =>
        order.parts.map((part) => ({ order, part })),
      );
      expect(new Set(parts.map(({ part }) => part.status))).toEqual(
        new Set([
          "AWAITING_ACCEPTANCE",
          "ACCEPTED",
          "SHIPPED",
          "READY_FOR_PICKUP",
          "DELIVERED",
          "CONFIRMED",
          "REFUSED",
          "CANCELLED",
          "EXPIRED",
          "RETURN_REQUESTED",
          "RETURNED",
          "ESCALATED",
        ]),
      );
      for (const { order, part } of parts) {
        const f = part.fields;
        expect(f).toMatchObject(acceptanceDeadlines(order.paidAt, DEMO_ORDER_SETTINGS));
        expect(order.paidAt.getTime()).toBeLessThan(now.getTime());
        // Nothing the deadline job would act on at `now`.
        if (part.status === "AWAITING_ACCEPTANCE") {
          expect(f.acceptBy.getTime()).toBeGreaterThan(now.getTime());
          if (f.remindAt <= now) expect(f.acceptanceRemindedAt).toBeDefined();
        }
        if (part.status === "ACCEPTED" && f.shipBy! <= now) expect(f.lateFlaggedAt).toBeDefined();
        if (part.status === "DELIVERED") expect(f.autoConfirmAt!.getTime()).toBeGreaterThan(now.getTime());
        // A timeline in order, starting with the payment, ending in the part's state.
        const times = part.events.map((event) => event.at.getTime());
        expect(times).toEqual([...times].sort((a, b) => a - b));
        expect(part.events[0].action).toBe("PAID");
        expect(part.events.filter((event) => event.to !== null).at(-1)!.to).toBe(part.status);
        expect(part.events.every((event) => event.at <= now)).toBe(true);
        // Refunded in full exactly when the state says so.
        expect(Boolean(part.refund)).toBe(["REFUSED", "CANCELLED", "EXPIRED", "RETURNED"].includes(part.status));
        // A return asked within the window, after the delivery; a conversation in order, before `now`.
        if (part.returnRequest) {
          expect(part.returnRequest.at.getTime()).toBeGreaterThan(f.deliveredAt!.getTime());
          expect(part.returnRequest.at.getTime()).toBeLessThan(f.returnBy!.getTime());
        }
        const messageTimes = (part.conversation?.messages ?? []).map((message) => message.at.getTime());
        expect(messageTimes).toEqual([...messageTimes].sort((a, b) => a - b));
        expect(messageTimes.every((time) => time <= now.getTime())).toBe(true);
      }
      const soon = parts.filter(({ part }) => part.status === "AWAITING_ACCEPTANCE").map(({ part }) => part);
      expect(soon.some((part) => part.fields.acceptanceRemindedAt)).toBe(true);
      const shipped = parts.find(({ part }) => part.status === "SHIPPED")!.part;
      expect(shipped.fields).toMatchObject({ carrier: "colissimo" });
      expect(parts.find(({ part }) => part.status === "READY_FOR_PICKUP")!.part.fields.pickupCode).toMatch(/^\d{6}$/);
      // Something for every screen: a conversation the vendor has not read to the end, an escalation.
      const unreadByVendor = parts.filter(
        ({ part }) => part.conversation && !part.conversation.readBy.includes("vendor"),
      );
      expect(unreadByVendor.length).toBeGreaterThan(0);
      expect(parts.find(({ part }) => part.status === "ESCALATED")!.part.returnRequest!.escalatedAt).toBeDefined();
    },
  );
});
