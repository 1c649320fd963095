// Reviews in the demo (docs/trust.md, reviews): a few shoppers' confirmed parts at three shops of
// other vendors than the demo vendor's (whose orders and figures other journeys rely on), each
// part with its review: stars, a comment, sometimes product ratings, a vendor's reply, and one
// review an operator hid. Shop and Product counters are written equal to the published reviews.
// These parts are history for the pages that show reviews: click and collect, confirmed weeks ago,
// with their timeline; they carry no ledger entries (no money moves in the demo for them).
import type { Prisma } from "../../lib/generated/prisma/client";
import type { ActorKind, ShopOrderStatus } from "../../lib/generated/prisma/enums";
import type { ProductPlan } from "./plan-demo";

type Tx = Prisma.TransactionClient;

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;
const after = (instant: Date, ms: number) => new Date(instant.getTime() + ms);

/** The shops reviewed in the demo (none is the demo vendor's: le-fournil-colbert, librairie-la-corderie). */
export const DEMO_REVIEWED_SHOPS = [
  "fleurs-de-l-arsenal",
  "les-jardins-de-la-charente",
  "la-maree-de-l-estuaire",
] as const;
type ReviewedShop = (typeof DEMO_REVIEWED_SHOPS)[number];

/** The shoppers who wrote them (they sign in with the demo shopper's password). */
export const DEMO_REVIEWERS = [
  { email: "lea.fontaine@halle.test", name: "Léa Fontaine" },
  { email: "hugo.bernard@halle.test", name: "Hugo Bernard" },
  { email: "ines.marchand@halle.test", name: "Inès Marchand" },
  { email: "paul.roux@halle.test", name: "Paul Roux" },
  { email: "chloe.garnier@halle.test", name: "Chloé Garnier" },
] as const;

/** "Léa Fontaine" → "Léa F.": what the public pages show of an author. */
export function publicAuthorName(name: string): string {
  const [first, ...rest] = name.trim().split(/\s+/);
  const last = rest.at(-1);
  return last ? `${first} ${last.slice(0, 1).toUpperCase()}.` : first;
}

export type DemoReviewPlan = {
  number: string;
  shopSlug: ReviewedShop;
  reviewer: (typeof DEMO_REVIEWERS)[number];
  paidAt: Date;
  acceptedAt: Date;
  readyAt: Date;
  handedOverAt: Date;
  confirmedAt: Date;
  reviewedAt: Date;
  lines: { product: ProductPlan; quantity: number }[];
  rating: number;
  comment: string;
  /** ratings of lines of the part, by their index in `lines` */
  productRatings: { line: number; rating: number; comment: string }[];
  reply?: { text: string; at: Date };
  hidden?: { reason: string; at: Date };
};

type Spec = {
  shop: ReviewedShop;
  reviewer: number;
  daysAgo: number;
  picks: [number, number][];
  rating: number;
  comment: string;
  productRatings?: { line: number; rating: number; comment: string }[];
  reply?: string;
  hidden?: string;
};

// Fleurs de l'Arsenal: 5 published (5, 5, 4, 5, 4 → 23 / 5 = 4.6) and a hidden one; Les Jardins de
// la Charente: 4 (4, 3, 5, 4 → 16 / 4 = 4.0), one replied; La Marée de l'Estuaire: 3 (5, 4, 5 →
// 14 / 3 = 4.7), one replied.
const SPECS: Spec[] = [
  {
    shop: "fleurs-de-l-arsenal",
    reviewer: 0,
    daysAgo: 64,
    picks: [[0, 1]],
    rating: 5,
    comment: "Un bouquet magnifique, composé devant moi avec de très bons conseils.",
    productRatings: [{ line: 0, rating: 5, comment: "Encore frais dix jours après." }],
  },
  {
    shop: "fleurs-de-l-arsenal",
    reviewer: 1,
    daysAgo: 51,
    picks: [[1, 1]],
    rating: 5,
    comment: "Accueil adorable, fleurs de saison et prix honnêtes.",
  },
  {
    shop: "fleurs-de-l-arsenal",
    reviewer: 2,
    daysAgo: 37,
    picks: [
      [2, 1],
      [0, 1],
    ],
    rating: 4,
    comment: "Très belle plante, un peu d’attente au retrait un samedi matin.",
    productRatings: [
      { line: 0, rating: 4, comment: "Bien emballée pour le trajet." },
      { line: 1, rating: 5, comment: "" },
    ],
    reply: "Merci ! Le samedi matin est notre heure de pointe : nous ajoutons une personne au comptoir.",
  },
  {
    shop: "fleurs-de-l-arsenal",
    reviewer: 3,
    daysAgo: 30,
    picks: [[3, 1]],
    rating: 1,
    comment: "Nul, allez voir ailleurs, ces gens sont des escrocs !!!",
    hidden: "Propos injurieux envers la vendeuse, sans rapport avec la commande.",
  },
  {
    shop: "fleurs-de-l-arsenal",
    reviewer: 4,
    daysAgo: 22,
    picks: [[1, 2]],
    rating: 5,
    comment: "Commande prête à l’heure dite, bouquets superbes.",
  },
  {
    shop: "fleurs-de-l-arsenal",
    reviewer: 3,
    daysAgo: 15,
    picks: [[4, 1]],
    rating: 4,
    comment: "Joli choix, je reviendrai.",
  },
  {
    shop: "les-jardins-de-la-charente",
    reviewer: 0,
    daysAgo: 58,
    picks: [[0, 2]],
    rating: 4,
    comment: "Légumes du jour, vraiment frais. Le panier était bien rempli.",
    productRatings: [{ line: 0, rating: 4, comment: "Bon goût, rien à jeter." }],
  },
  {
    shop: "les-jardins-de-la-charente",
    reviewer: 2,
    daysAgo: 44,
    picks: [[1, 1]],
    rating: 3,
    comment: "Bons produits, mais il manquait les herbes annoncées.",
    reply:
      "Désolés pour les herbes : la grêle de la veille a tout couché. Nous vous en gardons pour la prochaine fois.",
  },
  {
    shop: "les-jardins-de-la-charente",
    reviewer: 1,
    daysAgo: 26,
    picks: [[2, 1]],
    rating: 5,
    comment: "Parfait, et le producteur prend le temps d’expliquer.",
  },
  {
    shop: "les-jardins-de-la-charente",
    reviewer: 4,
    daysAgo: 12,
    picks: [[0, 1]],
    rating: 4,
    comment: "Très bien, retrait rapide.",
    productRatings: [{ line: 0, rating: 5, comment: "" }],
  },
  {
    shop: "la-maree-de-l-estuaire",
    reviewer: 1,
    daysAgo: 47,
    picks: [[0, 1]],
    rating: 5,
    comment: "Poisson d’une fraîcheur parfaite, préparé à la demande.",
    productRatings: [{ line: 0, rating: 5, comment: "Excellent." }],
    reply: "Merci, au plaisir de vous revoir sur le marché !",
  },
  {
    shop: "la-maree-de-l-estuaire",
    reviewer: 3,
    daysAgo: 33,
    picks: [[1, 1]],
    rating: 4,
    comment: "Très bon, un peu cher mais la qualité est là.",
  },
  {
    shop: "la-maree-de-l-estuaire",
    reviewer: 0,
    daysAgo: 18,
    picks: [[0, 1]],
    rating: 5,
    comment: "Toujours aussi bon.",
    productRatings: [{ line: 0, rating: 4, comment: "" }],
  },
];

/** The demo's reviews, planned in memory (pure, deterministic for a given `now` and catalogue). */
export function planDemoReviews(now: Date, products: readonly ProductPlan[]): DemoReviewPlan[] {
  const pick = (shop: ReviewedShop, index: number): ProductPlan => {
    const candidates = products.filter(
      (p) => p.shopSlug === shop && p.status === "ACTIVE" && p.product.kind === "PHYSICAL" && !p.product.estimated,
    );
    if (candidates.length === 0) throw new Error(`demo reviews: no product to order at ${shop}`);
    return candidates[index % candidates.length];
  };
  return SPECS.map((spec, index) => {
    // Paid in the morning `daysAgo` days back, collected the next day, confirmed the day after,
    // reviewed that evening; a reply two days later, a hiding the day after the review.
    const paidAt = after(now, -spec.daysAgo * DAY_MS);
    const acceptedAt = after(paidAt, HOUR_MS);
    const readyAt = after(acceptedAt, 3 * HOUR_MS);
    const handedOverAt = after(paidAt, DAY_MS);
    const confirmedAt = after(handedOverAt, DAY_MS);
    const reviewedAt = after(confirmedAt, 6 * HOUR_MS);
    return {
      number: `H-${paidAt.getUTCFullYear()}-AVIS${String(index + 1).padStart(2, "0")}`,
      shopSlug: spec.shop,
      reviewer: DEMO_REVIEWERS[spec.reviewer],
      paidAt,
      acceptedAt,
      readyAt,
      handedOverAt,
      confirmedAt,
      reviewedAt,
      lines: spec.picks.map(([productIndex, quantity]) => ({ product: pick(spec.shop, productIndex), quantity })),
      rating: spec.rating,
      comment: spec.comment,
      productRatings: spec.productRatings ?? [],
      ...(spec.reply ? { reply: { text: spec.reply, at: after(reviewedAt, 2 * DAY_MS) } } : {}),
      ...(spec.hidden ? { hidden: { reason: spec.hidden, at: after(reviewedAt, DAY_MS) } } : {}),
    };
  });
}

export type RatingCounters = { count: number; sum: number };

/** Shop and product counters from the published reviews only (docs/trust.md, reviews). */
export function demoRatingCounters(plans: readonly DemoReviewPlan[]): {
  shops: Map<string, RatingCounters>;
  products: Map<string, RatingCounters>;
} {
  const shops = new Map<string, RatingCounters>();
  const products = new Map<string, RatingCounters>();
  const add = (map: Map<string, RatingCounters>, key: string, rating: number) => {
    const counters = map.get(key) ?? { count: 0, sum: 0 };
    map.set(key, { count: counters.count + 1, sum: counters.sum + rating });
  };
  for (const plan of plans) {
    if (plan.hidden) continue;
    add(shops, plan.shopSlug, plan.rating);
    for (const item of plan.productRatings) add(products, plan.lines[item.line].product.slug, item.rating);
  }
  return { shops, products };
}

export type DemoReviewIds = {
  /** the demo shopper's password hash, given to the reviewers */
  passwordHash: string;
  operatorId: string;
  shopIds: Map<string, string>;
  /** each shop's owner (who replies) */
  ownerIds: Map<string, string>;
  productIds: Map<string, string>;
};

/** Writes the reviewers, their confirmed parts and reviews, and the counters, in the seed's transaction. */
export async function writeDemoReviews(tx: Tx, plans: DemoReviewPlan[], ids: DemoReviewIds): Promise<number> {
  const reviewerIds = new Map<string, string>();
  for (const reviewer of DEMO_REVIEWERS) {
    const firstOrder = plans.find((plan) => plan.reviewer.email === reviewer.email)?.paidAt ?? new Date();
    const user = await tx.user.create({
      data: {
        email: reviewer.email,
        name: reviewer.name,
        passwordHash: ids.passwordHash,
        role: "SHOPPER",
        createdAt: after(firstOrder, -2 * DAY_MS),
      },
      select: { id: true },
    });
    reviewerIds.set(reviewer.email, user.id);
  }

  for (const [index, plan] of plans.entries()) {
    const shopId = ids.shopIds.get(plan.shopSlug)!;
    const vendorId = ids.ownerIds.get(plan.shopSlug) ?? null;
    const shopperId = reviewerIds.get(plan.reviewer.email)!;
    const itemsAmount = plan.lines.reduce((sum, line) => sum + line.product.product.price * line.quantity, 0);
    const reference = `test_demo_review_${String(index + 1).padStart(2, "0")}`;
    const order = await tx.order.create({
      data: {
        number: plan.number,
        userId: shopperId,
        email: plan.reviewer.email,
        customerName: plan.reviewer.name,
        termsAcceptedAt: after(plan.paidAt, -3 * 60 * 1000),
        status: "PAID",
        currency: "EUR",
        itemsAmount,
        shippingAmount: 0,
        totalAmount: itemsAmount,
        paymentProvider: "test",
        paymentReference: reference,
        paidAt: plan.paidAt,
        createdAt: after(plan.paidAt, -3 * 60 * 1000),
      },
      select: { id: true },
    });
    const shopOrder = await tx.shopOrder.create({
      data: {
        orderId: order.id,
        shopId,
        status: "CONFIRMED",
        deliveryMethod: "CLICK_AND_COLLECT",
        itemsAmount,
        currency: "EUR",
        pickupCode: String(100000 + index * 7919).slice(0, 6),
        statusChangedAt: plan.confirmedAt,
        statusChangedById: shopperId,
        deliveredAt: plan.handedOverAt,
        createdAt: after(plan.paidAt, -3 * 60 * 1000),
        lines: {
          create: plan.lines.map((line) => ({
            productId: ids.productIds.get(line.product.slug) ?? null,
            titleSnapshot: line.product.product.title,
            skuSnapshot: line.product.sku,
            kindSnapshot: line.product.product.kind,
            unitPriceAmount: line.product.product.price,
            quantity: line.quantity,
            lineAmount: line.product.product.price * line.quantity,
            commissionRateBps: 0,
            commissionAmount: 0,
          })),
        },
      },
      select: { id: true, lines: { select: { id: true, titleSnapshot: true }, orderBy: { id: "asc" } } },
    });
    const events: {
      action: string;
      from: ShopOrderStatus;
      to: ShopOrderStatus;
      at: Date;
      actorId: string | null;
      kind: ActorKind;
    }[] = [
      {
        action: "PAID",
        from: "AWAITING_PAYMENT",
        to: "AWAITING_ACCEPTANCE",
        at: plan.paidAt,
        actorId: shopperId,
        kind: "SHOPPER",
      },
      {
        action: "ACCEPT",
        from: "AWAITING_ACCEPTANCE",
        to: "ACCEPTED",
        at: plan.acceptedAt,
        actorId: vendorId,
        kind: "VENDOR",
      },
      {
        action: "READY_FOR_PICKUP",
        from: "ACCEPTED",
        to: "READY_FOR_PICKUP",
        at: plan.readyAt,
        actorId: vendorId,
        kind: "VENDOR",
      },
      {
        action: "HAND_OVER",
        from: "READY_FOR_PICKUP",
        to: "DELIVERED",
        at: plan.handedOverAt,
        actorId: vendorId,
        kind: "VENDOR",
      },
      {
        action: "CONFIRM",
        from: "DELIVERED",
        to: "CONFIRMED",
        at: plan.confirmedAt,
        actorId: shopperId,
        kind: "SHOPPER",
      },
    ];
    await tx.shopOrderEvent.createMany({
      data: events.map((event) => ({
        shopOrderId: shopOrder.id,
        action: event.action,
        fromStatus: event.from,
        toStatus: event.to,
        actorId: event.actorId,
        actorKind: event.kind,
        data: event.action === "PAID" ? { provider: "test", reference } : undefined,
        createdAt: event.at,
      })),
    });
    // The lines as written, in the plan's order (created in order: matched by position).
    const lineIds = plan.lines.map((line, position) => {
      const matching = shopOrder.lines.filter((row) => row.titleSnapshot === line.product.product.title);
      const before = plan.lines.slice(0, position).filter((other) => other.product.slug === line.product.slug).length;
      return matching[before]?.id ?? shopOrder.lines[position].id;
    });
    const review = await tx.review.create({
      data: {
        shopOrderId: shopOrder.id,
        shopId,
        authorId: shopperId,
        authorName: publicAuthorName(plan.reviewer.name),
        locale: "fr",
        rating: plan.rating,
        comment: plan.comment,
        status: plan.hidden ? "HIDDEN" : "PUBLISHED",
        hiddenReason: plan.hidden?.reason ?? null,
        hiddenAt: plan.hidden?.at ?? null,
        hiddenById: plan.hidden ? ids.operatorId : null,
        reply: plan.reply?.text ?? null,
        repliedAt: plan.reply?.at ?? null,
        repliedById: plan.reply ? vendorId : null,
        createdAt: plan.reviewedAt,
        productReviews: {
          create: plan.productRatings.map((item) => ({
            orderLineId: lineIds[item.line],
            productId: ids.productIds.get(plan.lines[item.line].product.slug) ?? null,
            rating: item.rating,
            comment: item.comment,
            createdAt: plan.reviewedAt,
          })),
        },
      },
      select: { id: true },
    });
    if (plan.hidden) {
      await tx.auditLog.create({
        data: {
          actorId: ids.operatorId,
          action: "review.hidden",
          entityType: "Review",
          entityId: review.id,
          reason: plan.hidden.reason,
          data: { shopId, rating: plan.rating },
          createdAt: plan.hidden.at,
        },
      });
    }
  }

  const counters = demoRatingCounters(plans);
  for (const [slug, { count, sum }] of counters.shops)
    await tx.shop.update({ where: { id: ids.shopIds.get(slug)! }, data: { ratingCount: count, ratingSum: sum } });
  for (const [slug, { count, sum }] of counters.products)
    await tx.product.update({ where: { id: ids.productIds.get(slug)! }, data: { ratingCount: count, ratingSum: sum } });
  return plans.length;
}
