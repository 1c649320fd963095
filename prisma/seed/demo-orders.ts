// The demo shopper's orders at the demo vendor's two shops (Le Fournil Colbert, Librairie La
// Corderie), one in every state of the ShopOrder life cycle (docs/domain.md, ShopOrder states),
// each with its timeline (ShopOrderEvent), its ledger entries (the sale as
// lib/ledger/record-sale-entries.ts writes it, the refund as lib/ledger/refund-entries.ts computes
// it) and deadlines from the rules of lib/orders/rules/deadlines.ts, relative to the seed's `now`.
// None is due at `now`: the deadline job (lib/orders/run-order-deadlines.ts) finds nothing to do
// at its first run, and the parts it would have reminded or flagged carry their reminder or flag.
import type { Prisma } from "../../lib/generated/prisma/client";
import type { DeliveryMethod, ShopOrderStatus } from "../../lib/generated/prisma/enums";
import { FRENCH_CALENDAR } from "../../lib/calendar/business-days";
import { refundEntriesOf } from "../../lib/ledger/refund-entries";
import { saleEntriesOf } from "../../lib/ledger/sale-entries";
import { computePartFees } from "../../lib/fees/compute-fees";
import type { FeePlan, FeeSettings } from "../../lib/fees/types";
import { applyRate } from "../../lib/money/allocate-amount";
import {
  acceptanceDeadlines,
  afterDeliveryDeadlines,
  shippingDeadline,
  type DeadlineSettings,
} from "../../lib/orders/rules/deadlines";
import type { ProductPlan } from "./plan-demo";

type Tx = Prisma.TransactionClient;

const MINUTE_MS = 60 * 1000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** The marketplace's order settings in the demo (the schema's defaults, written explicitly). */
export const DEMO_ORDER_SETTINGS: DeadlineSettings = {
  acceptanceDeadlineBusinessDays: 2,
  shipDeadlineBusinessDays: 2,
  autoConfirmDays: 7,
  returnWindowDays: 14,
  calendar: FRENCH_CALENDAR,
};

/** Standard plan: 10 % on physical products; the payment fee is not passed through to shops. */
const COMMISSION_BPS = 1000;
const PAYMENT_FEE_BPS = 150;
const PAYMENT_FEE_FIXED = 25;
/** The fee engine's view of that plan and of the demo settings (lib/fees/compute-fees.ts). */
const DEMO_FEE_PLAN: FeePlan = {
  defaultCommissionBps: COMMISSION_BPS,
  commissionFreeSales: 0,
  commissionOnShipping: false,
  paymentFeePassThrough: false,
  rules: [],
};
const DEMO_FEE_SETTINGS: FeeSettings = {
  paymentFeeBps: PAYMENT_FEE_BPS,
  paymentFeeFixedAmount: PAYMENT_FEE_FIXED,
  paymentFeePassedOn: false,
  feesVatBps: 0,
  ambassadorShareBps: 700,
};

/** The demo part's fees, by the same engine as checkout (no ambassador; the fee is absorbed). */
function demoPartFees(lines: { product: ProductPlan; quantity: number }[], deliveryFeeAmount: number) {
  return computePartFees(
    {
      plan: DEMO_FEE_PLAN,
      lines: lines.map((line) => ({
        kind: line.product.product.kind,
        categoryPath: [],
        lineAmount: line.product.product.price * line.quantity,
      })),
      deliveryFeeAmount,
      commissionFree: false,
    },
    DEMO_FEE_SETTINGS,
    { ambassador: false, paymentFeeShareAmount: 0 },
  );
}

export const DEMO_SHOPS = { bakery: "le-fournil-colbert", bookshop: "librairie-la-corderie" } as const;
type ShopKey = keyof typeof DEMO_SHOPS;

type Actor = "shopper" | "vendor" | "job";

type EventPlan = {
  action: string;
  at: Date;
  by: Actor;
  from: ShopOrderStatus | null;
  to: ShopOrderStatus | null;
  reason?: string;
  data?: Record<string, string>;
};

export type DemoPartPlan = {
  shop: ShopKey;
  method: DeliveryMethod;
  lines: { product: ProductPlan; quantity: number }[];
  deliveryFeeAmount: number;
  itemsAmount: number;
  commissionAmount: number;
  status: ShopOrderStatus;
  fields: {
    acceptBy: Date;
    remindAt: Date;
    acceptanceRemindedAt?: Date;
    shipBy?: Date;
    lateFlaggedAt?: Date;
    deliveredAt?: Date;
    autoConfirmAt?: Date;
    returnBy?: Date;
    carrier?: string;
    trackingCode?: string;
    pickupCode?: string;
  };
  events: EventPlan[];
  /** refunded in full (refused, cancelled, expired, returned): the provider confirmed it */
  refund?: { at: Date; reason: string | null };
  note?: string;
  /** the shopper's return request (docs/domain.md, returns) */
  returnRequest?: DemoReturnPlan;
  /** the part's conversation, oldest first; `readBy` says who has read it to the end */
  conversation?: { messages: { by: "shopper" | "vendor"; at: Date; body: string }[]; readBy: ("shopper" | "vendor")[] };
};

export type DemoReturnPlan = {
  kind: "WITHDRAWAL" | "PROBLEM";
  reason: string;
  at: Date;
  instructions?: string;
  refusalReason?: string;
  escalatedAt?: Date;
  escalationNote?: string;
};

export type DemoOrderPlan = { number: string; paidAt: Date; parts: DemoPartPlan[] };

/** Where a part is now and how it got there, after its payment. */
type PartStory = Pick<DemoPartPlan, "status" | "events" | "refund" | "note" | "returnRequest" | "conversation"> & {
  fields: Omit<DemoPartPlan["fields"], "acceptBy" | "remindAt">;
};

type Deadlines = { acceptBy: Date; remindAt: Date };

/** Payment instants a whole number of hours before `now`, latest first, up to 20 days back, with their deadlines. */
function paymentTimes(now: Date): { paidAt: Date; deadlines: Deadlines }[] {
  return Array.from({ length: 20 * 24 }, (_, hours) => {
    const paidAt = new Date(now.getTime() - (hours + 1) * HOUR_MS);
    return { paidAt, deadlines: acceptanceDeadlines(paidAt, DEMO_ORDER_SETTINGS) };
  });
}

/** The latest payment instant whose deadlines fit `wanted` (the calendar decides: weekends and holidays move acceptBy). */
function paidAtFitting(
  times: { paidAt: Date; deadlines: Deadlines }[],
  wanted: (deadlines: Deadlines) => boolean,
): Date {
  const found = times.find((time) => wanted(time.deadlines));
  if (!found) throw new Error("demo orders: no payment time fits the calendar");
  return found.paidAt;
}

const after = (instant: Date, ms: number) => new Date(instant.getTime() + ms);

/** The demo's orders, planned in memory (pure, deterministic for a given `now` and catalogue). */
export function planDemoOrders(now: Date, products: readonly ProductPlan[]): DemoOrderPlan[] {
  const pick = (shop: ShopKey, index: number): ProductPlan => {
    const candidates = products.filter(
      (p) =>
        p.shopSlug === DEMO_SHOPS[shop] &&
        p.status === "ACTIVE" &&
        p.product.kind === "PHYSICAL" &&
        !p.product.estimated &&
        p.stock > 0,
    );
    if (candidates.length === 0) throw new Error(`demo orders: no product to order at ${DEMO_SHOPS[shop]}`);
    return candidates[index % candidates.length];
  };
  const settings = DEMO_ORDER_SETTINGS;
  const times = paymentTimes(now);
  const orders: DemoOrderPlan[] = [];
  let sequence = 0;

  const part = (
    shop: ShopKey,
    method: DeliveryMethod,
    picks: [number, number][],
    paidAt: Date,
    build: (deadlines: { acceptBy: Date; remindAt: Date }) => PartStory,
  ): DemoPartPlan => {
    const lines = picks.map(([index, quantity]) => ({ product: pick(shop, index), quantity }));
    const itemsAmount = lines.reduce((sum, line) => sum + line.product.product.price * line.quantity, 0);
    // The bookshop's post and courier fees (its "Livres" class), free from 35 €.
    const deliveryFeeAmount =
      method === "CLICK_AND_COLLECT" || itemsAmount >= 3500 ? 0 : method === "POSTAL" ? 490 : 400;
    const { commissionAmount } = demoPartFees(lines, deliveryFeeAmount);
    const deadlines = acceptanceDeadlines(paidAt, settings);
    const built = build(deadlines);
    return {
      shop,
      method,
      lines,
      itemsAmount,
      commissionAmount,
      deliveryFeeAmount,
      ...built,
      fields: { ...deadlines, ...built.fields },
      events: [
        { action: "PAID", at: paidAt, by: "shopper", from: "AWAITING_PAYMENT", to: "AWAITING_ACCEPTANCE" },
        ...built.events,
      ],
    };
  };
  const order = (paidAt: Date, parts: DemoPartPlan[]) => {
    sequence += 1;
    orders.push({ number: `H-${paidAt.getUTCFullYear()}-DEMO${String(sequence).padStart(2, "0")}`, paidAt, parts });
  };

  // To accept: paid an hour ago, at both shops (one order, two parts).
  const justPaid = after(now, -HOUR_MS);
  order(justPaid, [
    part(
      "bakery",
      "CLICK_AND_COLLECT",
      [
        [0, 2],
        [1, 1],
      ],
      justPaid,
      () => ({
        status: "AWAITING_ACCEPTANCE",
        fields: {},
        events: [],
        note: "Je passe samedi matin, vers 10 h.",
      }),
    ),
    part("bookshop", "POSTAL", [[0, 1]], justPaid, () => ({ status: "AWAITING_ACCEPTANCE", fields: {}, events: [] })),
  ]);

  // To accept: past halfway, the vendor has had the reminder; as much time left as the calendar
  // allows (on a Friday evening, halfway was Thursday and the deadline is tonight).
  const reminded = times
    .filter(
      ({ deadlines }) =>
        deadlines.remindAt.getTime() <= now.getTime() - HOUR_MS &&
        deadlines.acceptBy.getTime() >= now.getTime() + HOUR_MS,
    )
    .reduce((best, time) => (time.deadlines.acceptBy > best.deadlines.acceptBy ? time : best)).paidAt;
  order(reminded, [
    part("bookshop", "POSTAL", [[2, 1]], reminded, ({ remindAt }) => ({
      status: "AWAITING_ACCEPTANCE",
      fields: { acceptanceRemindedAt: after(remindAt, MINUTE_MS) },
      events: [{ action: "REMINDED", at: after(remindAt, MINUTE_MS), by: "job", from: null, to: null }],
    })),
  ]);

  // To accept, due soon: the nearest deadline at least two hours away (reminded too, being past halfway).
  const dueSoonPaidAt = times
    .filter((time) => time.deadlines.acceptBy.getTime() >= now.getTime() + 2 * HOUR_MS)
    .reduce((best, time) => (time.deadlines.acceptBy < best.deadlines.acceptBy ? time : best)).paidAt;
  order(dueSoonPaidAt, [
    part("bookshop", "LOCAL_COURIER", [[4, 1]], dueSoonPaidAt, ({ remindAt }) =>
      remindAt.getTime() <= now.getTime()
        ? {
            status: "AWAITING_ACCEPTANCE",
            fields: { acceptanceRemindedAt: after(remindAt, MINUTE_MS) },
            events: [{ action: "REMINDED", at: after(remindAt, MINUTE_MS), by: "job", from: null, to: null }],
          }
        : { status: "AWAITING_ACCEPTANCE", fields: {}, events: [] },
    ),
  ]);

  // Accepted, to prepare: three hours ago.
  const acceptedAt = after(now, -3 * HOUR_MS);
  const acceptedPaid = after(acceptedAt, -2 * HOUR_MS);
  order(acceptedPaid, [
    part(
      "bakery",
      "CLICK_AND_COLLECT",
      [
        [2, 1],
        [3, 2],
      ],
      acceptedPaid,
      () => ({
        status: "ACCEPTED",
        fields: { shipBy: shippingDeadline(acceptedAt, settings) },
        events: [{ action: "ACCEPT", at: acceptedAt, by: "vendor", from: "AWAITING_ACCEPTANCE", to: "ACCEPTED" }],
      }),
    ),
  ]);

  // Accepted and late: past its shipping deadline, flagged once (vendor and operators told).
  let lateAccepted = after(now, -4 * DAY_MS);
  while (shippingDeadline(lateAccepted, settings).getTime() > now.getTime() - 2 * HOUR_MS)
    lateAccepted = after(lateAccepted, -DAY_MS);
  const latePaid = after(lateAccepted, -5 * HOUR_MS);
  const lateShipBy = shippingDeadline(lateAccepted, settings);
  order(latePaid, [
    part("bookshop", "POSTAL", [[5, 1]], latePaid, () => ({
      status: "ACCEPTED",
      fields: { shipBy: lateShipBy, lateFlaggedAt: after(lateShipBy, MINUTE_MS) },
      events: [
        { action: "ACCEPT", at: lateAccepted, by: "vendor", from: "AWAITING_ACCEPTANCE", to: "ACCEPTED" },
        { action: "FLAGGED_LATE", at: after(lateShipBy, MINUTE_MS), by: "job", from: null, to: null },
      ],
    })),
  ]);

  // Shipped by Colissimo, with its tracking number.
  const shippedPaid = after(now, -4 * DAY_MS);
  const shippedAccepted = after(shippedPaid, 3 * HOUR_MS);
  const shippedAt = after(now, -2 * DAY_MS);
  order(shippedPaid, [
    part(
      "bookshop",
      "POSTAL",
      [
        [1, 1],
        [6, 1],
      ],
      shippedPaid,
      () => ({
        status: "SHIPPED",
        fields: {
          shipBy: shippingDeadline(shippedAccepted, settings),
          carrier: "colissimo",
          trackingCode: "6A23874519602",
        },
        events: [
          { action: "ACCEPT", at: shippedAccepted, by: "vendor", from: "AWAITING_ACCEPTANCE", to: "ACCEPTED" },
          {
            action: "SHIP",
            at: shippedAt,
            by: "vendor",
            from: "ACCEPTED",
            to: "SHIPPED",
            data: { carrier: "colissimo", trackingCode: "6A23874519602" },
          },
        ],
        conversation: {
          messages: [
            {
              by: "shopper",
              at: after(shippedPaid, 30 * MINUTE_MS),
              body: "Bonjour, pourriez-vous glisser un petit mot pour un cadeau d'anniversaire ? Merci !",
            },
            {
              by: "vendor",
              at: after(shippedAccepted, 10 * MINUTE_MS),
              body: "Bonjour, c'est noté : une carte « Joyeux anniversaire » sera dans le colis. Belle journée !",
            },
          ],
          readBy: ["shopper", "vendor"],
        },
      }),
    ),
  ]);

  // Ready for pickup, with the code the shopper shows at the counter.
  const readyPaid = after(now, -26 * HOUR_MS);
  const readyAccepted = after(readyPaid, HOUR_MS);
  order(readyPaid, [
    part("bakery", "CLICK_AND_COLLECT", [[4, 1]], readyPaid, () => ({
      status: "READY_FOR_PICKUP",
      fields: { shipBy: shippingDeadline(readyAccepted, settings), pickupCode: "482913" },
      events: [
        { action: "ACCEPT", at: readyAccepted, by: "vendor", from: "AWAITING_ACCEPTANCE", to: "ACCEPTED" },
        {
          action: "READY_FOR_PICKUP",
          at: after(readyAccepted, 5 * HOUR_MS),
          by: "vendor",
          from: "ACCEPTED",
          to: "READY_FOR_PICKUP",
        },
      ],
    })),
  ]);

  // Delivered by the courier two days ago: confirmed automatically in five days unless the shopper does.
  const deliveredPaid = after(now, -6 * DAY_MS);
  const deliveredAccepted = after(deliveredPaid, 2 * HOUR_MS);
  const deliveredAt = after(now, -2 * DAY_MS);
  order(deliveredPaid, [
    part("bookshop", "LOCAL_COURIER", [[7, 1]], deliveredPaid, () => ({
      status: "DELIVERED",
      fields: {
        shipBy: shippingDeadline(deliveredAccepted, settings),
        deliveredAt,
        ...afterDeliveryDeadlines(deliveredAt, settings),
      },
      events: [
        { action: "ACCEPT", at: deliveredAccepted, by: "vendor", from: "AWAITING_ACCEPTANCE", to: "ACCEPTED" },
        { action: "SHIP", at: after(deliveredAccepted, DAY_MS), by: "vendor", from: "ACCEPTED", to: "SHIPPED" },
        { action: "MARK_DELIVERED", at: deliveredAt, by: "vendor", from: "SHIPPED", to: "DELIVERED" },
      ],
    })),
  ]);

  // Collected and confirmed by the shopper.
  const confirmedPaid = after(now, -12 * DAY_MS);
  const confirmedAccepted = after(confirmedPaid, HOUR_MS);
  const handedOver = after(now, -11 * DAY_MS);
  order(confirmedPaid, [
    part("bakery", "CLICK_AND_COLLECT", [[5, 1]], confirmedPaid, () => ({
      status: "CONFIRMED",
      fields: {
        shipBy: shippingDeadline(confirmedAccepted, settings),
        pickupCode: "305718",
        deliveredAt: handedOver,
        ...afterDeliveryDeadlines(handedOver, settings),
      },
      events: [
        { action: "ACCEPT", at: confirmedAccepted, by: "vendor", from: "AWAITING_ACCEPTANCE", to: "ACCEPTED" },
        {
          action: "READY_FOR_PICKUP",
          at: after(confirmedAccepted, 3 * HOUR_MS),
          by: "vendor",
          from: "ACCEPTED",
          to: "READY_FOR_PICKUP",
        },
        { action: "HAND_OVER", at: handedOver, by: "vendor", from: "READY_FOR_PICKUP", to: "DELIVERED" },
        { action: "CONFIRM", at: after(handedOver, DAY_MS), by: "shopper", from: "DELIVERED", to: "CONFIRMED" },
      ],
    })),
  ]);

  // Refused by the bookshop, with its reason: refunded.
  const refusedPaid = after(now, -9 * DAY_MS);
  const refusedAt = after(refusedPaid, 4 * HOUR_MS);
  const refusal = "Ce titre est épuisé chez l'éditeur : nous ne pourrons pas vous le fournir. Toutes nos excuses !";
  order(refusedPaid, [
    part("bookshop", "POSTAL", [[8, 1]], refusedPaid, () => ({
      status: "REFUSED",
      fields: {},
      events: [
        { action: "REFUSE", at: refusedAt, by: "vendor", from: "AWAITING_ACCEPTANCE", to: "REFUSED", reason: refusal },
      ],
      refund: { at: refusedAt, reason: refusal },
    })),
  ]);

  // Cancelled by the shopper before the bakery answered: refunded.
  const cancelledPaid = after(now, -7 * DAY_MS);
  const cancelledAt = after(cancelledPaid, 40 * MINUTE_MS);
  const cancellation = "Commande passée deux fois par erreur.";
  order(cancelledPaid, [
    part("bakery", "CLICK_AND_COLLECT", [[6, 2]], cancelledPaid, () => ({
      status: "CANCELLED",
      fields: {},
      events: [
        {
          action: "CANCEL",
          at: cancelledAt,
          by: "shopper",
          from: "AWAITING_ACCEPTANCE",
          to: "CANCELLED",
          reason: cancellation,
        },
      ],
      refund: { at: cancelledAt, reason: cancellation },
    })),
  ]);

  // Never answered: reminded halfway, expired at the deadline by the job, refunded.
  const expiredPaid = paidAtFitting(times, ({ acceptBy }) => acceptBy.getTime() <= now.getTime() - 3 * DAY_MS);
  order(expiredPaid, [
    part("bookshop", "POSTAL", [[9, 1]], expiredPaid, ({ acceptBy, remindAt }) => ({
      status: "EXPIRED",
      fields: { acceptanceRemindedAt: after(remindAt, MINUTE_MS) },
      events: [
        { action: "REMINDED", at: after(remindAt, MINUTE_MS), by: "job", from: null, to: null },
        { action: "EXPIRE", at: after(acceptBy, MINUTE_MS), by: "job", from: "AWAITING_ACCEPTANCE", to: "EXPIRED" },
      ],
      refund: { at: after(acceptBy, MINUTE_MS), reason: null },
    })),
  ]);

  // Delivered by post, then a problem reported with a photo's worth of words: the bookshop has not
  // answered yet, and has not read the shopper's last message (its unread count shows it).
  const problemPaid = after(now, -8 * DAY_MS);
  const problemAccepted = after(problemPaid, 2 * HOUR_MS);
  const problemShipped = after(problemPaid, DAY_MS);
  const problemDelivered = after(now, -3 * DAY_MS);
  const problemAsked = after(now, -5 * HOUR_MS);
  const problemReason = "La couverture du livre est arrivée déchirée et plusieurs pages sont cornées.";
  order(problemPaid, [
    part("bookshop", "POSTAL", [[3, 1]], problemPaid, () => ({
      status: "RETURN_REQUESTED",
      fields: {
        shipBy: shippingDeadline(problemAccepted, settings),
        carrier: "laposte",
        trackingCode: "6A23874519777",
        deliveredAt: problemDelivered,
        ...afterDeliveryDeadlines(problemDelivered, settings),
      },
      events: [
        { action: "ACCEPT", at: problemAccepted, by: "vendor", from: "AWAITING_ACCEPTANCE", to: "ACCEPTED" },
        { action: "SHIP", at: problemShipped, by: "vendor", from: "ACCEPTED", to: "SHIPPED" },
        { action: "MARK_DELIVERED", at: problemDelivered, by: "vendor", from: "SHIPPED", to: "DELIVERED" },
        {
          action: "REQUEST_RETURN",
          at: problemAsked,
          by: "shopper",
          from: "DELIVERED",
          to: "RETURN_REQUESTED",
          reason: problemReason,
        },
      ],
      returnRequest: { kind: "PROBLEM", reason: problemReason, at: problemAsked },
      conversation: {
        messages: [
          {
            by: "shopper",
            at: after(problemAsked, 2 * MINUTE_MS),
            body: "Bonjour, je viens de demander un retour : le livre est abîmé. Pouvez-vous m'en envoyer un autre exemplaire ?",
          },
        ],
        readBy: ["shopper"],
      },
    })),
  ]);

  // Changed their mind within the withdrawal period: the bookshop accepted the return with its
  // instructions, received the book back, and the shopper was refunded.
  const returnedPaid = after(now, -15 * DAY_MS);
  const returnedAccepted = after(returnedPaid, HOUR_MS);
  const returnedDelivered = after(returnedPaid, 2 * DAY_MS);
  const returnAsked = after(returnedDelivered, 2 * DAY_MS);
  const returnAccepted = after(returnAsked, 3 * HOUR_MS);
  const returnReceived = after(now, -2 * DAY_MS);
  const returnReason = "Je l'avais déjà : offert en double.";
  const instructions =
    "Renvoyez le livre dans son emballage à : Librairie La Corderie, 8 rue de la Corderie, 17300 Rochefort.";
  order(returnedPaid, [
    part("bookshop", "LOCAL_COURIER", [[10, 1]], returnedPaid, () => ({
      status: "RETURNED",
      fields: {
        shipBy: shippingDeadline(returnedAccepted, settings),
        deliveredAt: returnedDelivered,
        ...afterDeliveryDeadlines(returnedDelivered, settings),
      },
      events: [
        { action: "ACCEPT", at: returnedAccepted, by: "vendor", from: "AWAITING_ACCEPTANCE", to: "ACCEPTED" },
        { action: "SHIP", at: after(returnedAccepted, DAY_MS), by: "vendor", from: "ACCEPTED", to: "SHIPPED" },
        { action: "MARK_DELIVERED", at: returnedDelivered, by: "vendor", from: "SHIPPED", to: "DELIVERED" },
        {
          action: "REQUEST_RETURN",
          at: returnAsked,
          by: "shopper",
          from: "DELIVERED",
          to: "RETURN_REQUESTED",
          reason: returnReason,
        },
        {
          action: "ACCEPT_RETURN",
          at: returnAccepted,
          by: "vendor",
          from: "RETURN_REQUESTED",
          to: "RETURN_ACCEPTED",
          data: { instructions },
        },
        { action: "RECEIVE_RETURN", at: returnReceived, by: "vendor", from: "RETURN_ACCEPTED", to: "RETURNED" },
      ],
      returnRequest: { kind: "WITHDRAWAL", reason: returnReason, at: returnAsked, instructions },
      refund: { at: returnReceived, reason: null },
    })),
  ]);

  // A refused return the shopper took to the marketplace: the operator has it to decide.
  const disputePaid = after(now, -10 * DAY_MS);
  const disputeAccepted = after(disputePaid, HOUR_MS);
  const disputeHandedOver = after(disputePaid, DAY_MS);
  const disputeAsked = after(now, -4 * DAY_MS);
  const disputeRefused = after(disputeAsked, 5 * HOUR_MS);
  const disputeEscalated = after(now, -2 * DAY_MS);
  const disputeReason = "Le pain de campagne était rassis à l'ouverture du sachet, le jour même.";
  const disputeRefusal = "Le pain a été retiré à 18 h, il était du matin : il se conserve un jour sous torchon.";
  const disputeNote = "Je l'ai ouvert une heure après le retrait : il n'était pas mangeable.";
  order(disputePaid, [
    part("bakery", "CLICK_AND_COLLECT", [[7, 2]], disputePaid, () => ({
      status: "ESCALATED",
      fields: {
        shipBy: shippingDeadline(disputeAccepted, settings),
        pickupCode: "771204",
        deliveredAt: disputeHandedOver,
        ...afterDeliveryDeadlines(disputeHandedOver, settings),
      },
      events: [
        { action: "ACCEPT", at: disputeAccepted, by: "vendor", from: "AWAITING_ACCEPTANCE", to: "ACCEPTED" },
        {
          action: "READY_FOR_PICKUP",
          at: after(disputeAccepted, 2 * HOUR_MS),
          by: "vendor",
          from: "ACCEPTED",
          to: "READY_FOR_PICKUP",
        },
        { action: "HAND_OVER", at: disputeHandedOver, by: "vendor", from: "READY_FOR_PICKUP", to: "DELIVERED" },
        {
          action: "REQUEST_RETURN",
          at: disputeAsked,
          by: "shopper",
          from: "DELIVERED",
          to: "RETURN_REQUESTED",
          reason: disputeReason,
        },
        {
          action: "REFUSE_RETURN",
          at: disputeRefused,
          by: "vendor",
          from: "RETURN_REQUESTED",
          to: "RETURN_REFUSED",
          reason: disputeRefusal,
        },
        {
          action: "ESCALATE",
          at: disputeEscalated,
          by: "shopper",
          from: "RETURN_REFUSED",
          to: "ESCALATED",
          reason: disputeNote,
        },
      ],
      returnRequest: {
        kind: "PROBLEM",
        reason: disputeReason,
        at: disputeAsked,
        refusalReason: disputeRefusal,
        escalatedAt: disputeEscalated,
        escalationNote: disputeNote,
      },
      conversation: {
        messages: [
          { by: "shopper", at: after(disputeAsked, 5 * MINUTE_MS), body: disputeReason },
          { by: "vendor", at: after(disputeRefused, MINUTE_MS), body: disputeRefusal },
        ],
        readBy: ["shopper", "vendor"],
      },
    })),
  ]);

  return orders;
}

export type DemoOrderIds = {
  shopperId: string;
  shopper: { email: string; name: string };
  vendorId: string;
  shopIds: Record<ShopKey, string>;
  productIds: Map<string, string>;
};

/** Writes the planned orders, in the seed's transaction. Returns how many shop orders it wrote. */
export async function writeDemoOrders(tx: Tx, plans: DemoOrderPlan[], ids: DemoOrderIds): Promise<number> {
  const actorId = (by: Actor) => (by === "shopper" ? ids.shopperId : by === "vendor" ? ids.vendorId : null);
  const actorKind = (by: Actor): "SHOPPER" | "VENDOR" | "JOB" =>
    by === "shopper" ? "SHOPPER" : by === "vendor" ? "VENDOR" : "JOB";
  let written = 0;
  // Each shop's sales numbered in the order they were paid (docs/business-models.md, plans: free first sales).
  const saleNumbers = new Map<DemoPartPlan, number>();
  const salesOf: Partial<Record<ShopKey, number>> = {};
  for (const plan of [...plans].sort((a, b) => a.paidAt.getTime() - b.paidAt.getTime()))
    for (const part of plan.parts) saleNumbers.set(part, (salesOf[part.shop] = (salesOf[part.shop] ?? 0) + 1));
  for (const [index, plan] of plans.entries()) {
    const itemsAmount = plan.parts.reduce((sum, part) => sum + part.itemsAmount, 0);
    const shippingAmount = plan.parts.reduce((sum, part) => sum + part.deliveryFeeAmount, 0);
    const totalAmount = itemsAmount + shippingAmount;
    const order = await tx.order.create({
      data: {
        number: plan.number,
        userId: ids.shopperId,
        email: ids.shopper.email,
        customerName: ids.shopper.name,
        customerPhone: "06 12 34 56 78",
        termsAcceptedAt: after(plan.paidAt, -3 * MINUTE_MS),
        paymentFeeAmount: applyRate(totalAmount, PAYMENT_FEE_BPS) + PAYMENT_FEE_FIXED,
        status: "PAID",
        currency: "EUR",
        itemsAmount,
        shippingAmount,
        totalAmount,
        paymentProvider: "test",
        paymentReference: `test_demo_${String(index + 1).padStart(2, "0")}`,
        shippingAddress: {
          name: ids.shopper.name,
          line1: "14 rue Audry de Puyravault",
          postalCode: "17300",
          city: "Rochefort",
          country: "FR",
        },
        paidAt: plan.paidAt,
        createdAt: after(plan.paidAt, -3 * MINUTE_MS),
      },
      select: { id: true },
    });
    for (const part of plan.parts) {
      const last = part.events[part.events.length - 1];
      const lastChange = [...part.events].reverse().find((event) => event.to !== null) ?? last;
      const refundAmount = part.refund ? part.itemsAmount + part.deliveryFeeAmount : 0;
      const fees = demoPartFees(part.lines, part.deliveryFeeAmount);
      const shopOrder = await tx.shopOrder.create({
        data: {
          orderId: order.id,
          shopId: ids.shopIds[part.shop],
          status: part.status,
          deliveryMethod: part.method,
          deliveryFeeAmount: part.deliveryFeeAmount,
          itemsAmount: part.itemsAmount,
          commissionAmount: part.commissionAmount,
          paymentFeeAmount: 0,
          saleNumber: saleNumbers.get(part) ?? null,
          currency: "EUR",
          note: part.note ?? null,
          statusChangedAt: lastChange.at,
          statusChangedById: lastChange.action === "PAID" ? null : actorId(lastChange.by),
          refundedAmount: refundAmount,
          createdAt: after(plan.paidAt, -3 * MINUTE_MS),
          escalatedAt: part.returnRequest?.escalatedAt ?? null,
          lastMessageAt: part.conversation?.messages.at(-1)?.at ?? null,
          ...part.fields,
          lines: {
            create: part.lines.map((line, lineIndex) => {
              const lineAmount = line.product.product.price * line.quantity;
              return {
                productId: ids.productIds.get(line.product.slug) ?? null,
                titleSnapshot: line.product.product.title,
                skuSnapshot: line.product.sku,
                kindSnapshot: line.product.product.kind,
                unitPriceAmount: line.product.product.price,
                quantity: line.quantity,
                lineAmount,
                commissionRateBps: fees.lines[lineIndex].rateBps,
                commissionAmount: fees.lines[lineIndex].commissionAmount,
              };
            }),
          },
        },
        select: { id: true, shopId: true },
      });
      written += 1;
      await tx.ledgerEntry.createMany({
        data: saleEntriesOf({ ...part, paymentFeeAmount: 0 }).map((entry) => ({
          shopId: shopOrder.shopId,
          shopOrderId: shopOrder.id,
          type: entry.type,
          amount: entry.amount,
          currency: "EUR",
          availableAt: null,
          memo: plan.number,
          createdAt: plan.paidAt,
        })),
      });
      let refund: { id: string; amount: number } | null = null;
      if (part.refund) {
        refund = await tx.refund.create({
          data: {
            shopOrderId: shopOrder.id,
            amount: refundAmount,
            currency: "EUR",
            reason: part.refund.reason,
            status: "SUCCEEDED",
            providerReference: `test_refund_demo_${String(index + 1).padStart(2, "0")}`,
            attempts: 1,
            createdAt: part.refund.at,
            processedAt: after(part.refund.at, 2 * MINUTE_MS),
          },
          select: { id: true, amount: true },
        });
        const entries = refundEntriesOf({ ...part, refundedAmount: 0 }, refundAmount);
        await tx.ledgerEntry.createMany({
          data: entries.map((entry) => ({
            shopId: shopOrder.shopId,
            shopOrderId: shopOrder.id,
            type: entry.type,
            amount: entry.amount,
            currency: "EUR",
            availableAt: null,
            memo: plan.number,
            createdAt: part.refund!.at,
          })),
        });
      }
      await tx.shopOrderEvent.createMany({
        data: part.events.map((event) => {
          const data: Record<string, string | number> = { ...event.data };
          if (event.action === "PAID") {
            data.provider = "test";
            data.reference = `test_demo_${String(index + 1).padStart(2, "0")}`;
          }
          if (refund && event.to !== null && ["REFUSED", "CANCELLED", "EXPIRED", "RETURNED"].includes(event.to)) {
            data.refundId = refund.id;
            data.refundAmount = refund.amount;
          }
          if (event.action === "REMINDED") data.acceptBy = part.fields.acceptBy.toISOString();
          if (event.action === "FLAGGED_LATE" && part.fields.shipBy) data.shipBy = part.fields.shipBy.toISOString();
          return {
            shopOrderId: shopOrder.id,
            action: event.action,
            fromStatus: event.from,
            toStatus: event.to,
            actorId: actorId(event.by),
            actorKind: actorKind(event.by),
            reason: event.reason ?? null,
            data: Object.keys(data).length > 0 ? data : undefined,
            createdAt: event.at,
          };
        }),
      });
      await writeReturnAndConversation(tx, shopOrder.id, part, ids);
    }
  }
  for (const [shop, count] of Object.entries(salesOf))
    await tx.shop.update({ where: { id: ids.shopIds[shop as ShopKey] }, data: { paidSalesCount: count } });
  return written;
}

/** The part's return request and conversation, as the returns and the conversation write them. */
async function writeReturnAndConversation(tx: Tx, shopOrderId: string, part: DemoPartPlan, ids: DemoOrderIds) {
  const request = part.returnRequest;
  if (request) {
    await tx.returnRequest.create({
      data: {
        shopOrderId,
        kind: request.kind,
        reason: request.reason,
        instructions: request.instructions ?? null,
        refusalReason: request.refusalReason ?? null,
        escalatedAt: request.escalatedAt ?? null,
        escalationNote: request.escalationNote ?? null,
        createdAt: request.at,
      },
    });
  }
  const conversation = part.conversation;
  if (!conversation) return;
  await tx.orderMessage.createMany({
    data: conversation.messages.map((message) => ({
      shopOrderId,
      authorId: message.by === "shopper" ? ids.shopperId : ids.vendorId,
      authorKind: message.by === "shopper" ? ("SHOPPER" as const) : ("VENDOR" as const),
      body: message.body,
      createdAt: message.at,
    })),
  });
  // Each side has read up to its own last message, or to the end when `readBy` says so.
  for (const side of ["shopper", "vendor"] as const) {
    const mine = conversation.messages.filter((message) => message.by === side).at(-1)?.at;
    const lastReadAt = conversation.readBy.includes(side) ? conversation.messages.at(-1)!.at : mine;
    if (!lastReadAt) continue;
    await tx.conversationRead.create({
      data: { shopOrderId, userId: side === "shopper" ? ids.shopperId : ids.vendorId, lastReadAt },
    });
  }
}
