// Benchmark (docs/architecture.md#performance-budgets): the deadline job (runOrderDeadlines,
// docs/domain.md, deadlines) over a marketplace of 100,000 shop orders in 2,000 shops, 10,000 of
// them past their acceptance deadline. Two workers run the job at the same moment, each in its own
// process with its own connection pool (as two app processes would if the pg-boss singleton were
// bypassed); we print the wall time, parts expired per second, and check that each due part was
// expired exactly once (one EXPIRE event, one Refund, its stock back) and that nothing else moved.
// Exits non-zero when a check fails.
//
// Run: `npm run bench:orders [-- --parts 100000] [-- --shops 2000] [-- --due 10000] [-- --workers 2]
// [-- --batch 200]`. Uses DATABASE_URL (a migrated, disposable database: the data is added to it)
// when set, otherwise a fresh embedded PostgreSQL in .data/bench-orders (port BENCH_PG_PORT,
// default 5498). The data is generated in SQL (INSERT … SELECT generate_series), in seconds.
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import os from "node:os";
import { createInterface } from "node:readline";
import pg from "pg";
import { startEmbeddedPostgres, ensureDatabase, type RunningPostgres } from "../../scripts/embedded-postgres";
import { applyMigrations } from "../../scripts/migrate";

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

const load = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(" / ");

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
     SELECT 'bop' || i, 'operator' || i || '@bench.test', 'Opérateur ' || i, 'x', 'OPERATOR'::"Role", now() FROM generate_series(1, 2) i`,
    [SHOPS, SHOPPERS],
  );
  await run(
    "shops",
    `INSERT INTO "Shop" (id, slug, name, trade, status, "ownerId", city, "postalCode", email, "clickAndCollect",
                         "postalEnabled", "planId", "updatedAt")
     SELECT 'bshop' || i, 'bench-shop-' || i, 'Boutique ' || i, 'Épicerie', 'APPROVED', 'bv' || i, 'Lyon', '69001',
            CASE WHEN i % 2 = 0 THEN 'shop' || i || '@bench.test' END, true, true, 'bench-plan', now()
     FROM generate_series(1, $1) i`,
    [SHOPS],
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
  // life cycle with deadlines in the future.
  await run(
    "plan of the parts (temporary)",
    `CREATE TEMP TABLE bench_part AS
     SELECT i, shop_no, 'bshop' || shop_no AS shop_id, 'bp' || shop_no AS product_id,
            1000 + shop_no % 50 * 100 AS price,
            CASE WHEN i % 3 = 0 THEN 490 ELSE 0 END AS fee,
            (CASE WHEN i % 3 = 0 THEN 'POSTAL' ELSE 'CLICK_AND_COLLECT' END)::"DeliveryMethod" AS method,
            (CASE WHEN i <= $2 THEN 'AWAITING_ACCEPTANCE'
                  ELSE (ARRAY['AWAITING_ACCEPTANCE', 'AWAITING_ACCEPTANCE', 'ACCEPTED', 'ACCEPTED', 'SHIPPED', 'SHIPPED',
                              'DELIVERED', 'CONFIRMED', 'CONFIRMED', 'CANCELLED'])[i % 10 + 1] END)::"ShopOrderStatus" AS status,
            CASE WHEN i <= $2 THEN now_ - interval '3 days' - make_interval(secs => $2 - i)
                 ELSE now_ - make_interval(hours => 1 + i % 20) END AS paid_at,
            now_, 'bs' || ((i - 1) % $4 + 1) AS shopper
     FROM generate_series(1, $1) i
     CROSS JOIN LATERAL (SELECT (i - 1) % $3 + 1 AS shop_no) s
     CROSS JOIN (SELECT ($5::timestamptz AT TIME ZONE 'UTC') AS now_) n`,
    [PARTS, DUE, SHOPS, SHOPPERS, now],
  );
  await run(
    "orders",
    `INSERT INTO "Order" (id, number, "userId", email, "customerName", status, currency, "itemsAmount", "shippingAmount",
                          "totalAmount", "paymentProvider", "paymentReference", "paidAt", "createdAt", "updatedAt")
     SELECT 'bo' || i, 'B-' || lpad(i::text, 7, '0'), shopper, shopper || '@bench.test', 'Client ' || shopper, 'PAID', 'EUR',
            price, fee, price + fee, 'test', 'bench_' || i, paid_at, paid_at, paid_at
     FROM bench_part`,
  );
  await run(
    "shop orders",
    `INSERT INTO "ShopOrder" (id, "orderId", "shopId", status, "deliveryMethod", "deliveryFeeAmount", "itemsAmount",
                              "commissionAmount", currency, "statusChangedAt", "acceptBy", "remindAt",
                              "acceptanceRemindedAt", "shipBy", "deliveredAt", "autoConfirmAt", "createdAt", "updatedAt")
     SELECT 'bso' || i, 'bo' || i, shop_id, status, method, fee, price, price / 10, 'EUR', paid_at,
            CASE WHEN i <= $1 THEN now_ - interval '1 hour' - make_interval(secs => $1 - i)
                 WHEN status = 'AWAITING_ACCEPTANCE' THEN now_ + interval '1 day' ELSE paid_at + interval '2 days' END,
            CASE WHEN i <= $1 THEN now_ - interval '1 day' - make_interval(secs => $1 - i)
                 WHEN status = 'AWAITING_ACCEPTANCE' THEN now_ + interval '12 hours' ELSE paid_at + interval '1 day' END,
            CASE WHEN i <= $1 THEN now_ - interval '1 day' - make_interval(secs => $1 - i) END,
            CASE WHEN status = 'ACCEPTED' THEN now_ + interval '1 day' END,
            CASE WHEN status IN ('DELIVERED', 'CONFIRMED') THEN paid_at END,
            CASE WHEN status = 'DELIVERED' THEN now_ + interval '3 days' END,
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
    // TO BE ADDED BY THE LEAD: the vendor's order list (listShopOrders) over this same data — 2,000
    // shops, about 50 parts each — timed per page, with the storefront's floor for reference (the
    // "floor" of tests/bench/search.ts).
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
