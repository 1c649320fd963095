// Test data for checkout: a marketplace with the standard plan (10 % on products, 20 % on
// services), shops in Lyon with delivery options, products, a guest's (or user's) cart with the
// shopper's delivery choices, a checkout form, and a snapshot of everything checkout may write.
import { randomBytes, randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import type { DeliveryMethod, Prisma } from "@/lib/generated/prisma/client";
import type { PlaceOrderInput } from "@/lib/orders/place-order";
import { createShop, createUser, refusal } from "../sellers/fixtures";

export { createUser, refusal };
export type { Actor };

const unique = () => randomBytes(4).toString("hex");
export const LYON = { lat: 45.764, lng: 4.8357 };

export async function standardPlan(options: { paymentFeePassThrough?: boolean; commissionFreeSales?: number } = {}) {
  return getDb().plan.create({
    data: {
      code: `standard-${unique()}`,
      name: "Standard",
      defaultCommissionBps: 1000,
      commissionFreeSales: options.commissionFreeSales ?? 0,
      paymentFeePassThrough: options.paymentFeePassThrough ?? false,
      commissionRules: { create: [{ productKind: "SERVICE", rateBps: 2000 }] },
    },
  });
}

/** The marketplace's settings: the default plan and a 1.5 % + 0.25 € payment fee. */
export async function marketplace() {
  const plan = await standardPlan();
  await getDb().marketplaceSettings.upsert({
    where: { id: 1 },
    create: { id: 1, defaultPlanId: plan.id, paymentFeeBps: 150, paymentFeeFixedAmount: 25 },
    update: { defaultPlanId: plan.id, paymentFeeBps: 150, paymentFeeFixedAmount: 25 },
  });
  return plan;
}

/** An approved shop in Lyon: click & collect, courier within 10 km, postal (one class 4,50 € / 6,90 €). */
export async function lyonShop(data: Partial<Prisma.ShopUncheckedCreateInput> = {}) {
  const vendor = await createUser("VENDOR");
  const shop = await createShop(vendor, {
    status: "APPROVED",
    city: "Lyon",
    postalCode: "69001",
    addressLine: "1 rue de la République",
    latitude: LYON.lat,
    longitude: LYON.lng,
    clickAndCollect: true,
    pickupInstructions: "Au comptoir",
    courierEnabled: true,
    courierRadiusKm: 10,
    postalEnabled: true,
    ...data,
  });
  const parcel = await getDb().shippingClass.create({
    data: { shopId: shop.id, name: `Colis ${unique()}`, fees: { LOCAL_COURIER: 450, POSTAL: 690 } },
  });
  return { vendor, shop, parcel };
}

export async function product(shopId: string, data: Partial<Prisma.ProductUncheckedCreateInput> = {}) {
  const suffix = unique();
  return getDb().product.create({
    data: {
      shopId,
      slug: `p-${suffix}`,
      title: `Produit ${suffix}`,
      priceAmount: 1000,
      status: "ACTIVE",
      stockTracked: true,
      stock: 10,
      ...data,
    },
  });
}

export type CartSpec = {
  lines: { productId: string; quantity: number }[];
  choices: { shopId: string; deliveryMethod: DeliveryMethod | null; note?: string }[];
};

/** A guest's cart (returns its cookie token), or the user's when `userId` is given. */
export async function cartWith(spec: CartSpec, userId?: string) {
  const guestToken = userId ? undefined : randomBytes(24).toString("base64url");
  const cart = await getDb().cart.create({
    data: {
      userId: userId ?? null,
      guestToken: guestToken ?? null,
      lines: { create: spec.lines },
      shopChoices: {
        create: spec.choices.map((c) => ({ shopId: c.shopId, deliveryMethod: c.deliveryMethod, note: c.note ?? null })),
      },
    },
  });
  return { cartId: cart.id, guestToken };
}

export function lyonAddress(overrides: Record<string, unknown> = {}) {
  return {
    name: "Camille Martin",
    line1: "12 rue Mercière",
    line2: "",
    postalCode: "69002",
    city: "Lyon",
    country: "FR",
    ...overrides,
  };
}

export function checkoutForm(expectedTotalAmount: number, overrides: Partial<PlaceOrderInput> = {}): PlaceOrderInput {
  return {
    idempotencyKey: randomUUID(),
    contact: { email: "camille@example.test", name: "Camille Martin", phone: "06 12 34 56 78" },
    address: lyonAddress(),
    saveAddress: false,
    termsAccepted: "on",
    expectedTotalAmount: String(expectedTotalAmount),
    ...overrides,
  };
}

/** Everything placing an order may write: orders and their parts, saved addresses, stock. */
export async function checkoutSnapshot(productIds: string[]) {
  const db = getDb();
  return {
    orders: await db.order.count(),
    shopOrders: await db.shopOrder.count(),
    orderLines: await db.orderLine.count(),
    addresses: await db.address.count(),
    stock: (
      await db.product.findMany({
        where: { id: { in: productIds } },
        orderBy: { id: "asc" },
        select: { id: true, stock: true },
      })
    ).map((p) => `${p.id}:${p.stock}`),
  };
}
