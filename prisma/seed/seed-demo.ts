// Fills an empty, migrated database with the demo marketplace in one transaction: settings and
// plans, the category tree, demo accounts and vendors, shops (approved and one pending) with
// their shipping classes and subscriptions, products with pictures, and the operator's audit
// trail, then the demo shopper's orders at the demo vendor's shops in every state of their life
// (demo-orders.ts). Pictures are SVG files written under `filesDir` and served as /files/….
import { monthStartOf, nextMonthStartOf, periodKeyOf } from "../../lib/fees/plan-charges";
import type { Prisma, PrismaClient } from "../../lib/generated/prisma/client";
import { buildUserRows, DEMO_ACCOUNTS, ownerEmailOf } from "./accounts";
import { CATEGORIES } from "./data/categories";
import type { ShopSeed } from "./data/shops";
import { hashString, writeSvg, type SeedFiles } from "./images";
import { demoIban, demoRegistrationNumber, identityDocumentKey, writeIdentityDocument } from "./kyc";
import { DEMO_ORDER_SETTINGS, DEMO_SHOPS, planDemoOrders, writeDemoOrders } from "./demo-orders";
import { planDemoReviews, writeDemoReviews } from "./demo-reviews";
import { planDemo, type DemoPlan, type ImagePlan, type ShopPlan } from "./plan-demo";

type Tx = Prisma.TransactionClient;

export type SeedDemoOptions = {
  /** Where pictures go: a folder, or the public storage area. */
  filesDir: SeedFiles;
  /** Where identity documents go (never served publicly): a folder, or the private storage area. */
  privateFilesDir: SeedFiles;
  /** The demo's dates are relative to this instant (default: now). */
  now?: Date;
};

const fileUrl = (image: ImagePlan) => `/files/${image.path}`;

// A few pictures at a time: the S3 client's pool has 50 sockets, and a put queued for one counts its
// wait in its 3-second connection timeout (lib/files/s3-storage.ts), so a burst of ~300 failed.
const IMAGES_AT_ONCE = 16;

async function writeImages(filesDir: SeedFiles, plan: DemoPlan): Promise<void> {
  const images = [...plan.shops.flatMap((s) => [s.logo, s.banner]), ...plan.products.flatMap((p) => p.images)];
  for (let start = 0; start < images.length; start += IMAGES_AT_ONCE) {
    const batch = images.slice(start, start + IMAGES_AT_ONCE);
    await Promise.all(batch.map((image) => writeSvg(filesDir, image.path, image.svg)));
  }
}

async function createPlans(tx: Tx) {
  const standard = await tx.plan.create({
    data: {
      code: "standard",
      name: "Standard",
      description:
        "Sans abonnement : 10 % de commission sur les produits, 20 % sur les services. Rien à payer sans vente.",
      defaultCommissionBps: 1000,
      position: 0,
      commissionRules: { create: [{ productKind: "SERVICE", rateBps: 2000 }] },
    },
    select: { id: true },
  });
  const premium = await tx.plan.create({
    data: {
      code: "premium",
      name: "Premium",
      description: "39,99 € HT par mois pour plus de visibilité et une commission réduite à 5 % sur toutes les ventes.",
      monthlyFeeAmount: 3999,
      defaultCommissionBps: 500,
      premium: true,
      position: 1,
    },
    select: { id: true },
  });
  return { standard: standard.id, premium: premium.id } as Record<ShopSeed["planCode"], string>;
}

/** Creates the category tree and returns category ids by slug. */
async function createCategories(tx: Tx): Promise<Map<string, string>> {
  const tops = await tx.category.createManyAndReturn({
    data: CATEGORIES.map((c, position) => ({
      slug: c.slug,
      names: c.names,
      prohibited: c.prohibited ?? false,
      position,
    })),
    select: { id: true, slug: true },
  });
  const ids = new Map(tops.map((c) => [c.slug, c.id]));
  const children = await tx.category.createManyAndReturn({
    data: CATEGORIES.flatMap((parent) =>
      parent.children.map((child, position) => ({
        slug: child.slug,
        names: child.names,
        parentId: ids.get(parent.slug)!,
        prohibited: parent.prohibited ?? false,
        position,
      })),
    ),
    select: { id: true, slug: true },
  });
  for (const c of children) ids.set(c.slug, c.id);
  return ids;
}

function shopRow(plan: ShopPlan, ownerId: string, planId: string): Prisma.ShopCreateManyInput {
  const { shop } = plan;
  const d = shop.delivery;
  return {
    slug: shop.slug,
    name: shop.name,
    trade: shop.trade,
    description: shop.description,
    status: shop.status,
    ownerId,
    addressLine: shop.addressLine,
    postalCode: shop.postalCode,
    city: shop.city,
    country: "FR",
    latitude: shop.latitude,
    longitude: shop.longitude,
    phone: shop.phone,
    email: shop.email,
    website: shop.website ?? null,
    socials: shop.socials,
    openingHours: shop.openingHours,
    logoUrl: fileUrl(plan.logo),
    bannerUrl: fileUrl(plan.banner),
    clickAndCollect: d.clickAndCollect,
    pickupInstructions: d.pickupInstructions ?? null,
    courierEnabled: d.courierRadiusKm !== undefined,
    courierRadiusKm: d.courierRadiusKm ?? null,
    postalEnabled: d.postal ?? false,
    postalCountries: d.postal ? ["FR"] : [],
    postageDueOnDelivery: d.postageDueOnDelivery ?? false,
    handlingDays: d.handlingDays,
    shippingFeeMode: d.shippingFeeMode,
    freeShippingThresholdAmount: d.freeShippingThresholdAmount ?? null,
    ...kycRow(shop),
    onboardingStep: 7,
    submittedAt: plan.createdAt,
    planId,
    approvedAt: plan.approvedAt,
    createdAt: plan.createdAt,
  };
}

/** Half the demo traders are companies, half individual entrepreneurs (EI), some without SIRET. */
function kycRow(shop: ShopSeed) {
  const company = hashString(shop.slug) % 2 === 0;
  const hasRegistration = company || hashString(`${shop.slug}/reg`) % 3 !== 0;
  const legalName = company ? `SARL ${shop.name}` : `EI ${shop.name}`;
  return {
    legalType: company ? ("COMPANY" as const) : ("INDIVIDUAL" as const),
    legalName,
    registrationNumber: hasRegistration ? demoRegistrationNumber(shop.slug) : null,
    vatNumber: company
      ? `FR${String(hashString(`${shop.slug}/vat`) % 100).padStart(2, "0")}${demoRegistrationNumber(shop.slug).slice(0, 9)}`
      : null,
    identityDocumentKey: identityDocumentKey(shop.slug),
    identityDocumentName: "piece-identite.pdf",
    identityDocumentType: "application/pdf",
    payoutHolderName: legalName,
    payoutIban: demoIban(shop.slug),
  };
}

export async function seedDemo(
  prisma: PrismaClient,
  options: SeedDemoOptions,
): Promise<{ shops: number; products: number; shopOrders: number; reviews: number }> {
  const now = options.now ?? new Date();
  const plan = planDemo(now);
  const orderPlans = planDemoOrders(now, plan.products);
  const reviewPlans = planDemoReviews(now, plan.products);
  let shopOrders = 0;
  let reviews = 0;
  const shopPlanByKey = new Map(plan.shops.map((s) => [s.shop.key, s]));
  const userRows = await buildUserRows(
    plan.shops.map((s) => s.shop),
    (shop) => shopPlanByKey.get(shop.key)!.createdAt,
    now,
  );
  await writeImages(options.filesDir, plan);
  await Promise.all(
    plan.shops.map(({ shop }) => writeIdentityDocument(options.privateFilesDir, shop.slug, kycRow(shop).legalName)),
  );

  await prisma.$transaction(
    async (tx) => {
      const users = await tx.user.createManyAndReturn({ data: userRows, select: { id: true, email: true } });
      const userId = new Map(users.map((u) => [u.email, u.id]));
      const operatorId = userId.get(DEMO_ACCOUNTS.operator.email)!;
      const planIds = await createPlans(tx);
      const categoryIds = await createCategories(tx);

      const shops = await tx.shop.createManyAndReturn({
        data: plan.shops.map((s) => shopRow(s, userId.get(ownerEmailOf(s.shop))!, planIds[s.shop.planCode])),
        select: { id: true, slug: true },
      });
      const shopId = new Map(shops.map((s) => [s.slug, s.id]));

      const classes = await tx.shippingClass.createManyAndReturn({
        data: plan.shops.flatMap(({ shop }) =>
          shop.shippingClasses.map((c) => ({ shopId: shopId.get(shop.slug)!, name: c.name, fees: c.fees })),
        ),
        select: { id: true, shopId: true, name: true },
      });
      const classId = new Map(classes.map((c) => [`${c.shopId}/${c.name}`, c.id]));
      const classOf = (shop: ShopSeed, index: number | undefined) => {
        if (index === undefined) return null;
        const name = shop.shippingClasses[index]?.name;
        if (!name) throw new Error(`shop ${shop.key} has no shipping class #${index}`);
        return classId.get(`${shopId.get(shop.slug)}/${name}`)!;
      };

      // An approved shop's plan runs as a subscription; a paid plan's current month is already
      // billed, as the billing run does on the 1st (docs/business-models.md, subscriptions and billing).
      const subscriptions = await tx.subscription.createManyAndReturn({
        data: plan.shops
          .filter((s) => s.approvedAt !== null)
          .map((s) => ({
            shopId: shopId.get(s.shop.slug)!,
            planId: planIds[s.shop.planCode],
            status: "ACTIVE" as const,
            startedAt: s.approvedAt!,
          })),
        select: {
          id: true,
          shopId: true,
          plan: { select: { id: true, code: true, monthlyFeeAmount: true, currency: true } },
        },
      });
      const periodKey = periodKeyOf(now);
      for (const subscription of subscriptions.filter((row) => row.plan.monthlyFeeAmount > 0)) {
        const fee = subscription.plan.monthlyFeeAmount;
        const entry = await tx.ledgerEntry.create({
          data: {
            shopId: subscription.shopId,
            type: "SUBSCRIPTION_FEE",
            amount: -fee,
            currency: subscription.plan.currency,
            availableAt: monthStartOf(now),
            memo: `${subscription.plan.code} ${periodKey}`,
            createdAt: monthStartOf(now),
          },
          select: { id: true },
        });
        await tx.billingCharge.create({
          data: {
            shopId: subscription.shopId,
            subscriptionId: subscription.id,
            planId: subscription.plan.id,
            kind: "MONTHLY_FEE",
            periodKey,
            periodStart: monthStartOf(now),
            periodEnd: nextMonthStartOf(now),
            amountExclVat: fee,
            totalAmount: fee,
            currency: subscription.plan.currency,
            ledgerEntryId: entry.id,
            createdAt: monthStartOf(now),
          },
        });
      }

      const shopOf = new Map(plan.shops.map((s) => [s.shop.slug, s.shop]));
      const products = await tx.product.createManyAndReturn({
        data: plan.products.map((p) => {
          const shop = shopOf.get(p.shopSlug)!;
          const categoryId = categoryIds.get(p.product.category);
          if (!categoryId) throw new Error(`unknown category "${p.product.category}" for ${p.slug}`);
          const physical = p.product.kind === "PHYSICAL";
          return {
            shopId: shopId.get(p.shopSlug)!,
            slug: p.slug,
            title: p.product.title,
            shortDescription: p.product.short,
            description: p.description,
            kind: p.product.kind,
            status: p.status,
            categoryId,
            priceAmount: p.product.price,
            compareAtAmount: p.product.compareAt ?? null,
            currency: "EUR",
            estimatedPrice: p.product.estimated,
            priceUnit: p.product.unit ?? null,
            stockTracked: p.product.stockTracked,
            stock: p.stock,
            sku: p.sku,
            weightGrams: physical ? (p.product.weight ?? null) : null,
            shippingClassId: physical ? classOf(shop, p.product.shippingClass) : null,
            publishedAt: p.publishedAt,
            createdAt: p.createdAt,
          };
        }),
        select: { id: true, slug: true },
      });
      const productId = new Map(products.map((p) => [p.slug, p.id]));

      await tx.productImage.createMany({
        data: plan.products.flatMap((p) =>
          p.images.map((image, position) => ({
            productId: productId.get(p.slug)!,
            url: fileUrl(image),
            alt: image.alt,
            position,
            width: image.width,
            height: image.height,
          })),
        ),
      });

      await tx.auditLog.createMany({
        data: plan.shops.map((s) =>
          s.approvedAt
            ? {
                actorId: operatorId,
                action: "shop.approved",
                entityType: "Shop",
                entityId: shopId.get(s.shop.slug)!,
                data: { slug: s.shop.slug, plan: s.shop.planCode },
                createdAt: s.approvedAt,
              }
            : {
                actorId: userId.get(ownerEmailOf(s.shop))!,
                action: "shop.submitted",
                entityType: "Shop",
                entityId: shopId.get(s.shop.slug)!,
                data: { slug: s.shop.slug, plan: s.shop.planCode },
                createdAt: s.createdAt,
              },
        ),
      });

      shopOrders = await writeDemoOrders(tx, orderPlans, {
        shopperId: userId.get(DEMO_ACCOUNTS.shopper.email)!,
        shopper: { email: DEMO_ACCOUNTS.shopper.email, name: DEMO_ACCOUNTS.shopper.name },
        vendorId: userId.get(DEMO_ACCOUNTS.vendor.email)!,
        shopIds: { bakery: shopId.get(DEMO_SHOPS.bakery)!, bookshop: shopId.get(DEMO_SHOPS.bookshop)! },
        productIds: productId,
      });

      // Other shoppers' confirmed parts at three other shops, with their reviews (demo-reviews.ts).
      reviews = await writeDemoReviews(tx, reviewPlans, {
        passwordHash: userRows.find((row) => row.email === DEMO_ACCOUNTS.shopper.email)!.passwordHash,
        operatorId,
        shopIds: shopId,
        ownerIds: new Map(plan.shops.map((s) => [s.shop.slug, userId.get(ownerEmailOf(s.shop))!])),
        productIds: productId,
      });

      // Last: its presence is what tells `prisma/seed/index.ts` the demo is already there.
      await tx.marketplaceSettings.create({
        data: {
          id: 1,
          name: "Halle",
          currency: "EUR",
          defaultLocale: "fr",
          locales: ["fr", "en", "fa"],
          defaultPlanId: planIds.standard,
          // The demo orders' deadlines were reckoned with these (demo-orders.ts).
          acceptanceDeadlineBusinessDays: DEMO_ORDER_SETTINGS.acceptanceDeadlineBusinessDays,
          shipDeadlineBusinessDays: DEMO_ORDER_SETTINGS.shipDeadlineBusinessDays,
          autoConfirmDays: DEMO_ORDER_SETTINGS.autoConfirmDays,
          returnWindowDays: DEMO_ORDER_SETTINGS.returnWindowDays,
          holidayCountry: DEMO_ORDER_SETTINGS.calendar.country,
          // Printed on statements, invoices and the SEPA file (docs/payouts.md); fictitious.
          legalName: "Halle Démo SAS",
          legalAddress: "1 place Colbert, 17300 Rochefort, France",
          legalRegistrationNumber: "RCS La Rochelle 900 000 001",
          legalVatNumber: "FR00900000001",
          payoutDebtorIban: "FR7630006000011234567890189",
          payoutDebtorBic: "AGRIFRPPXXX",
        },
      });
    },
    { maxWait: 10_000, timeout: 60_000 },
  );

  return { shops: plan.shops.length, products: plan.products.length, shopOrders, reviews };
}
