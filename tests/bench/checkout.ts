// Benchmark (docs/architecture.md#performance-budgets): 200 concurrent checkouts competing for 50
// units of one product, amid ordinary traffic (cart reads, searches, product pages). Each checkout
// is its own guest cart holding the hot product (half of them also a product from a second shop);
// 20 of them are submitted twice at once with the same idempotency key (a double click). Asserts
// and prints: exactly 50 orders placed, the hot product's stock at 0 and never negative, no
// duplicate order, every refusal an OUT_OF_STOCK naming the hot product; then orders per second and
// the p50/p95 of placeOrder. Exits non-zero when anything is oversold, duplicated or unexpected.
//
// Run: `npm run bench:checkout [-- --checkouts 200] [-- --stock 50]`. Uses DATABASE_URL (a migrated,
// disposable database) when set, otherwise a fresh embedded PostgreSQL in .data/bench-checkout
// (port BENCH_PG_PORT, default 5497).
import { randomBytes, randomUUID } from "node:crypto";
import os from "node:os";
import { startEmbeddedPostgres, ensureDatabase, type RunningPostgres } from "../../scripts/embedded-postgres";
import { applyMigrations } from "../../scripts/migrate";

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const CHECKOUTS = option("checkouts", 200);
const STOCK = option("stock", 50);
const DUPLICATES = option("duplicates", 20);
const TRAFFIC_CLIENTS = option("traffic", 8);
const PG_PORT = Number(process.env.BENCH_PG_PORT ?? 5497);

function percentiles(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
  return { p50: at(50), p95: at(95), p99: at(99), max: sorted[sorted.length - 1] ?? 0 };
}
const ms = (n: number) => `${n.toFixed(1).padStart(7)} ms`;

async function main() {
  let embedded: RunningPostgres | undefined;
  if (!process.env.DATABASE_URL) {
    embedded = await startEmbeddedPostgres({ dataDir: ".data/bench-checkout", port: PG_PORT, fresh: true });
    await ensureDatabase(embedded.adminUrl, "halle_bench");
    process.env.DATABASE_URL = embedded.urlFor("halle_bench");
    applyMigrations(process.env.DATABASE_URL);
  }
  // Imported after DATABASE_URL is set (the client is created on first use).
  const { getDb, disconnectDb } = await import("@/lib/db");
  const { placeOrder } = await import("@/lib/orders/place-order");
  const { isCheckoutRefusal } = await import("@/lib/checkout/checkout-refusal");
  const { loadCart } = await import("@/lib/cart/load-cart");
  const { searchProducts } = await import("@/lib/search/search-products");
  const { getPublicProduct } = await import("@/lib/catalog/get-public-product");
  const db = getDb();
  const failures: string[] = [];

  try {
    // ------------------------------------------------------------ the marketplace
    const suffix = randomBytes(4).toString("hex");
    const plan = await db.plan.create({
      data: {
        code: `standard-${suffix}`,
        name: "Standard",
        defaultCommissionBps: 1000,
        commissionRules: { create: [{ productKind: "SERVICE", rateBps: 2000 }] },
      },
    });
    await db.marketplaceSettings.upsert({
      where: { id: 1 },
      create: { id: 1, defaultPlanId: plan.id },
      update: { defaultPlanId: plan.id },
    });
    const vendor = await db.user.create({
      data: { email: `bench-${suffix}@example.test`, name: "Bench", passwordHash: "x", role: "VENDOR" },
    });
    const shopData = (name: string) => ({
      slug: `${name}-${suffix}`,
      name,
      trade: "Épicerie",
      city: "Lyon",
      postalCode: "69001",
      latitude: 45.764,
      longitude: 4.8357,
      ownerId: vendor.id,
      status: "APPROVED" as const,
      clickAndCollect: true,
      postalEnabled: true,
    });
    const hotShop = await db.shop.create({ data: shopData("fromagerie") });
    const otherShop = await db.shop.create({ data: shopData("miellerie") });
    const parcel = await db.shippingClass.create({
      data: { shopId: otherShop.id, name: "Colis", fees: { POSTAL: 690 } },
    });
    const hot = await db.product.create({
      data: {
        shopId: hotShop.id,
        slug: `comte-${suffix}`,
        title: "Comté 24 mois",
        priceAmount: 1890,
        status: "ACTIVE",
        stock: STOCK,
        publishedAt: new Date(),
      },
    });
    const honey = await db.product.create({
      data: {
        shopId: otherShop.id,
        slug: `miel-${suffix}`,
        title: "Miel de lavande",
        priceAmount: 990,
        status: "ACTIVE",
        stock: 1_000_000,
        shippingClassId: parcel.id,
        publishedAt: new Date(),
      },
    });
    const filler = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        db.product.create({
          data: {
            shopId: i % 2 ? hotShop.id : otherShop.id,
            slug: `p${i}-${suffix}`,
            title: `${["Pain", "Fromage", "Miel", "Confiture"][i % 4]} artisanal n°${i}`,
            priceAmount: 300 + i,
            status: "ACTIVE",
            stock: 20,
            publishedAt: new Date(),
          },
        }),
      ),
    );

    // ------------------------------------------------------------ 200 guest carts
    type BenchCart = { id: string; guestToken: string; total: number; key: string };
    const carts: BenchCart[] = [];
    for (let i = 0; i < CHECKOUTS; i++) {
      const withHoney = i % 2 === 0;
      const guestToken = randomBytes(24).toString("base64url");
      const lines = [{ productId: hot.id, quantity: 1 }, ...(withHoney ? [{ productId: honey.id, quantity: 2 }] : [])];
      const choices = [
        { shopId: hotShop.id, deliveryMethod: "CLICK_AND_COLLECT" as const },
        ...(withHoney ? [{ shopId: otherShop.id, deliveryMethod: "POSTAL" as const }] : []),
      ];
      const cart = await db.cart.create({
        data: { guestToken, lines: { create: lines }, shopChoices: { create: choices } },
      });
      carts.push({ id: cart.id, guestToken, total: 1890 + (withHoney ? 2 * 990 + 690 : 0), key: randomUUID() });
    }
    const form = (cart: Omit<BenchCart, "id">) => ({
      guestToken: cart.guestToken,
      idempotencyKey: cart.key,
      contact: { email: "bench@example.test", name: "Client Bench" },
      address: { name: "Client Bench", line1: "1 place Bellecour", postalCode: "69002", city: "Lyon", country: "FR" },
      termsAccepted: true,
      expectedTotalAmount: cart.total,
    });

    // ------------------------------------------------------------ uncontended, for reference
    const warm = await db.product.create({
      data: {
        shopId: otherShop.id,
        slug: `warm-${suffix}`,
        title: "Confiture",
        priceAmount: 650,
        status: "ACTIVE",
        stock: 1000,
        publishedAt: new Date(),
      },
    });
    const sequential: number[] = [];
    for (let i = 0; i < 20; i++) {
      const guestToken = randomBytes(24).toString("base64url");
      await db.cart.create({
        data: {
          guestToken,
          lines: { create: [{ productId: warm.id, quantity: 1 }] },
          shopChoices: { create: [{ shopId: otherShop.id, deliveryMethod: "CLICK_AND_COLLECT" }] },
        },
      });
      const before = performance.now();
      await placeOrder(null, form({ guestToken, total: 650, key: randomUUID() }));
      sequential.push(performance.now() - before);
    }

    // ------------------------------------------------------------ ordinary traffic
    let trafficRunning = true;
    let trafficRequests = 0;
    let minStockSeen = STOCK;
    const traffic = Array.from({ length: TRAFFIC_CLIENTS }, async (_, client) => {
      let n = client;
      while (trafficRunning) {
        n++;
        const kind = n % 4;
        if (kind === 0) await loadCart({ guestToken: carts[n % carts.length].guestToken }, { lat: 45.76, lng: 4.83 });
        else if (kind === 1)
          await searchProducts({
            query: ["fromage", "miel", "pain", "comté"][n % 4],
            near: { latitude: 45.76, longitude: 4.83 },
            radiusKm: 25,
            locale: "fr",
            page: 1,
            pageSize: 24,
          });
        else if (kind === 2) await getPublicProduct(filler[n % filler.length].slug, "fr");
        else {
          const row = await db.product.findUniqueOrThrow({ where: { id: hot.id }, select: { stock: true } });
          minStockSeen = Math.min(minStockSeen, row.stock);
        }
        trafficRequests++;
      }
    });

    // ------------------------------------------------------------ the rush
    type Outcome = { orderId: string | null; ms: number; error?: unknown; cart: number };
    const attempt = async (cart: number): Promise<Outcome> => {
      const started = performance.now();
      try {
        const placed = await placeOrder(null, form(carts[cart]));
        return { orderId: placed.orderId, ms: performance.now() - started, cart };
      } catch (error) {
        return { orderId: null, ms: performance.now() - started, error, cart };
      }
    };
    console.log(
      `${CHECKOUTS} checkouts (+${DUPLICATES} duplicate submits) for ${STOCK} units, ${TRAFFIC_CLIENTS} clients of ordinary traffic; pool ${process.env.DATABASE_POOL_SIZE ?? 10} connections; load ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(" / ")}`,
    );
    const started = performance.now();
    const outcomes = await Promise.all([
      ...carts.map((_, i) => attempt(i)),
      ...Array.from({ length: DUPLICATES }, (_, i) => attempt(i * Math.floor(CHECKOUTS / DUPLICATES))),
    ]);
    const elapsed = (performance.now() - started) / 1000;
    trafficRunning = false;
    await Promise.all(traffic);

    // ------------------------------------------------------------ checks
    const placed = outcomes.filter((o) => o.orderId);
    const refused = outcomes.filter((o) => !o.orderId);
    const distinctOrders = new Set(placed.map((o) => o.orderId));
    const unexpected = refused.filter(
      (o) => !(isCheckoutRefusal(o.error) && o.error.code === "OUT_OF_STOCK" && o.error.names.includes(hot.title)),
    );
    const finalStock = (await db.product.findUniqueOrThrow({ where: { id: hot.id } })).stock;
    const orders = await db.order.count({ where: { cartId: { in: carts.map((c) => c.id) } } });
    const hotSold =
      (await db.orderLine.aggregate({ where: { productId: hot.id }, _sum: { quantity: true } }))._sum.quantity ?? 0;
    const perCart = await db.order.groupBy({
      by: ["cartId"],
      where: { cartId: { in: carts.map((c) => c.id) } },
      _count: { _all: true },
    });
    const duplicatedCarts = perCart.filter((row) => row._count._all > 1).length;
    const honeyStock = (await db.product.findUniqueOrThrow({ where: { id: honey.id } })).stock;
    const honeyOrdered =
      (await db.orderLine.aggregate({ where: { productId: honey.id }, _sum: { quantity: true } }))._sum.quantity ?? 0;
    // Duplicate submits must answer with the same order as their first submit (or both be refused).
    const byCart = new Map<number, Set<string | null>>();
    for (const o of outcomes) byCart.set(o.cart, new Set([...(byCart.get(o.cart) ?? []), o.orderId]));
    const splitAnswers = [...byCart.values()].filter(
      (answers) => answers.size > 1 && [...answers].filter(Boolean).length > 1,
    ).length;

    const check = (ok: boolean, label: string) => {
      console.log(`  ${ok ? "ok  " : "FAIL"} ${label}`);
      if (!ok) failures.push(label);
    };
    console.log("\nResults");
    check(orders === STOCK, `orders placed: ${orders} (expected exactly ${STOCK})`);
    check(distinctOrders.size === STOCK, `distinct orders returned to shoppers: ${distinctOrders.size}`);
    check(hotSold === STOCK, `units of the hot product sold: ${hotSold}`);
    check(finalStock === 0, `hot product stock at the end: ${finalStock}`);
    check(
      minStockSeen >= 0 && finalStock >= 0,
      `hot product stock never negative (lowest seen by the traffic: ${minStockSeen})`,
    );
    check(duplicatedCarts === 0, `carts with more than one order: ${duplicatedCarts}`);
    check(splitAnswers === 0, `duplicate submits answered with another order: ${splitAnswers}`);
    check(
      honeyStock === 1_000_000 - honeyOrdered,
      `second product's stock matches its orders (${honeyOrdered} units ordered)`,
    );
    check(
      unexpected.length === 0,
      `refusals other than OUT_OF_STOCK naming the hot product: ${unexpected.length}${unexpected[0] ? ` (first: ${String(unexpected[0].error)})` : ""}`,
    );
    console.log(`  (${placed.length} successful answers incl. duplicates, ${refused.length} refused OUT_OF_STOCK)`);

    const all = percentiles(outcomes.map((o) => o.ms));
    const ok = percentiles(placed.map((o) => o.ms));
    console.log("\nFigures");
    console.log(`  wall time of the rush          ${elapsed.toFixed(2)} s`);
    console.log(
      `  orders per second              ${(orders / elapsed).toFixed(1)}   (${(outcomes.length / elapsed).toFixed(1)} checkout attempts per second)`,
    );
    console.log(
      `  placeOrder, every attempt      p50 ${ms(all.p50)}   p95 ${ms(all.p95)}   p99 ${ms(all.p99)}   max ${ms(all.max)}   (n=${outcomes.length})`,
    );
    console.log(
      `  placeOrder, orders placed      p50 ${ms(ok.p50)}   p95 ${ms(ok.p95)}   p99 ${ms(ok.p99)}   max ${ms(ok.max)}   (n=${placed.length})`,
    );
    const alone = percentiles(sequential);
    console.log(
      `  placeOrder alone (sequential)  p50 ${ms(alone.p50)}   p95 ${ms(alone.p95)}   max ${ms(alone.max)}   (n=${sequential.length}, for reference)`,
    );
    console.log(
      `  ordinary traffic meanwhile     ${trafficRequests} requests (${(trafficRequests / elapsed).toFixed(0)}/s)`,
    );
  } finally {
    await disconnectDb();
    await embedded?.stop();
  }
  if (failures.length > 0) {
    console.error(`\n${failures.length} check(s) failed`);
    process.exit(1);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
