// The Karkareh demo (HALLE_DEMO=karkareh, docs/i18n.md): the Persian, right-to-left variant of the
// demo marketplace, so the RTL storefront can be seen on first start. Settings as Karkareh runs
// (PRODUCT.md: rials shown in toman, no commission, rent plans, settlement on request, paid on
// confirmation, postage due on delivery), five bazaar shops with Persian catalogues, the same demo
// sign-ins as the French demo. One transaction; the settings row is written last.
import { monthStartOf, nextMonthStartOf, periodKeyOf } from "../../lib/fees/plan-charges";
import type { Prisma, PrismaClient } from "../../lib/generated/prisma/client";
import { buildUserRows, DEMO_ACCOUNTS } from "./accounts";
import { KARKAREH_CATEGORIES, KARKAREH_SHOPS, type KarkarehShop } from "./data/karkareh";
import type { ShopSeed } from "./data/shops";
import { IMAGE_SIZES, productSvg, shopBannerSvg, shopLogoSvg, writeSvg, type SeedFiles } from "./images";
import { demoIban, identityDocumentKey, writeIdentityDocument } from "./kyc";

type Tx = Prisma.TransactionClient;
const DAY_MS = 24 * 60 * 60 * 1000;

export type SeedKarkarehOptions = { filesDir: SeedFiles; privateFilesDir: SeedFiles; now?: Date };

// The rent plans of the "rent" preset (lib/plans/presets.ts), named in Persian: 2,000,000 rials a
// month, longer terms cheaper, no commission at all.
const RENT_PLANS = [
  { code: "rent-1-month", name: "اجاره یک‌ماهه", termMonths: 1, discountBps: 0 },
  { code: "rent-3-months", name: "اجاره سه‌ماهه", termMonths: 3, discountBps: 500 },
  { code: "rent-6-months", name: "اجاره شش‌ماهه", termMonths: 6, discountBps: 1000 },
  { code: "rent-12-months", name: "اجاره یک‌ساله", termMonths: 12, discountBps: 2000 },
] as const;
const MONTHLY_RENT = 2_000_000;

/** The owner's account: the demo vendor's, or `<key>@halle.test` (same password as the vendor). */
function ownerOf(shop: KarkarehShop): ShopSeed["owner"] {
  return shop.owner === "vendor" ? { demo: "vendor" } : { name: shop.owner };
}
const ownerEmail = (shop: KarkarehShop) =>
  shop.owner === "vendor" ? DEMO_ACCOUNTS.vendor.email : `${shop.key}@halle.test`;

async function createCategories(tx: Tx): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const [position, top] of KARKAREH_CATEGORIES.entries()) {
    const parent = await tx.category.create({
      data: { slug: top.slug, names: top.names, position },
      select: { id: true },
    });
    ids.set(top.slug, parent.id);
    for (const [childPosition, child] of top.children.entries()) {
      const row = await tx.category.create({
        data: { slug: child.slug, names: child.names, parentId: parent.id, position: childPosition },
        select: { id: true },
      });
      ids.set(child.slug, row.id);
    }
  }
  return ids;
}

export async function seedKarkareh(
  prisma: PrismaClient,
  options: SeedKarkarehOptions,
): Promise<{ shops: number; products: number }> {
  const now = options.now ?? new Date();
  const createdAtOf = (shop: KarkarehShop) => new Date(now.getTime() - shop.joinedDaysAgo * DAY_MS);
  // buildUserRows wants the French demo's shop shape only for owners and dates.
  const owners = KARKAREH_SHOPS.map((shop) => ({ key: shop.key, owner: ownerOf(shop), shop }));
  const userRows = (
    await buildUserRows(
      owners.map((o) => ({ key: o.key, owner: o.owner }) as ShopSeed),
      (seed) => createdAtOf(owners.find((o) => o.key === seed.key)!.shop),
      now,
    )
  ).map((row) => ({ ...row, locale: "fa" }));

  const images = new Map<string, { url: string; alt: string }[]>();
  for (const shop of KARKAREH_SHOPS) {
    await writeSvg(options.filesDir, `karkareh/shops/${shop.slug}-logo.svg`, shopLogoSvg(shop.name, shop.slug));
    await writeSvg(
      options.filesDir,
      `karkareh/shops/${shop.slug}-banner.svg`,
      shopBannerSvg(shop.name, `${shop.trade} · ${shop.city}`, shop.slug),
    );
    await writeIdentityDocument(options.privateFilesDir, shop.slug, shop.name);
    for (const product of shop.products) {
      const path = `karkareh/products/${product.slug}.svg`;
      await writeSvg(options.filesDir, path, productSvg(product.title, product.slug));
      images.set(product.slug, [{ url: `/files/${path}`, alt: product.title }]);
    }
  }

  await prisma.$transaction(
    async (tx) => {
      const users = await tx.user.createManyAndReturn({ data: userRows, select: { id: true, email: true } });
      const userId = new Map(users.map((u) => [u.email, u.id]));
      const operatorId = userId.get(DEMO_ACCOUNTS.operator.email)!;
      const categoryIds = await createCategories(tx);

      const plans = [];
      for (const [position, plan] of RENT_PLANS.entries()) {
        plans.push(
          await tx.plan.create({
            data: {
              code: plan.code,
              name: plan.name,
              description: "بدون کمیسیون: فقط اجاره غرفه، پیش از آغاز دوره پرداخت می‌شود.",
              billing: "FIXED_TERM",
              monthlyFeeAmount: MONTHLY_RENT,
              currency: "IRR",
              defaultCommissionBps: 0,
              termMonths: plan.termMonths,
              discountBps: plan.discountBps,
              presetKey: "rent",
              position,
            },
            select: { id: true, code: true, currency: true },
          }),
        );
      }
      const monthly = plans[0];

      for (const shop of KARKAREH_SHOPS) {
        const createdAt = createdAtOf(shop);
        const approvedAt = new Date(createdAt.getTime() + 2 * DAY_MS);
        const ownerId = userId.get(ownerEmail(shop))!;
        const row = await tx.shop.create({
          data: {
            slug: shop.slug,
            name: shop.name,
            trade: shop.trade,
            description: shop.description,
            status: "APPROVED",
            ownerId,
            addressLine: shop.addressLine,
            postalCode: shop.postalCode,
            city: shop.city,
            country: "IR",
            latitude: shop.latitude,
            longitude: shop.longitude,
            phone: shop.phone,
            email: shop.email,
            socials: {},
            openingHours: shop.openingHours,
            logoUrl: `/files/karkareh/shops/${shop.slug}-logo.svg`,
            bannerUrl: `/files/karkareh/shops/${shop.slug}-banner.svg`,
            clickAndCollect: false,
            postalEnabled: true,
            postalCountries: ["IR"],
            postageDueOnDelivery: true,
            handlingDays: 2,
            shippingFeeMode: "PER_ORDER",
            legalType: "INDIVIDUAL",
            legalName: shop.name,
            identityDocumentKey: identityDocumentKey(shop.slug),
            identityDocumentName: "identity.pdf",
            identityDocumentType: "application/pdf",
            payoutHolderName: shop.name,
            payoutIban: demoIban(shop.slug),
            onboardingStep: 7,
            submittedAt: createdAt,
            planId: monthly.id,
            approvedAt,
            createdAt,
          },
          select: { id: true },
        });
        // The current month's rent is paid, as the first term is before a shop opens.
        const subscription = await tx.subscription.create({
          data: { shopId: row.id, planId: monthly.id, status: "ACTIVE", startedAt: approvedAt },
          select: { id: true },
        });
        const entry = await tx.ledgerEntry.create({
          data: {
            shopId: row.id,
            type: "SUBSCRIPTION_FEE",
            amount: -MONTHLY_RENT,
            currency: "IRR",
            availableAt: monthStartOf(now),
            memo: `${monthly.code} ${periodKeyOf(now)}`,
            createdAt: monthStartOf(now),
          },
          select: { id: true },
        });
        await tx.billingCharge.create({
          data: {
            shopId: row.id,
            subscriptionId: subscription.id,
            planId: monthly.id,
            kind: "MONTHLY_FEE",
            periodKey: periodKeyOf(now),
            periodStart: monthStartOf(now),
            periodEnd: nextMonthStartOf(now),
            amountExclVat: MONTHLY_RENT,
            totalAmount: MONTHLY_RENT,
            currency: "IRR",
            ledgerEntryId: entry.id,
            createdAt: monthStartOf(now),
          },
        });
        await tx.auditLog.create({
          data: {
            actorId: operatorId,
            action: "shop.approved",
            entityType: "Shop",
            entityId: row.id,
            data: { slug: shop.slug, plan: monthly.code },
            createdAt: approvedAt,
          },
        });
        for (const [index, product] of shop.products.entries()) {
          const productCreatedAt = new Date(approvedAt.getTime() + (index + 1) * DAY_MS);
          await tx.product.create({
            data: {
              shopId: row.id,
              slug: product.slug,
              title: product.title,
              shortDescription: product.short,
              description: product.description,
              kind: "PHYSICAL",
              status: "ACTIVE",
              categoryId: categoryIds.get(product.category)!,
              priceAmount: product.price,
              currency: "IRR",
              estimatedPrice: false,
              stockTracked: true,
              stock: product.stock,
              sku: `${shop.key.slice(0, 4).toUpperCase()}-${String(index + 1).padStart(3, "0")}`,
              weightGrams: product.weight,
              publishedAt: productCreatedAt,
              createdAt: productCreatedAt,
              images: {
                create: images.get(product.slug)!.map((image, position) => ({
                  ...image,
                  position,
                  ...IMAGE_SIZES.product,
                })),
              },
            },
          });
        }
      }

      // Last: its presence is what tells `prisma/seed/index.ts` the demo is already there.
      await tx.marketplaceSettings.create({
        data: {
          id: 1,
          name: "کارکره",
          currency: "IRR",
          tomanDisplay: true,
          defaultLocale: "fa",
          locales: ["fa", "en"],
          defaultPlanId: monthly.id,
          holdRule: "AFTER_SHOPPER_CONFIRMATION",
          payoutSchedule: "ON_REQUEST",
          autoConfirmDays: 7,
          trackingRequiredForPost: true,
          holidayCountry: "IR",
          ambassadorsEnabled: false,
          legalName: "بازار کارکره (نمایشی)",
          legalAddress: "اصفهان، میدان نقش جهان",
        },
      });
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
  return {
    shops: KARKAREH_SHOPS.length,
    products: KARKAREH_SHOPS.reduce((sum, shop) => sum + shop.products.length, 0),
  };
}
