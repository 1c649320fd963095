import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import type { ShopStatus } from "@/lib/generated/prisma/client";
import { approveShop } from "@/lib/sellers/approve-shop";
import { reinstateShop } from "@/lib/sellers/reinstate-shop";
import { rejectShop } from "@/lib/sellers/reject-shop";
import { requestShopChanges } from "@/lib/sellers/request-shop-changes";
import { suspendShop } from "@/lib/sellers/suspend-shop";
import { createShop, createUser, refusal, snapshot } from "./fixtures";

const REASON = "Le justificatif d'identité est illisible.";

const ACTIONS = {
  approve: (actor: Actor, shopId: string) => approveShop(actor, { shopId }),
  reject: (actor: Actor, shopId: string) => rejectShop(actor, { shopId, reason: REASON }),
  requestChanges: (actor: Actor, shopId: string) => requestShopChanges(actor, { shopId, message: REASON }),
  suspend: (actor: Actor, shopId: string) => suspendShop(actor, { shopId, reason: REASON }),
  reinstate: (actor: Actor, shopId: string) => reinstateShop(actor, { shopId }),
};
type ActionName = keyof typeof ACTIONS;

type State = { name: string; status: ShopStatus; reviewPending: boolean };
const STATES: State[] = [
  { name: "DRAFT", status: "DRAFT", reviewPending: false },
  { name: "PENDING", status: "PENDING", reviewPending: false },
  { name: "APPROVED", status: "APPROVED", reviewPending: false },
  { name: "APPROVED under review", status: "APPROVED", reviewPending: true },
  { name: "REJECTED", status: "REJECTED", reviewPending: false },
  { name: "SUSPENDED", status: "SUSPENDED", reviewPending: false },
];

// The agreed state machine: action × starting state → expected outcome.
const ALLOWED: Record<ActionName, Record<string, { status: ShopStatus; audit: string; template: string }>> = {
  approve: {
    PENDING: { status: "APPROVED", audit: "shop.approved", template: "seller.approved" },
    "APPROVED under review": {
      status: "APPROVED",
      audit: "shop.changes-approved",
      template: "seller.changes-approved",
    },
  },
  reject: { PENDING: { status: "REJECTED", audit: "shop.rejected", template: "seller.rejected" } },
  requestChanges: {
    PENDING: { status: "DRAFT", audit: "shop.changes-requested", template: "seller.changes-requested" },
  },
  suspend: {
    APPROVED: { status: "SUSPENDED", audit: "shop.suspended", template: "seller.suspended" },
    "APPROVED under review": { status: "SUSPENDED", audit: "shop.suspended", template: "seller.suspended" },
  },
  reinstate: { SUSPENDED: { status: "APPROVED", audit: "shop.reinstated", template: "seller.reinstated" } },
};

let operator: Actor;
let vendor: Actor;

beforeAll(async () => {
  operator = await createUser("OPERATOR", "Olivia Operator");
  vendor = await createUser("VENDOR", "Léa Vendeuse");
});

function stateOf(state: State) {
  return {
    status: state.status,
    reviewPending: state.reviewPending,
    submittedAt: new Date("2026-11-01T10:00:00Z"),
    statusReason: state.status === "REJECTED" || state.status === "SUSPENDED" ? "Ancien motif" : null,
  };
}

describe.each(Object.keys(ACTIONS) as ActionName[])("%s", (action) => {
  for (const state of STATES) {
    const allowed = ALLOWED[action][state.name];
    if (allowed) {
      it(`moves a ${state.name} shop to ${allowed.status}, audited and e-mailed to the owner`, async () => {
        const shop = await createShop(vendor, stateOf(state));
        const before = await snapshot(shop.id);
        await ACTIONS[action](operator, shop.id);
        const after = await snapshot(shop.id);
        expect(after.shop.status).toBe(allowed.status);
        // Only an approval settles changes under review; a suspension keeps them to review later.
        expect(after.shop.reviewPending).toBe(action === "approve" ? false : state.reviewPending);
        expect(after.audits).toBe(before.audits + 1);
        expect(after.emails).toBe(before.emails + 1);

        const audit = await getDb().auditLog.findFirstOrThrow({
          where: { entityType: "Shop", entityId: shop.id },
          orderBy: { createdAt: "desc" },
        });
        expect(audit).toMatchObject({ actorId: operator.id, action: allowed.audit });
        const withReason = action === "reject" || action === "suspend" || action === "requestChanges";
        expect(audit.reason).toBe(withReason ? REASON : null);

        const email = await getDb().emailMessage.findFirstOrThrow({
          where: { to: vendor.email },
          orderBy: { createdAt: "desc" },
        });
        expect(email.template).toBe(allowed.template);
        expect(email.locale).toBe("fr");
        expect(email.subject).toContain(shop.name);
        if (withReason) expect(email.text).toContain(REASON);
        expect(email.text).toContain(vendor.name);
      });
    } else {
      it(`refuses a ${state.name} shop with CONFLICT and changes nothing`, async () => {
        const shop = await createShop(vendor, stateOf(state));
        const before = await snapshot(shop.id);
        expect((await refusal(ACTIONS[action](operator, shop.id))).code).toBe("CONFLICT");
        expect(await snapshot(shop.id)).toEqual(before);
      });
    }
  }

  it("answers NOT_FOUND for an unknown shop, writing nothing", async () => {
    const db = getDb();
    const [audits, emails] = [await db.auditLog.count(), await db.emailMessage.count()];
    expect((await refusal(ACTIONS[action](operator, "no-such-shop"))).code).toBe("NOT_FOUND");
    expect([await db.auditLog.count(), await db.emailMessage.count()]).toEqual([audits, emails]);
  });
});

describe("what each decision records on the shop", () => {
  it("approve sets approvedAt and clears old reasons; the shop URL is in the e-mail", async () => {
    const shop = await createShop(vendor, { status: "PENDING", changesRequestedMessage: "Ajoutez un logo" });
    expect(await approveShop(operator, { shopId: shop.id })).toBe("approved");
    const after = await getDb().shop.findUniqueOrThrow({ where: { id: shop.id } });
    expect(after.approvedAt).toBeInstanceOf(Date);
    expect(after.changesRequestedMessage).toBeNull();
    const email = await getDb().emailMessage.findFirstOrThrow({
      where: { to: vendor.email, template: "seller.approved" },
      orderBy: { createdAt: "desc" },
    });
    expect(email.text).toContain(`/shops/${shop.slug}`);
  });

  it("approving the changes of a live shop keeps it approved and its approval date", async () => {
    const approvedAt = new Date("2026-01-15T09:00:00Z");
    const shop = await createShop(vendor, { status: "APPROVED", reviewPending: true, approvedAt });
    expect(await approveShop(operator, { shopId: shop.id })).toBe("changes-approved");
    expect(await getDb().shop.findUniqueOrThrow({ where: { id: shop.id } })).toMatchObject({
      status: "APPROVED",
      reviewPending: false,
      approvedAt,
    });
  });

  it("reject and suspend store the reason; reinstate clears it; request changes stores the message", async () => {
    const db = getDb();
    const pending = await createShop(vendor, { status: "PENDING" });
    await rejectShop(operator, { shopId: pending.id, reason: `  ${REASON}  ` });
    expect(await db.shop.findUniqueOrThrow({ where: { id: pending.id } })).toMatchObject({
      status: "REJECTED",
      statusReason: REASON,
    });

    const other = await createShop(vendor, { status: "PENDING" });
    await requestShopChanges(operator, { shopId: other.id, message: "Ajoutez vos horaires" });
    expect(await db.shop.findUniqueOrThrow({ where: { id: other.id } })).toMatchObject({
      status: "DRAFT",
      changesRequestedMessage: "Ajoutez vos horaires",
    });
    const changes = await db.emailMessage.findFirstOrThrow({
      where: { to: vendor.email, template: "seller.changes-requested" },
      orderBy: { createdAt: "desc" },
    });
    expect(changes.text).toContain(`/dashboard/shops/${other.id}/setup/review`);

    const live = await createShop(vendor, { status: "APPROVED" });
    await suspendShop(operator, { shopId: live.id, reason: "Plaintes répétées de clients" });
    expect(await db.shop.findUniqueOrThrow({ where: { id: live.id } })).toMatchObject({
      status: "SUSPENDED",
      statusReason: "Plaintes répétées de clients",
    });
    await reinstateShop(operator, { shopId: live.id });
    expect(await db.shop.findUniqueOrThrow({ where: { id: live.id } })).toMatchObject({
      status: "APPROVED",
      statusReason: null,
    });
  });

  it("lets only one of two operators deciding at once act; the other gets CONFLICT", async () => {
    const second = await createUser("OPERATOR");
    const shop = await createShop(vendor, { status: "PENDING" });
    const outcomes = await Promise.allSettled([
      approveShop(operator, { shopId: shop.id }),
      rejectShop(second, { shopId: shop.id, reason: REASON }),
    ]);
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    const failed = outcomes.find((outcome) => outcome.status === "rejected") as PromiseRejectedResult;
    expect(failed.reason).toMatchObject({ code: "CONFLICT" });
    const after = await snapshot(shop.id);
    expect(after.audits).toBe(1);
    expect(after.emails).toBeGreaterThanOrEqual(1);
    const audit = await getDb().auditLog.findFirstOrThrow({ where: { entityId: shop.id } });
    expect(after.shop.status).toBe(audit.action === "shop.approved" ? "APPROVED" : "REJECTED");
  });
});
