import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { addSavedAddress } from "@/lib/addresses/add-saved-address";
import { cartOwnerOf, cartWhere, type CartOwner } from "@/lib/cart/cart-owner";
import { loadCart } from "@/lib/cart/load-cart";
import { getDb } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db-errors";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/forms/parse-input";
import type { Prisma } from "@/lib/generated/prisma/client";
import { findCheckoutBlocker } from "@/lib/checkout/checkout-blocker";
import { CheckoutRefusal } from "@/lib/checkout/checkout-refusal";
import { computeCheckoutTotals, type CheckoutTotals } from "@/lib/checkout/checkout-totals";
import { loadCommissionContext } from "./load-commission-context";
import { newOrderAccessToken, newOrderNumber } from "./order-tokens";
import { placeOrderSchema, type PlaceOrderFields } from "./place-order-schema";
import { reserveStock } from "./reserve-stock";
import {
  deliveryAddressRequired,
  isAddressGiven,
  resolveDeliveryAddress,
  type DeliveryAddress,
} from "@/lib/checkout/resolve-delivery-address";
import { computeOrderFees } from "@/lib/fees/compute-fees";
import type { FeePartResult } from "@/lib/fees/types";
import { resolveAmbassadorForOrder } from "@/lib/ambassadors/resolve-for-order";
import { businessBuyerSnapshot } from "@/lib/accounts/business-buyer-snapshot";
import { loadCaptureMode } from "@/lib/payments/load-capture-mode";
import { enforceRateLimits } from "@/lib/rate-limit/enforce-rate-limits";
import { assertHeldStockWithinCap } from "@/lib/rate-limit/held-stock-cap";
import { rateLimitRule } from "@/lib/rate-limit/limits";
import { orderAmountsFit } from "@/lib/money/amount-limits";
import { placedInTestMode } from "@/lib/payments/payment-provider";
import { STOCK_HOLD_MINUTES as PAYMENT_HOLD_MINUTES } from "@/lib/config/payment-window";

/**
 * The stock hold while the shopper pays: one value with the payment session's life (it outlasts
 * Stripe Checkout's 30-minute minimum by a margin for the webhook; lib/config/payment-window.ts).
 */
export const STOCK_HOLD_MINUTES = PAYMENT_HOLD_MINUTES;

export type PlaceOrderInput = {
  /** the guest cart's cookie (ignored when signed in: the account's cart is used) */
  guestToken?: string;
  idempotencyKey: unknown;
  contact: { email?: unknown; name: unknown; phone?: unknown };
  addressId?: unknown;
  address?: Record<string, unknown>;
  saveAddress?: unknown;
  termsAccepted: unknown;
  expectedTotalAmount: unknown;
  /** the referral cookie's ambassador code, if any (docs/business-models.md, ambassadors): checked here, never trusted */
  ambassadorCode?: unknown;
  /** the client's address as the custom server set it (lib/http/client-address.ts): its order rate limit */
  clientAddress?: string;
};

export type PlacedOrder = { orderId: string; number: string; accessToken: string };

const EXISTING_SELECT = { id: true, number: true, accessToken: true, userId: true, cartId: true } as const;

/**
 * Places the order for the actor's cart (or the guest cart of `guestToken`), in ONE transaction:
 * the cart is re-read from the database (prices, stock, shops, delivery quotes at the address);
 * every line must be on sale in an approved shop; every shop needs an available delivery method;
 * a delivery address is required only when some part is delivered (courier or post): an order
 * that is all click & collect asks for none and stores none (docs/product.md, "Click & collect vs
 * delivery"; an address sent anyway is still checked, then ignored);
 * the total must be the one the shopper was shown; stock is reserved with conditional updates for
 * STOCK_HOLD_MINUTES. Any refusal (CheckoutRefusal naming the products or shops at fault,
 * VALIDATION for the form) writes nothing. The same idempotency key returns the order already
 * placed, never a second one. The cart is left as it is (emptied once the order is paid).
 */
export async function placeOrder(actor: Actor | null, input: PlaceOrderInput): Promise<PlacedOrder> {
  const fields = parseInput(placeOrderSchema, input);
  const email = actor ? actor.email : fields.contact.email;
  if (!email) throw new AppError("VALIDATION", "e-mail required", { "contact.email": "checkout.errors.emailRequired" });
  const owner = cartOwnerOf(actor, input.guestToken);
  if (!owner) throw new CheckoutRefusal("CART_EMPTY");

  const db = getDb();
  const cart = await db.cart.findUnique({ where: cartWhere(owner), select: { id: true } });
  if (!cart) throw new CheckoutRefusal("CART_EMPTY");
  const existing = await findPlaced(db, fields.idempotencyKey, actor, cart.id);
  if (existing) return existing;
  // Orders per client address and per buyer (docs/security.md, "Throttles and client addresses"):
  // counted before the transaction, so an attempt refused later (stock, prices) still counts.
  await enforceRateLimits(
    db,
    [
      ...(input.clientAddress ? [rateLimitRule("ordersPerAddress", input.clientAddress)] : []),
      rateLimitRule("ordersPerBuyer", actor ? `user:${actor.id}` : `cart:${cart.id}`),
    ],
    "security.throttle.orders",
  );

  const address = isAddressGiven(fields) ? await resolveDeliveryAddress(actor, fields, fields.contact.name) : null;
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(
        async (tx) => {
          // Submits with the same key queue here, one at a time: the later one finds the order
          // the earlier one placed (rather than racing it for stock and answering "out of stock").
          await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${fields.idempotencyKey}, 0))`;
          return (
            (await findPlaced(tx, fields.idempotencyKey, actor, cart.id)) ??
            (await createOrder(tx, {
              actor,
              owner,
              cartId: cart.id,
              email,
              fields,
              address,
              ambassadorCode: input.ambassadorCode,
            }))
          );
        },
        { maxWait: 20_000, timeout: 20_000 },
      );
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // (Safety net) a concurrent submit with the same key won: its order is the answer.
      const winner = await findPlaced(db, fields.idempotencyKey, actor, cart.id);
      if (winner) return winner;
      if (attempt >= 3) throw error; // (an order number clash, retried with a new number)
    }
  }
}

async function findPlaced(
  db: Prisma.TransactionClient,
  idempotencyKey: string,
  actor: Actor | null,
  cartId: string,
): Promise<PlacedOrder | null> {
  const order = await db.order.findUnique({ where: { idempotencyKey }, select: EXISTING_SELECT });
  if (!order) return null;
  // The key is only a retry token for its own checkout: someone else's key reveals nothing.
  const mine = order.userId ? order.userId === actor?.id : !actor && order.cartId === cartId;
  if (!mine || !order.accessToken)
    throw new AppError("CONFLICT", "idempotency key reused", { form: "checkout.errors.staleForm" });
  return { orderId: order.id, number: order.number, accessToken: order.accessToken };
}

type CreateArgs = {
  actor: Actor | null;
  owner: CartOwner;
  cartId: string;
  email: string;
  fields: PlaceOrderFields;
  /** null when none was given (fine only if every part is click & collect) */
  address: DeliveryAddress | null;
  ambassadorCode: unknown;
};

async function createOrder(
  tx: Prisma.TransactionClient,
  { actor, owner, cartId, email, fields, address, ambassadorCode }: CreateArgs,
): Promise<PlacedOrder> {
  const cart = await loadCart(owner, address ? { lat: address.latitude, lng: address.longitude } : null, tx);
  if (!cart || cart.id !== cartId || cart.lineCount === 0) throw new CheckoutRefusal("CART_EMPTY");
  const totals = computeCheckoutTotals(cart);
  if (totals.deliveryAddressNeeded && !address) throw deliveryAddressRequired();
  // Every shop approved, every product on sale, every part with a delivery method available here.
  const blocker = findCheckoutBlocker(totals);
  if (blocker) throw new CheckoutRefusal(blocker.reason, blocker.names);
  // Every amount must fit its 32-bit column (lib/money/amount-limits.ts): too large an order is
  // refused with its own message, nothing written (docs/security.md, "Correctness at the edges").
  if (
    !orderAmountsFit(
      cart.groups.flatMap((group) => group.lines.map((line) => line.lineAmount)),
      totals.totalAmount,
    )
  )
    throw new AppError("VALIDATION", "order amount over the limit", { form: "security.edges.orderTooLarge" });
  // The address is the delivered parts': a click & collect-only order keeps none.
  const shippingAddress = totals.deliveryAddressNeeded ? address : null;
  if (totals.totalAmount !== fields.expectedTotalAmount) throw new CheckoutRefusal("PRICES_CHANGED");

  const lines = cart.groups.flatMap((group) => group.lines);
  // The held-stock cap (docs/security.md): refused before anything is written.
  await assertHeldStockWithinCap(
    tx,
    { userId: actor?.id ?? null, cartId },
    lines.reduce((units, line) => units + (line.stockAvailable === null ? 0 : line.quantity), 0),
  );
  const context = await loadCommissionContext(
    tx,
    cart.groups.map((g) => g.shopId),
    [...new Set(lines.flatMap((l) => (l.categoryId ? [l.categoryId] : [])))],
  );
  const ambassadorId = await resolveAmbassadorForOrder(tx, ambassadorCode, { userId: actor?.id ?? null, email });
  // Every fee by the one engine (docs/business-models.md, fees). Whether this is one of a shop's
  // commission-free first sales is decided at payment, under the shop's lock.
  const fees = computeOrderFees({
    settings: context.settings,
    ambassador: ambassadorId !== null,
    parts: totals.parts.map((part) => ({
      plan: context.planOf(part.group.shopId),
      lines: part.group.lines.map((line) => ({
        kind: line.kind,
        categoryPath: context.categoryPath(line.categoryId),
        lineAmount: line.lineAmount,
      })),
      deliveryFeeAmount: part.deliveryFeeAmount,
      commissionFree: false,
    })),
  });
  if (fees.totalAmount !== totals.totalAmount)
    throw new Error("placeOrder: the fee engine's total differs from the cart's");

  const now = new Date();
  const accessToken = newOrderAccessToken();
  const order = await tx.order.create({
    data: {
      number: newOrderNumber(now),
      userId: actor?.id ?? null,
      email,
      customerName: fields.contact.name,
      customerPhone: fields.contact.phone ?? shippingAddress?.phone ?? null,
      cartId,
      accessToken,
      termsAcceptedAt: now,
      paymentFeeAmount: fees.paymentFeeAmount,
      currency: context.currency,
      ambassadorId,
      itemsAmount: totals.itemsAmount,
      shippingAmount: totals.shippingAmount,
      totalAmount: totals.totalAmount,
      idempotencyKey: fields.idempotencyKey,
      shippingAddress: shippingAddress ? shippingAddressJson(shippingAddress) : undefined,
      stockReservedUntil: new Date(now.getTime() + STOCK_HOLD_MINUTES * 60_000),
      // A business buyer's company and VAT number, as the account says now (docs/domain.md, business buyer).
      ...(await businessBuyerSnapshot(tx, actor?.id ?? null)),
      // When the money is taken: at checkout, or once the shops accept (docs/domain.md, capture).
      captureMode: await loadCaptureMode(tx),
      // The visible test mode's orders are marked (docs/security.md); throws when no provider may take payment.
      testMode: placedInTestMode(),
      shopOrders: {
        create: totals.parts.map((part, index) => shopOrderData(part, fees.parts[index], context.currency)),
      },
    },
    select: { id: true, number: true },
  });

  // Stock last: the order row above holds the idempotency key, so a duplicate submit waits on it
  // rather than competing for stock. Anything short or repriced rolls everything back.
  const reservation = await reserveStock(
    tx,
    lines.map((l) => ({
      productId: l.productId,
      title: l.title,
      quantity: l.quantity,
      unitPriceAmount: l.unitPriceAmount,
    })),
  );
  if (reservation.short.length > 0) throw new CheckoutRefusal("OUT_OF_STOCK", reservation.short);
  if (reservation.repriced.length > 0) throw new CheckoutRefusal("PRICES_CHANGED", reservation.repriced);

  // "Save this address": into the address book unless it is full (the order goes ahead either way).
  if (fields.saveAddress && actor && shippingAddress && !shippingAddress.savedId)
    await addSavedAddress(tx, actor.id, shippingAddress);
  return { orderId: order.id, number: order.number, accessToken };
}

function shopOrderData(
  part: CheckoutTotals["parts"][number],
  fees: FeePartResult,
  currency: string,
): Prisma.ShopOrderCreateWithoutOrderInput {
  const { group, quote } = part;
  if (!quote) throw new Error(`no delivery quote for shop ${group.shopId}`); // (findCheckoutBlocker ran first)
  return {
    shop: { connect: { id: group.shopId } },
    deliveryMethod: quote.method,
    deliveryFeeAmount: quote.feeAmount,
    postageDue: quote.postageDue,
    itemsAmount: group.itemsAmount,
    commissionAmount: fees.commissionAmount,
    shippingCommissionAmount: fees.shippingCommissionAmount,
    feesVatAmount: fees.feesVatAmount,
    ambassadorShareAmount: fees.ambassadorShareAmount,
    paymentFeeAmount: fees.paymentFeeAmount,
    currency,
    note: group.note,
    lines: {
      create: group.lines.map((line, index) => ({
        product: { connect: { id: line.productId } },
        titleSnapshot: line.title,
        skuSnapshot: line.sku,
        kindSnapshot: line.kind,
        unitPriceAmount: line.unitPriceAmount,
        estimatedPrice: line.estimatedPrice,
        quantity: line.quantity,
        lineAmount: line.lineAmount,
        commissionRateBps: fees.lines[index].rateBps,
        commissionAmount: fees.lines[index].commissionAmount,
        ambassadorShareAmount: fees.lines[index].ambassadorShareAmount,
      })),
    },
  };
}

function shippingAddressJson(address: DeliveryAddress): Prisma.InputJsonValue {
  return {
    name: address.name,
    line1: address.line1,
    line2: address.line2 ?? null,
    postalCode: address.postalCode,
    city: address.city,
    country: address.country,
    latitude: address.latitude,
    longitude: address.longitude,
  };
}
