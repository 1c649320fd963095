// Benchmark (docs/architecture.md#performance-budgets): the deadline job (runOrderDeadlines,
// docs/domain.md, deadlines) over a marketplace of 100,000 shop orders in 2,000 shops, 10,000 of
// them past their acceptance deadline. Two workers run the job at the same moment, each in its own
// process with its own connection pool (as two app processes would if the pg-boss singleton were
// bypassed); we print the wall time, parts expired per second, and check that each due part was
// expired exactly once (one EXPIRE event, one Refund, its stock back) and that nothing else moved.
// Exits non-zero when a check fails.
// Then the vendor's order list over the same data, for the big shop (shop 1: 20,000 of the parts,
// every tab filled, customers with real names): listShopOrders called directly by 20 concurrent
// clients over a mix (each tab, its first and last page, searches by customer name and by order
// number: p50/p95/p99 of the wall time, queries per call), EXPLAIN (ANALYZE, BUFFERS) of its count
// and page queries, then GET /dashboard/orders from the built app (`next start`, the vendor signed
// in) beside the storefront's floor (GET /cart, as in tests/bench/search.ts) under the same load.
//
// Run: `npm run bench:orders [-- --parts 100000] [-- --shops 2000] [-- --due 10000] [-- --workers 2]
// [-- --batch 200] [-- --big-shop 20000] [-- --clients 20] [-- --requests 2000] [-- --warmup 200]
// [-- --skip-page]`. Uses DATABASE_URL (a migrated, disposable database: the data is added to it)
// when set, otherwise a fresh embedded PostgreSQL in .data/bench-orders (port BENCH_PG_PORT,
// default 5498). The data is generated in SQL (INSERT … SELECT generate_series), in seconds.
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { createInterface } from "node:readline";
import bcrypt from "bcryptjs";
import pg from "pg";
import { startEmbeddedPostgres, ensureDatabase, type RunningPostgres } from "../../scripts/embedded-postgres";
import { applyMigrations } from "../../scripts/migrate";
import {
  captureQueries,
  cpuCounters,
  cpuShare,
  load,
  percentiles,
  printStats,
  runClients,
  seconds,
  serverCpuMs,
  startApp,
  startCapturing,
  stopApp,
  stopCapturing,
  timed,
} from "./bench-support";

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const PARTS = option("parts", 100_000);
const SHOPS = option("shops", 2_000);
const DUE = option("due", 10_000);
const WORKERS = option("workers", 2);
const BATCH = option("batch", 200);
/** parts at once in each worker (runOrderDeadlines' default when not given) */
const CONCURRENCY = args.includes("--concurrency") ? option("concurrency", 4) : undefined;
const SHOPPERS = 5_000;
const PG_PORT = Number(process.env.BENCH_PG_PORT ?? 5498);
const APP_PORT = Number(process.env.BENCH_PORT ?? 3432);
const CLIENTS = option("clients", 20);
const WARMUP = option("warmup", 200);
const REQUESTS = option("requests", 2_000);
const SKIP_PAGE = args.includes("--skip-page");

// The vendor's order list: one big shop (shop 1, its owner BIG_VENDOR, who can sign in) holds
// BIG_PARTS of the parts, every BIG_STRIDE-th one.
const BIG_PARTS = option("big-shop", 20_000);
const BIG_STRIDE = Math.max(1, Math.round(PARTS / BIG_PARTS));
const BIG_SHOP_ID = "bshop1";
const BIG_VENDOR = { id: "bvbig", email: "big-vendor@bench.test", password: "bench-big-vendor" };
/** the big shop's parts that are not due, by (part / BIG_STRIDE) % 20; the last one is ACCEPTED and already late */
const BIG_STATUSES = [
  "AWAITING_ACCEPTANCE",
  "AWAITING_ACCEPTANCE",
  "AWAITING_ACCEPTANCE",
  "ACCEPTED",
  "ACCEPTED",
  "READY_FOR_PICKUP",
  "SHIPPED",
  "SHIPPED",
  "SHIPPED",
  "DELIVERED",
  "DELIVERED",
  "CONFIRMED",
  "CONFIRMED",
  "CONFIRMED",
  "CONFIRMED",
  "CONFIRMED",
  "RETURN_REQUESTED",
  "REFUSED",
  "CANCELLED",
  "ACCEPTED",
];
const FIRST_NAMES =
  "Camille Léa Manon Chloé Inès Sarah Julie Emma Lucas Hugo Louis Nathan Thomas Antoine Mathieu Julien".split(" ");
const LAST_NAMES =
  "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefebvre Michel Garcia David Bertrand Roux Vincent Fournier Morel Girard André Lefèvre".split(
    " ",
  );
/** the big shop's rarest customer (20 parts) */
const RARE_NAME = "Zoé Kerbrat-Vasseur";

type WorkerResult = {
  report: { expired: number; reminded: number; flaggedLate: number; autoConfirmed: number };
  seconds: number;
};

// ---------------------------------------------------------------- a worker (child process)

/** `--worker <now>`: connects, says "ready", waits for a line on stdin, runs the job once, prints its report. */
async function worker(nowIso: string): Promise<void> {
  const { getDb, disconnectDb } = await import("@/lib/db");
  const { runOrderDeadlines } = await import("@/lib/orders/run-order-deadlines");
  await getDb().$queryRaw`SELECT 1`;
  process.stdout.write("ready\n");
  await once(createInterface({ input: process.stdin }), "line");
  const started = performance.now();
  const report = await runOrderDeadlines(new Date(nowIso), { batchSize: BATCH, concurrency: CONCURRENCY });
  const result: WorkerResult = { report, seconds: (performance.now() - started) / 1000 };
  process.stdout.write(`${JSON.stringify(result)}\n`);
  await disconnectDb();
}

function startWorker(nowIso: string): { child: ChildProcess; ready: Promise<void>; result: Promise<WorkerResult> } {
  const child = spawn(
    "npx",
    [
      "tsx",
      "--conditions=react-server",
      process.argv[1],
      "--worker",
      nowIso,
      "--batch",
      String(BATCH),
      ...(CONCURRENCY === undefined ? [] : ["--concurrency", String(CONCURRENCY)]),
    ],
    { env: process.env, stdio: ["pipe", "pipe", "inherit"] },
  );
  const lines = createInterface({ input: child.stdout! });
  let onReady: () => void;
  let onResult: (result: WorkerResult) => void;
  const ready = new Promise<void>((resolve) => (onReady = resolve));
  const result = new Promise<WorkerResult>((resolve, reject) => {
    onResult = resolve;
    child.on("exit", (code) => reject(new Error(`worker exited with code ${code} before reporting`)));
  });
  lines.on("line", (line) => {
    if (line === "ready") onReady();
    else if (line.startsWith("{")) onResult(JSON.parse(line) as WorkerResult);
  });
  return { child, ready, result };
}

// ---------------------------------------------------------------- the data

async function generate(client: pg.Client, now: string): Promise<void> {
  const run = async (label: string, sql: string, values: unknown[] = []) => {
    const started = performance.now();
    const result = await client.query(sql, values);
    console.log(
      `  ${label.padEnd(34)} ${String(result.rowCount ?? "").padStart(8)} rows  ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
  };
  await run(
    "plan and settings",
    `WITH plan AS (
       INSERT INTO "Plan" (id, code, name, "defaultCommissionBps") VALUES ('bench-plan', 'bench', 'Bench', 1000)
       ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name RETURNING id)
     INSERT INTO "MarketplaceSettings" (id, "defaultPlanId", "updatedAt") SELECT 1, id, now() FROM plan
     ON CONFLICT (id) DO NOTHING`,
  );
  await run(
    "users (vendors, shoppers, operators)",
    `INSERT INTO "User" (id, email, name, "passwordHash", role, "updatedAt")
     SELECT 'bv' || i, 'vendor' || i || '@bench.test', 'Vendeur ' || i, 'x', 'VENDOR'::"Role", now() FROM generate_series(1, $1) i
     UNION ALL
     SELECT 'bs' || i, 'shopper' || i || '@bench.test', 'Client ' || i, 'x', 'SHOPPER'::"Role", now() FROM generate_series(1, $2) i
     UNION ALL
     SELECT 'bop' || i, 'operator' || i || '@bench.test', 'Opérateur ' || i, 'x', 'OPERATOR'::"Role", now() FROM generate_series(1, 2) i
     UNION ALL
     SELECT $3, $4, 'Vendeuse de la grande boutique', $5, 'VENDOR'::"Role", now()`,
    [SHOPS, SHOPPERS, BIG_VENDOR.id, BIG_VENDOR.email, await bcrypt.hash(BIG_VENDOR.password, 10)],
  );
  await run(
    "shops",
    `INSERT INTO "Shop" (id, slug, name, trade, status, "ownerId", city, "postalCode", email, "clickAndCollect",
                         "postalEnabled", "planId", "updatedAt")
     SELECT 'bshop' || i, 'bench-shop-' || i, CASE WHEN i = 1 THEN 'La Grande Boutique' ELSE 'Boutique ' || i END, 'Épicerie',
            'APPROVED', CASE WHEN i = 1 THEN $2 ELSE 'bv' || i END, 'Lyon', '69001',
            CASE WHEN i % 2 = 0 THEN 'shop' || i || '@bench.test' END, true, true, 'bench-plan', now()
     FROM generate_series(1, $1) i`,
    [SHOPS, BIG_VENDOR.id],
  );
  await run(
    "products",
    `INSERT INTO "Product" (id, "shopId", slug, title, "priceAmount", status, "stockTracked", stock, "publishedAt", "updatedAt")
     SELECT 'bp' || i, 'bshop' || i, 'bench-p-' || i, 'Produit ' || i, 1000 + i % 50 * 100, 'ACTIVE', true, 100000, now(), now()
     FROM generate_series(1, $1) i`,
    [SHOPS],
  );
  // One row per part: its shop, amounts, state and instants. The first DUE are past acceptBy (one
  // second apart, so the job's deadline order is well defined); the others are spread over the
  // life cycle with deadlines in the future. Every BIG_STRIDE-th part (BIG_PARTS in all, a fifth of
  // them among the due ones) is in shop 1, the big vendor's, which has every tab of the vendor's list
  // filled (parts late to ship, returns asked for, refused…: none the job would move) and customers
  // with real names (NAMES, for the list's search); the other parts are spread over the other shops.
  await run(
    "plan of the parts (temporary)",
    `CREATE TEMP TABLE bench_part AS
     SELECT i, shop_no, 'bshop' || shop_no AS shop_id, 'bp' || shop_no AS product_id,
            1000 + shop_no % 50 * 100 AS price,
            CASE WHEN i % 3 = 0 THEN 490 ELSE 0 END AS fee,
            (CASE WHEN i % 3 = 0 AND big_status IS DISTINCT FROM 'READY_FOR_PICKUP' THEN 'POSTAL'
                  ELSE 'CLICK_AND_COLLECT' END)::"DeliveryMethod" AS method,
            (CASE WHEN i <= $2 THEN 'AWAITING_ACCEPTANCE'
                  WHEN big_status IS NOT NULL THEN big_status
                  ELSE (ARRAY['AWAITING_ACCEPTANCE', 'AWAITING_ACCEPTANCE', 'ACCEPTED', 'ACCEPTED', 'SHIPPED', 'SHIPPED',
                              'DELIVERED', 'CONFIRMED', 'CONFIRMED', 'CANCELLED'])[i % 10 + 1] END)::"ShopOrderStatus" AS status,
            big_k = 19 AND i > $2 AS late,
            CASE WHEN i <= $2 THEN now_ - interval '3 days' - make_interval(secs => $2 - i)
                 WHEN big_k IS NOT NULL THEN now_ - make_interval(mins => 10 + i % 20000)
                 ELSE now_ - make_interval(hours => 1 + i % 20) END AS paid_at,
            now_, 'bs' || ((i - 1) % $4 + 1) AS shopper,
            CASE WHEN big_k IS NOT NULL
                 THEN CASE WHEN (i / $6) % 1000 = 7 THEN $8
                           ELSE ($9::text[])[(i / $6) % cardinality($9::text[]) + 1] || ' '
                                || ($10::text[])[(i / $6 / 7) % cardinality($10::text[]) + 1] END
                 ELSE 'Client bs' || ((i - 1) % $4 + 1) END AS customer
     FROM generate_series(1, $1) i
     CROSS JOIN LATERAL (SELECT CASE WHEN i % $6 = 0 THEN (i / $6) % 20 END AS big_k) b
     CROSS JOIN LATERAL (SELECT CASE WHEN big_k IS NOT NULL THEN 1 ELSE (i - 1) % ($3 - 1) + 2 END AS shop_no,
                                ($7::text[])[big_k + 1] AS big_status) s
     CROSS JOIN (SELECT ($5::timestamptz AT TIME ZONE 'UTC') AS now_) n`,
    [PARTS, DUE, SHOPS, SHOPPERS, now, BIG_STRIDE, BIG_STATUSES, RARE_NAME, FIRST_NAMES, LAST_NAMES],
  );
  await run(
    "orders",
    `INSERT INTO "Order" (id, number, "userId", email, "customerName", status, currency, "itemsAmount", "shippingAmount",
                          "totalAmount", "paymentProvider", "paymentReference", "paidAt", "createdAt", "updatedAt")
     SELECT 'bo' || i, 'B-' || lpad(i::text, 7, '0'), shopper, shopper || '@bench.test', customer, 'PAID', 'EUR',
            price, fee, price + fee, 'test', 'bench_' || i, paid_at, paid_at, paid_at
     FROM bench_part`,
  );
  await run(
    "shop orders",
    `INSERT INTO "ShopOrder" (id, "orderId", "shopId", status, "deliveryMethod", "deliveryFeeAmount", "itemsAmount",
                              "commissionAmount", currency, "statusChangedAt", "acceptBy", "remindAt",
                              "acceptanceRemindedAt", "shipBy", "lateFlaggedAt", "deliveredAt", "autoConfirmAt", "returnBy",
                              "createdAt", "updatedAt")
     SELECT 'bso' || i, 'bo' || i, shop_id, status, method, fee, price, price / 10, 'EUR', paid_at,
            CASE WHEN i <= $1 THEN now_ - interval '1 hour' - make_interval(secs => $1 - i)
                 WHEN status = 'AWAITING_ACCEPTANCE' THEN now_ + interval '1 day' ELSE paid_at + interval '2 days' END,
            CASE WHEN i <= $1 THEN now_ - interval '1 day' - make_interval(secs => $1 - i)
                 WHEN status = 'AWAITING_ACCEPTANCE' THEN now_ + interval '12 hours' ELSE paid_at + interval '1 day' END,
            CASE WHEN i <= $1 THEN now_ - interval '1 day' - make_interval(secs => $1 - i) END,
            CASE WHEN late THEN now_ - interval '2 hours' WHEN status = 'ACCEPTED' THEN now_ + interval '1 day' END,
            CASE WHEN late THEN now_ - interval '1 hour' END,
            CASE WHEN status IN ('DELIVERED', 'CONFIRMED', 'RETURN_REQUESTED') THEN paid_at END,
            CASE WHEN status = 'DELIVERED' THEN now_ + interval '3 days' END,
            CASE WHEN status = 'RETURN_REQUESTED' THEN now_ + interval '10 days' END,
            paid_at, paid_at
     FROM bench_part`,
    [DUE],
  );
  await run(
    "order lines",
    `INSERT INTO "OrderLine" (id, "shopOrderId", "productId", "titleSnapshot", "kindSnapshot", "unitPriceAmount", quantity,
                              "lineAmount", "commissionRateBps", "commissionAmount")
     SELECT 'bl' || i, 'bso' || i, product_id, 'Produit ' || shop_no, 'PHYSICAL', price, 1, price, 1000, price / 10
     FROM bench_part`,
  );
  await run(
    "sale ledger entries",
    `INSERT INTO "LedgerEntry" (id, "shopId", "shopOrderId", type, amount, currency, memo, "createdAt")
     SELECT 'ble' || i || '-' || e.type, shop_id, 'bso' || i, e.type::"LedgerEntryType", e.amount, 'EUR', 'B-' || lpad(i::text, 7, '0'), paid_at
     FROM bench_part
     CROSS JOIN LATERAL (VALUES ('SALE', price), ('SHIPPING', fee), ('COMMISSION', -(price / 10))) e(type, amount)
     WHERE e.amount <> 0`,
  );
  await run("analyze", "ANALYZE");
}

// ---------------------------------------------------------------- the vendor's order list

type ListQuery = { tab?: string; q?: string; page?: number };

/** What the vendor opens: each tab, its first page and its last (page 10,000 is clamped to the last), and searches. */
function listMix(): { label: string; query: ListQuery }[] {
  const tabs = ["all", "toAccept", "toPrepare", "inTransit", "done", "cancelled", "problems"];
  const big = (n: number) => `B-${String(n * BIG_STRIDE).padStart(7, "0")}`;
  return [
    ...tabs.flatMap((tab) => [
      { label: `${tab}, page 1`, query: { tab, page: 1 } },
      { label: `${tab}, last page`, query: { tab, page: 10_000 } },
    ]),
    { label: "search « Dubois »", query: { q: "Dubois" } },
    { label: "search « Dubois », last page", query: { q: "Dubois", page: 10_000 } },
    { label: "search « Dubois », to accept", query: { tab: "toAccept", q: "Dubois" } },
    { label: `search « ${RARE_NAME.split(" ")[1]} »`, query: { q: RARE_NAME.split(" ")[1] } },
    { label: `search « ${big(12_345)} » (number)`, query: { q: big(12_345) } },
    { label: `search « ${big(12_345).slice(0, 7)} » (number)`, query: { q: big(12_345).slice(0, 7) } },
  ];
}

/** `count` items cycling through the mix, in a shuffled (fixed) order. */
function spread<T>(mix: T[], count: number, seed: number): T[] {
  const items = Array.from({ length: count }, (_, i) => mix[i % mix.length]);
  let state = seed;
  for (let i = items.length - 1; i > 0; i--) {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    const j = state % (i + 1);
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

function listUrl(query: ListQuery): string {
  const params = new URLSearchParams();
  if (query.tab && query.tab !== "all") params.set("tab", query.tab);
  if (query.q) params.set("q", query.q);
  if (query.page && query.page > 1) params.set("page", String(query.page));
  const text = params.toString();
  return `http://localhost:${APP_PORT}/dashboard/orders${text ? `?${text}` : ""}`;
}

/** Signs BIG_VENDOR in through next-auth's credentials callback; returns the Cookie header of the session. */
async function signIn(): Promise<string> {
  const base = `http://localhost:${APP_PORT}`;
  const cookies = new Map<string, string>();
  const keep = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const at = pair.indexOf("=");
      cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
  };
  const header = () => [...cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  const csrf = await fetch(`${base}/api/auth/csrf`);
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const callback = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: header() },
    body: new URLSearchParams({
      csrfToken,
      email: BIG_VENDOR.email,
      password: BIG_VENDOR.password,
      callbackUrl: `${base}/dashboard/orders`,
      json: "true",
    }),
  });
  keep(callback);
  await callback.text();
  if (![...cookies.keys()].some((name) => name.endsWith("next-auth.session-token")))
    throw new Error(`sign-in failed: ${callback.status}, no session cookie`);
  return header();
}

async function orderList(client: pg.Client, databaseUrl: string): Promise<void> {
  const shop = (
    await client.query<{ parts: number; owner: string }>(
      `SELECT count(*)::int AS parts, min(s."ownerId") AS owner FROM "ShopOrder" so JOIN "Shop" s ON s.id = so."shopId"
       WHERE so."shopId" = $1`,
      [BIG_SHOP_ID],
    )
  ).rows[0];
  console.log(
    `\nThe vendor's order list (listShopOrders, lib/orders/list-shop-orders.ts): shop ${BIG_SHOP_ID} with ${shop.parts} parts, owned by ${shop.owner}; ${CLIENTS} concurrent clients`,
  );
  captureQueries();
  const { listShopOrders } = await import("@/lib/orders/list-shop-orders");
  const { disconnectDb } = await import("@/lib/db");
  const actor = { id: BIG_VENDOR.id, role: "VENDOR" as const, name: "Vendeuse", email: BIG_VENDOR.email };
  const mix = listMix();
  let app: ChildProcess | undefined;
  try {
    // a. The domain function, called directly.
    console.log(
      `  connection pool: ${process.env.DATABASE_POOL_SIZE ?? "10 (the app's default)"} (DATABASE_POOL_SIZE)`,
    );
    console.log("  the mix (one client, each once): rows on the page, total in the tab, pages");
    for (const { label, query } of mix) {
      const { result, wallMs, queries } = await timed(() => listShopOrders(actor, BIG_SHOP_ID, query));
      console.log(
        `    ${label.padEnd(34)} ${String(result.rows.length).padStart(3)} rows, total ${String(result.total).padStart(6)}, page ${result.page}/${result.pageCount}, ${wallMs.toFixed(1)} ms, ${queries} queries`,
      );
    }
    const warm = performance.now();
    await runClients(spread(mix, WARMUP, 1), CLIENTS, ({ query }) => listShopOrders(actor, BIG_SHOP_ID, query));
    console.log(`  warm-up: ${WARMUP} calls in ${seconds(warm)}`);
    const items = spread(mix, REQUESTS, 2);
    const cpu = cpuCounters();
    const run = performance.now();
    const measured = await runClients(items, CLIENTS, async (item) => ({
      label: item.label,
      ...(await timed(() => listShopOrders(actor, BIG_SHOP_ID, item.query))),
    }));
    const elapsed = (performance.now() - run) / 1000;
    console.log(`  ${REQUESTS} calls in ${elapsed.toFixed(1)} s (${(REQUESTS / elapsed).toFixed(0)} calls/s)`);
    console.log(`  the machine's CPUs during the run: ${cpuShare(cpu, cpuCounters())}`);
    printStats(
      "listShopOrders wall time",
      measured.map((m) => m.wallMs),
    );
    printStats(
      "  of which in the database",
      measured.map((m) => m.dbMs),
    );
    const queries = measured.map((m) => m.queries);
    console.log(
      `  queries per call: mean ${(queries.reduce((a, b) => a + b, 0) / queries.length).toFixed(2)}, min ${Math.min(...queries)}, max ${Math.max(...queries)} (the shop, the tab counts, the page and its relations)`,
    );
    console.log("  by kind (under the same load):");
    for (const { label } of mix) {
      const times = measured.filter((m) => m.label === label).map((m) => m.wallMs);
      const s = percentiles(times);
      console.log(
        `    ${label.padEnd(34)} p50 ${s.p50.toFixed(1).padStart(6)} ms   p95 ${s.p95.toFixed(1).padStart(6)} ms   (n=${times.length})`,
      );
    }

    // b. EXPLAIN (ANALYZE, BUFFERS) of the count query and the page query.
    for (const { label, query } of [mix[1], mix.find((m) => m.query.q === "Dubois")!]) {
      startCapturing();
      await listShopOrders(actor, BIG_SHOP_ID, query);
      await new Promise((resolve) => setTimeout(resolve, 50));
      const sent = stopCapturing();
      console.log(`\n  EXPLAIN (ANALYZE, BUFFERS) — ${label}: ${sent.length} queries sent`);
      for (const q of sent)
        console.log(`    ${q.ms.toFixed(1).padStart(6)} ms  ${q.text.replace(/\s+/g, " ").slice(0, 150)}`);
      const count = sent.find((q) => q.text.includes("AS unfiltered"));
      const page = sent.find((q) => /FROM "public"\."ShopOrder"/.test(q.text) && /OFFSET|LIMIT/.test(q.text));
      for (const [name, q] of [
        ["count query", count],
        ["page query", page],
      ] as const) {
        if (!q) {
          console.log(`  ${name}: not found among the queries sent`);
          continue;
        }
        const plan = (
          await client.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${q.text}`, q.values)
        ).rows
          .map((r) => r["QUERY PLAN"])
          .join("\n");
        console.log(`  ${name} (parameters ${JSON.stringify(q.values)}):`);
        console.log(
          `${q.text
            .split("\n")
            .map((line) => `      ${line}`)
            .join("\n")}`,
        );
        console.log(
          plan
            .split("\n")
            .map((line) => `    ${line}`)
            .join("\n"),
        );
        const indexes = [
          ...plan.matchAll(/(?:Index(?: Only)? Scan(?: Backward)? using|Bitmap Index Scan on) (\S+)/g),
        ].map((m) => m[1]);
        const seqScans = [...plan.matchAll(/Seq Scan on (\S+)/g)].map((m) => m[1]);
        console.log(`    indexes used: ${indexes.length ? [...new Set(indexes)].join(", ") : "none"}`);
        console.log(`    sequential scans: ${seqScans.length ? [...new Set(seqScans)].join(", ") : "none"}`);
      }
    }

    // c. The page, from the built app, beside the storefront's floor (an empty cart).
    if (SKIP_PAGE) {
      console.log("\n  page: skipped (--skip-page)");
      return;
    }
    console.log(
      `\n  GET /dashboard/orders from the built app (next start on port ${APP_PORT}), ${CLIENTS} concurrent clients`,
    );
    const started = performance.now();
    app = await startApp(databaseUrl, { port: APP_PORT, filesDir: ".data/bench-orders-files", readyPath: "/cart" });
    console.log(`  app answering after ${seconds(started)}`);
    const cookie = await signIn();
    const get = async (url: string, headers: Record<string, string>) => {
      const t0 = performance.now();
      const response = await fetch(url, { headers, redirect: "manual" });
      const body = await response.text();
      if (response.status !== 200) throw new Error(`GET ${url} → ${response.status}`);
      return { ms: performance.now() - t0, bytes: body.length, body };
    };
    const first = await get(listUrl({}), { cookie });
    if (!first.body.includes("La Grande Boutique") || !first.body.includes("B-00"))
      throw new Error("the order list page does not show the big shop's orders");
    const loadPages = async (label: string, urls: string[], headers: Record<string, string>) => {
      await runClients(urls.slice(0, WARMUP), CLIENTS, (url) => get(url, headers));
      const cpuBefore = serverCpuMs(app!);
      const machine = cpuCounters();
      const t0 = performance.now();
      const pages = await runClients(urls.slice(WARMUP), CLIENTS, (url) => get(url, headers));
      const elapsed = (performance.now() - t0) / 1000;
      const cpuAfter = serverCpuMs(app!);
      console.log(
        `\n  ${label}: ${pages.length} requests in ${elapsed.toFixed(1)} s (${(pages.length / elapsed).toFixed(0)} requests/s), median page ${(percentiles(pages.map((p) => p.bytes)).p50 / 1024).toFixed(0)} KB`,
      );
      console.log(`  the machine's CPUs during the run: ${cpuShare(machine, cpuCounters())}`);
      if (cpuBefore !== null && cpuAfter !== null)
        console.log(`  server (Node) CPU per page: ${((cpuAfter - cpuBefore) / pages.length).toFixed(1)} ms`);
      printStats(
        label,
        pages.map((p) => p.ms),
      );
    };
    await loadPages(
      "vendor's order list",
      spread(mix, WARMUP + REQUESTS, 3).map(({ query }) => listUrl(query)),
      { cookie },
    );
    await loadPages(
      "empty cart page (floor)",
      Array.from({ length: WARMUP + REQUESTS }, () => `http://localhost:${APP_PORT}/cart`),
      {},
    );
  } finally {
    if (app) await stopApp(app);
    await disconnectDb();
  }
}

// ---------------------------------------------------------------- the run

async function main(): Promise<void> {
  let embedded: RunningPostgres | undefined;
  if (!process.env.DATABASE_URL) {
    embedded = await startEmbeddedPostgres({ dataDir: ".data/bench-orders", port: PG_PORT, fresh: true });
    await ensureDatabase(embedded.adminUrl, "halle_bench");
    process.env.DATABASE_URL = embedded.urlFor("halle_bench");
    applyMigrations(process.env.DATABASE_URL);
  }
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  const failures: string[] = [];
  const workers: ChildProcess[] = [];
  try {
    const now = new Date().toISOString();
    console.log(`Generating ${PARTS} shop orders over ${SHOPS} shops, ${DUE} past their acceptance deadline`);
    const generation = performance.now();
    await generate(client, now);
    console.log(`  (${((performance.now() - generation) / 1000).toFixed(1)} s in all)`);

    const count = async (sql: string, values: unknown[] = []) =>
      Number((await client.query<{ n: string }>(sql, values)).rows[0].n);
    const stockBefore = await count(`SELECT sum(stock) AS n FROM "Product" WHERE id LIKE 'bp%'`);

    // ------------------------------------------------------------ the deadline job, two workers at once
    console.log(`\nStarting ${WORKERS} workers (one process and one connection pool each); load ${load()}`);
    const started = Array.from({ length: WORKERS }, () => startWorker(now));
    workers.push(...started.map((w) => w.child));
    await Promise.all(started.map((w) => w.ready));
    const runStarted = performance.now();
    for (const w of started) w.child.stdin!.write("go\n");
    const results = await Promise.all(started.map((w) => w.result));
    const elapsed = (performance.now() - runStarted) / 1000;

    // ------------------------------------------------------------ checks
    const check = (ok: boolean, label: string) => {
      console.log(`  ${ok ? "ok  " : "FAIL"} ${label}`);
      if (!ok) failures.push(label);
    };
    const due = `SELECT id FROM "ShopOrder" WHERE id LIKE 'bso%' AND substring(id from 4)::int <= ${DUE}`;
    const expiredByWorkers = results.reduce((sum, r) => sum + r.report.expired, 0);
    const expired = await count(`SELECT count(*) AS n FROM "ShopOrder" WHERE id IN (${due}) AND status = 'EXPIRED'`);
    const eventsOff = await count(
      `SELECT count(*) AS n FROM (${due}) d
       LEFT JOIN (SELECT "shopOrderId", count(*) AS c FROM "ShopOrderEvent" WHERE action = 'EXPIRE' GROUP BY 1) e
         ON e."shopOrderId" = d.id
       WHERE coalesce(e.c, 0) <> 1`,
    );
    const refundsOff = await count(
      `SELECT count(*) AS n FROM (${due}) d
       LEFT JOIN (SELECT "shopOrderId", count(*) AS c FROM "Refund" GROUP BY 1) r ON r."shopOrderId" = d.id
       WHERE coalesce(r.c, 0) <> 1`,
    );
    const refundsTotal = await count(`SELECT count(*) AS n FROM "Refund"`);
    const refundedRight = await count(
      `SELECT count(*) AS n FROM "Refund" r JOIN "ShopOrder" s ON s.id = r."shopOrderId"
       WHERE r.amount = s."itemsAmount" + s."deliveryFeeAmount" AND s."refundedAmount" = r.amount AND r.status = 'PENDING'`,
    );
    const otherEvents = await count(`SELECT count(*) AS n FROM "ShopOrderEvent" WHERE "shopOrderId" NOT IN (${due})`);
    const stockAfter = await count(`SELECT sum(stock) AS n FROM "Product" WHERE id LIKE 'bp%'`);
    const refundEntries = await count(`SELECT count(*) AS n FROM "LedgerEntry" WHERE type = 'REFUND'`);
    const emails = await count(`SELECT count(*) AS n FROM "EmailMessage"`);

    console.log("\nResults");
    check(expiredByWorkers === DUE, `parts expired as reported by the workers: ${expiredByWorkers} (expected ${DUE})`);
    check(expired === DUE, `due parts now EXPIRED: ${expired}`);
    check(eventsOff === 0, `due parts without exactly one EXPIRE event: ${eventsOff}`);
    check(
      refundsOff === 0 && refundsTotal === DUE,
      `due parts without exactly one Refund: ${refundsOff} (${refundsTotal} refunds)`,
    );
    check(refundedRight === DUE, `refunds of the full amount paid, PENDING, refundedAmount matching: ${refundedRight}`);
    check(refundEntries === DUE, `REFUND ledger entries: ${refundEntries}`);
    check(stockAfter - stockBefore === DUE, `units of stock given back: ${stockAfter - stockBefore}`);
    check(otherEvents === 0, `events on parts that were not due: ${otherEvents}`);
    console.log(`  (${emails} e-mails queued: shopper and shop for each expired part)`);

    console.log("\nFigures");
    console.log(`  wall time, ${WORKERS} workers at once      ${elapsed.toFixed(2)} s`);
    console.log(`  parts expired per second           ${(DUE / elapsed).toFixed(0)}`);
    for (const [i, r] of results.entries())
      console.log(
        `  worker ${i + 1}                           expired ${String(r.report.expired).padStart(6)} in ${r.seconds.toFixed(2)} s`,
      );
    console.log(`  load at the end                    ${load()}`);

    // ------------------------------------------------------------ the vendor order list
    await orderList(client, process.env.DATABASE_URL!);
  } finally {
    for (const child of workers) if (child.exitCode === null) child.kill();
    await client.end();
    await embedded?.stop();
  }
  if (failures.length > 0) {
    console.error(`\n${failures.length} check(s) failed`);
    process.exit(1);
  }
}

if (args[0] === "--worker") {
  worker(args[1]).catch((error) => {
    console.error(error);
    process.exit(1);
  });
} else {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
