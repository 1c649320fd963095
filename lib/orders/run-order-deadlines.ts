import "server-only";
import { appUrl } from "@/lib/app-url";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isLocale } from "@/lib/i18n/config";
import { queueEmail } from "@/lib/notifications/queue-email";
import { vendorInbox } from "./vendor-inbox";
import { MARKETPLACE_TIME_ZONE } from "./order-settings";
import { applyJobTransition } from "./transition-shop-order";

// The deadline job (docs/domain.md, deadlines; docs/architecture.md, jobs): every minute, parts
// past their deadline are expired, reminded, flagged late or confirmed. Each part is handled on
// its own, by a conditional write from the state the deadline belongs to, so that a part is acted
// on exactly once however many workers run at the same time, and one failing part does not stop
// the others (it is logged, and tried again at the next run).

export type OrderDeadlinesReport = { expired: number; reminded: number; flaggedLate: number; autoConfirmed: number };

type Deadline = "acceptBy" | "remindAt" | "shipBy" | "autoConfirmAt";

type Step = {
  kind: keyof OrderDeadlinesReport;
  deadline: Deadline;
  /** the parts this deadline concerns, besides being due */
  where: Prisma.ShopOrderWhereInput;
  /** acts on one due part; false when it moved on meanwhile (another worker, a person) */
  act: (id: string, now: Date, context: RunContext) => Promise<boolean>;
};

type RunContext = { operators: () => Promise<{ email: string; locale: string }[]> };

/** Parts handled at once by one run (each its own transaction, so at most this many connections). */
const DEFAULT_CONCURRENCY = 4;

const DUE_SELECT = { id: true, acceptBy: true, remindAt: true, shipBy: true, autoConfirmAt: true } as const;

// Expiry runs before the reminder, so that a part found past both is expired, never reminded.
const STEPS: readonly Step[] = [
  {
    kind: "expired",
    deadline: "acceptBy",
    where: { status: "AWAITING_ACCEPTANCE" },
    act: async (id, now) => (await applyJobTransition(id, "EXPIRE", now)) === "done",
  },
  {
    kind: "reminded",
    deadline: "remindAt",
    where: { status: "AWAITING_ACCEPTANCE", acceptanceRemindedAt: null },
    act: (id, now) => remindVendor(id, now),
  },
  {
    kind: "flaggedLate",
    deadline: "shipBy",
    where: { status: "ACCEPTED", lateFlaggedAt: null },
    act: (id, now, context) => flagLate(id, now, context),
  },
  {
    kind: "autoConfirmed",
    deadline: "autoConfirmAt",
    // a refused return not escalated in time is confirmed too (docs/domain.md, returns and escalations)
    where: { status: { in: ["DELIVERED", "RETURN_REFUSED"] } },
    act: async (id, now) => (await applyJobTransition(id, "AUTO_CONFIRM", now)) === "done",
  },
];

/**
 * Acts on every part whose deadline is at or before `now`, in batches of `batchSize` ordered by
 * deadline (`concurrency` parts of a batch at a time), until none is left. Returns what this call
 * did (another worker's work is not counted).
 */
export async function runOrderDeadlines(
  now: Date,
  options: { batchSize?: number; concurrency?: number } = {},
): Promise<OrderDeadlinesReport> {
  const batchSize = options.batchSize ?? 200;
  const concurrency = Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY);
  const report: OrderDeadlinesReport = { expired: 0, reminded: 0, flaggedLate: 0, autoConfirmed: 0 };
  let operators: Promise<{ email: string; locale: string }[]> | undefined;
  const context: RunContext = {
    operators: () =>
      (operators ??= getDb().user.findMany({
        where: { role: "OPERATOR" },
        orderBy: { createdAt: "asc" },
        select: { email: true, locale: true },
      })),
  };
  for (const step of STEPS) report[step.kind] = await runStep(step, now, { batchSize, concurrency }, context);
  return report;
}

async function runStep(
  step: Step,
  now: Date,
  { batchSize, concurrency }: { batchSize: number; concurrency: number },
  context: RunContext,
): Promise<number> {
  let done = 0;
  // Keyset paging on (deadline, id): a part that failed is passed over until the next run instead
  // of being fetched again and again; parts handled meanwhile (here or elsewhere) leave the query.
  let after: { deadline: Date; id: string } | null = null;
  for (;;) {
    const where = {
      AND: [
        step.where,
        { [step.deadline]: { lte: now } },
        after
          ? {
              OR: [
                { [step.deadline]: { gt: after.deadline } },
                { [step.deadline]: after.deadline, id: { gt: after.id } },
              ],
            }
          : {},
      ],
    } as Prisma.ShopOrderWhereInput;
    const batch = await getDb().shopOrder.findMany({
      where,
      orderBy: [{ [step.deadline]: "asc" }, { id: "asc" }],
      take: batchSize,
      select: DUE_SELECT,
    });
    if (batch.length === 0) return done;
    // In a random order: two workers on the same batch then rarely reach the same part at the same
    // time (one would only wait for the other's lock to find the part moved on), so they share it.
    // A few parts at a time, each in its own transaction: the time is mostly spent waiting for the
    // database, and the pool has room.
    const queue = shuffled(batch);
    const lane = async () => {
      for (let part = queue.pop(); part; part = queue.pop()) {
        try {
          if (await step.act(part.id, now, context)) done++;
        } catch (error) {
          console.error(`[jobs] order deadlines: ${step.kind} failed for shop order ${part.id}:`, error);
        }
      }
    };
    await Promise.all(Array.from({ length: concurrency }, lane));
    const last = batch[batch.length - 1];
    after = { deadline: last[step.deadline]!, id: last.id };
    if (batch.length < batchSize) return done;
  }
}

function shuffled<T>(items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

const localeOf = (value: string | undefined | null) => (value && isLocale(value) ? value : "fr");

const PART_SELECT = {
  id: true,
  shopId: true,
  acceptBy: true,
  shipBy: true,
  order: { select: { number: true } },
  shop: { select: { name: true, email: true, owner: { select: { email: true, locale: true } } } },
} as const satisfies Prisma.ShopOrderSelect;

/** Halfway to the acceptance deadline, the vendor is reminded once (acceptanceRemindedAt). */
async function remindVendor(id: string, now: Date): Promise<boolean> {
  return getDb().$transaction(async (tx) => {
    // The claim: whoever sets acceptanceRemindedAt first sends the reminder; the other finds nothing.
    const claimed = await tx.shopOrder.updateMany({
      where: { id, status: "AWAITING_ACCEPTANCE", remindAt: { lte: now }, acceptanceRemindedAt: null },
      data: { acceptanceRemindedAt: now },
    });
    if (claimed.count === 0) return false;
    const part = await tx.shopOrder.findUniqueOrThrow({ where: { id }, select: PART_SELECT });
    const acceptBy = (part.acceptBy ?? now).toISOString();
    await tx.shopOrderEvent.create({
      data: { shopOrderId: id, action: "REMINDED", actorKind: "JOB", data: { acceptBy }, createdAt: now },
    });
    await queueEmail(tx, {
      to: vendorInbox(part.shop),
      locale: localeOf(part.shop.owner.locale),
      template: "order.acceptance-reminder",
      data: {
        shopName: part.shop.name,
        orderNumber: part.order.number,
        acceptBy,
        timeZone: MARKETPLACE_TIME_ZONE,
        orderUrl: appUrl(`/dashboard/orders/${id}`),
      },
    });
    return true;
  });
}

/** Past the shipping deadline and still not sent: the vendor and every operator are told once (lateFlaggedAt). */
async function flagLate(id: string, now: Date, context: RunContext): Promise<boolean> {
  const operators = await context.operators();
  return getDb().$transaction(async (tx) => {
    const claimed = await tx.shopOrder.updateMany({
      where: { id, status: "ACCEPTED", shipBy: { lte: now }, lateFlaggedAt: null },
      data: { lateFlaggedAt: now },
    });
    if (claimed.count === 0) return false;
    const part = await tx.shopOrder.findUniqueOrThrow({ where: { id }, select: PART_SELECT });
    const shipBy = (part.shipBy ?? now).toISOString();
    await tx.shopOrderEvent.create({
      data: { shopOrderId: id, action: "FLAGGED_LATE", actorKind: "JOB", data: { shipBy }, createdAt: now },
    });
    const mail = { shopName: part.shop.name, orderNumber: part.order.number, shipBy, timeZone: MARKETPLACE_TIME_ZONE };
    await queueEmail(tx, {
      to: vendorInbox(part.shop),
      locale: localeOf(part.shop.owner.locale),
      template: "order.shipping-late",
      data: { ...mail, orderUrl: appUrl(`/dashboard/orders/${id}`) },
    });
    for (const operator of operators) {
      await queueEmail(tx, {
        to: operator.email,
        locale: localeOf(operator.locale),
        template: "order.shipping-late-operator",
        data: { ...mail, shopUrl: appUrl(`/admin/sellers/${part.shopId}`) },
      });
    }
    return true;
  });
}
