// Query plans over the ledger `npm run bench:payouts` leaves behind (docs/scaling.md, growing past
// this: partitioning the ledger): the SQL of the release pass, the payout run and the vendor's money
// pages (balances, ledger, statements) and the operator's monthly figures, captured as the app sends
// it, then each statement run again under EXPLAIN (ANALYZE, BUFFERS) — writes inside a transaction
// rolled back — printing its time, the 8 kB buffers it touched and how it reads LedgerEntry (index or
// whole table). The state measured is the steady one: everything the bench wrote is settled, and
// each shop has 2 new sales to release and pay on the 25th of February 2027.
//
// `--index`: the same month queries with an index on LedgerEntry ("createdAt"), then dropped.
// `--partition`: a copy of LedgerEntry partitioned by month of createdAt ("LedgerEntryByMonth",
// same rows, same indexes, the primary key (id, createdAt)), and the same statements on it.
// The database is changed (the new sales, paid; the copy), so run the bench again before timing it.
//
// `--as-is` (after `bench:payouts --generate-only`): nothing released or paid yet, read-only
// statements only; with `--sorted`, the month queries on a copy in time order indexed on createdAt.
//
// Run after the bench (its data folder is kept), e.g. at 10×:
//   npm run bench:payouts -- --parts 995 --months 24 --generate-only
//   npx tsx --conditions=react-server tests/bench/payouts-plans.ts --as-is --index --partition --sorted
// with --data and BENCH_PG_PORT as for the bench (default .data/bench-payouts, 5494); the plans in
// short go to --out (default .data/payouts-plans.txt).
import { writeFileSync, appendFileSync } from "node:fs";
import pg from "pg";
import { startEmbeddedPostgres, type RunningPostgres } from "../../scripts/embedded-postgres";
import { captureQueries, startCapturing, stopCapturing, type CapturedQuery } from "./bench-support";

const args = process.argv.slice(2);
const value = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : fallback;
};
const DATA_DIR = value("data", ".data/bench-payouts");
const OUT = value("out", ".data/payouts-plans.txt");
const WITH_INDEX = args.includes("--index");
const WITH_PARTITIONS = args.includes("--partition");
/**
 * `--as-is`: the database as `bench:payouts --generate-only` leaves it (nothing released or paid
 * yet), read only: the money pages, the months, and the run's per-shop sums and the release pass's
 * held entries as two SELECTs of their own.
 */
const AS_IS = args.includes("--as-is");
/** `--sorted` (with --as-is): the month queries on a copy in createdAt order with an index on createdAt */
const WITH_SORTED = args.includes("--sorted");
const PG_PORT = Number(process.env.BENCH_PG_PORT ?? 5494);

/** the run of the 25th of February 2027, 09:00 in Paris; the new sales were delivered on the 1st */
const RUN = new Date("2027-02-25T09:00:00+01:00");
const PERIOD = "2027-02-25";
const NEW_PARTS = 2;
/** the new parts' ids, by the primary keys (a LIKE would read every part and entry) */
const NEW_PART_IDS = `SELECT 'bpf' || substr(s.id, 7) || '-' || k FROM "Shop" s
  CROSS JOIN generate_series(1, ${NEW_PARTS}) k WHERE s.id LIKE 'bpshop%'`;
const owner = { id: "bpv1", role: "VENDOR" as const, name: "Vendeur 1", email: "payouts-vendor1@bench.test" };
const operator = { id: "bench-operator", role: "OPERATOR" as const, name: "Operator", email: "operator@bench.test" };

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const since = (at: number) => `${((performance.now() - at) / 1000).toFixed(1)} s`;

type PlanNode = {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  "Actual Rows"?: number;
  "Actual Loops"?: number;
  "Shared Hit Blocks"?: number;
  "Shared Read Blocks"?: number;
  "Actual Total Time"?: number;
  "Index Cond"?: string;
  "Recheck Cond"?: string;
  Filter?: string;
  Plans?: PlanNode[];
};

/** The plan as indented lines (what EXPLAIN's text format shows, in short), for OUT. */
function planLines(node: PlanNode, depth = 0): string[] {
  const line =
    `${"  ".repeat(depth)}${node["Node Type"]}${node["Index Name"] ? ` using ${node["Index Name"]}` : ""}` +
    `${node["Relation Name"] ? ` on ${node["Relation Name"]}` : ""}  (rows=${Math.round(node["Actual Rows"] ?? 0)} ` +
    `loops=${node["Actual Loops"] ?? 1} time=${(node["Actual Total Time"] ?? 0).toFixed(1)} ms ` +
    `hit=${node["Shared Hit Blocks"] ?? 0} read=${node["Shared Read Blocks"] ?? 0})`;
  const conditions = (["Index Cond", "Recheck Cond", "Filter"] as const)
    .filter((key) => node[key])
    .map((key) => `${"  ".repeat(depth + 2)}${key}: ${node[key]}`);
  return [line, ...conditions, ...(node.Plans ?? []).flatMap((child) => planLines(child, depth + 1))];
}

/** How a plan reads the ledger: each scan of LedgerEntry (or of one of its partitions), with its rows. */
function ledgerScans(node: PlanNode, into: Map<string, { count: number; rows: number }> = new Map()) {
  if (node["Relation Name"]?.startsWith("LedgerEntry")) {
    const partitioned = node["Relation Name"].startsWith("LedgerEntryByMonth_");
    const index = node["Index Name"]?.replace(/^LedgerEntry(ByMonth_\d+_\d+)?_/, "");
    const key = `${node["Node Type"]}${index ? ` ${index}` : ""}${partitioned ? " (partition)" : ""}`;
    const seen = into.get(key) ?? { count: 0, rows: 0 };
    seen.count += 1;
    seen.rows += (node["Actual Rows"] ?? 0) * (node["Actual Loops"] ?? 1);
    into.set(key, seen);
  }
  for (const child of node.Plans ?? []) ledgerScans(child, into);
  return into;
}

const SKIPPED = /^\s*(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|SET|DEALLOCATE|SHOW)\b|pg_advisory/i;

async function main(): Promise<void> {
  const embedded: RunningPostgres = await startEmbeddedPostgres({ dataDir: DATA_DIR, port: PG_PORT });
  process.env.DATABASE_URL = embedded.urlFor("halle_bench");
  captureQueries();
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  writeFileSync(OUT, `Plans of ${DATA_DIR}, ${new Date().toISOString()}\n`);
  const { disconnectDb } = await import("@/lib/db");
  try {
    const total = Number((await client.query(`SELECT count(*) AS n FROM "LedgerEntry"`)).rows[0].n);
    console.log(`LedgerEntry: ${total.toLocaleString("en")} rows`);
    await printSizes(client, "LedgerEntry");
    const months = (
      await client.query(`SELECT count(DISTINCT date_trunc('month', "createdAt")) AS n FROM "LedgerEntry"`)
    ).rows[0].n;
    const settings = await client.query(
      `SELECT current_setting('shared_buffers') AS sb, current_setting('work_mem') AS wm`,
    );
    console.log(
      `  months with entries: ${months}; shared_buffers ${settings.rows[0].sb}, work_mem ${settings.rows[0].wm}`,
    );

    let started = performance.now();
    if (AS_IS) {
      await client.query(`VACUUM ANALYZE "LedgerEntry", "ShopOrder"`);
      console.log(`VACUUM ANALYZE: ${since(started)}`);
      await printSizes(client, "LedgerEntry");
      await asIs(client);
      return;
    }
    await newSales(client);
    console.log(`\n${NEW_PARTS} new sales per shop (held, delivered on the 1st of February): ${since(started)}`);

    // The release pass: captured, undone, explained, then done for real.
    const { releaseHeldFunds } = await import("@/lib/payouts/release-held-funds");
    startCapturing();
    started = performance.now();
    const released = await releaseHeldFunds(RUN);
    const releaseTook = since(started);
    const releaseQueries = stopCapturing();
    console.log(`release pass: ${released.entries} entries in ${releaseTook}`);
    await client.query(`UPDATE "ShopOrder" SET "fundsAvailableAt" = NULL WHERE id IN (${NEW_PART_IDS})`);
    await client.query(`UPDATE "LedgerEntry" SET "availableAt" = NULL WHERE "shopOrderId" IN (${NEW_PART_IDS})`);
    await client.query(`VACUUM ANALYZE "ShopOrder", "LedgerEntry"`);
    const release = await explainAll(client, "release pass", releaseQueries);
    await releaseHeldFunds(RUN);

    // The payout run: captured, undone, explained.
    const { runPayouts } = await import("@/lib/payouts/run-payouts");
    startCapturing();
    started = performance.now();
    const report = await runPayouts(RUN);
    const runTook = since(started);
    const runQueries = stopCapturing();
    console.log(`payout run: ${report.shopPayouts} payouts in ${runTook}`);
    await undoRun(client);
    const run = await explainAll(client, "payout run", runQueries);

    // What the vendor reads (the run undone: the new sales are available, unsettled).
    const { getVendorMoney } = await import("@/lib/payouts/vendor-money");
    const { listLedgerEntries } = await import("@/lib/payouts/list-ledger-entries");
    const { getMonthlyStatement, listStatementMonths } = await import("@/lib/statements/monthly-statement");
    const { getMarketplaceMoney } = await import("@/lib/payouts/admin-money");
    const pageNow = new Date(RUN.getTime() + 60 * 60_000);
    const capture = async (work: () => Promise<unknown>) => {
      await work();
      startCapturing();
      await work();
      return stopCapturing();
    };
    const money = await explainAll(
      client,
      "money page, shop 1",
      await capture(() => getVendorMoney(owner, "bpshop1", { now: pageNow })),
    );
    const moneySmall = await explainAll(
      client,
      "money page, shop 2",
      await capture(() => getVendorMoney({ ...owner, id: "bpv2" }, "bpshop2", { now: pageNow })),
    );
    const ledger = await explainAll(
      client,
      "ledger page 1, shop 1",
      await capture(() => listLedgerEntries(owner, "bpshop1", { now: pageNow })),
    );
    const statement = await explainAll(
      client,
      "statement 2026-11, shop 1",
      await capture(async () => {
        await getMonthlyStatement(owner, "bpshop1", "2026-11");
        await listStatementMonths(owner, "bpshop1");
      }),
    );
    const { periodBounds } = await import("@/lib/statements/statement-arithmetic");
    const invoiceBounds = periodBounds("2026-11");
    const monthQueries: CapturedQuery[] = [
      ...(await capture(() => getMarketplaceMoney(operator, { period: "2026-11", now: RUN }))),
      // issueMonthlyInvoices' sums (lib/statements/issue-invoices.ts), for November
      {
        text: `SELECT "shopId",
             COALESCE(SUM("amount") FILTER (WHERE "type" = 'COMMISSION'), 0) AS commission,
             COALESCE(SUM("amount") FILTER (WHERE "type" = 'FEE_VAT'), 0) AS "feeVat",
             COALESCE(SUM("amount") FILTER (WHERE "type" = 'PAYMENT_FEE'), 0) AS "paymentFee"
        FROM "LedgerEntry"
       WHERE "createdAt" >= $1 AND "createdAt" < $2
         AND "type" IN ('COMMISSION', 'FEE_VAT', 'PAYMENT_FEE')
       GROUP BY "shopId"`,
        values: [invoiceBounds.start, invoiceBounds.end],
        ms: 0,
      },
    ];
    const monthly = await explainAll(client, "operator's months and invoices", monthQueries);

    if (WITH_INDEX) {
      started = performance.now();
      await client.query(`CREATE INDEX "LedgerEntry_bench_createdAt_idx" ON "LedgerEntry" ("createdAt")`);
      await client.query(`ANALYZE "LedgerEntry"`);
      console.log(`\nWith an index on LedgerEntry ("createdAt") (built in ${since(started)})`);
      await printSizes(client, "LedgerEntry");
      await explainAll(client, "months, createdAt index", monthly.queries);
      await explainAll(client, "statement, createdAt index", statement.queries);
      await client.query(`DROP INDEX "LedgerEntry_bench_createdAt_idx"`);
    }

    if (WITH_PARTITIONS) {
      started = performance.now();
      const partitions = await buildPartitionedCopy(client);
      console.log(`\nLedgerEntryByMonth: ${partitions} monthly partitions, copied in ${since(started)}`);
      await printSizes(client, "LedgerEntryByMonth");
      const onCopy = (queries: CapturedQuery[]) =>
        queries.map((query) => ({ ...query, text: query.text.replaceAll('"LedgerEntry"', '"LedgerEntryByMonth"') }));
      for (const [label, set] of [
        ["release pass", release],
        ["payout run", run],
        ["money page, shop 1", money],
        ["money page, shop 2", moneySmall],
        ["ledger page 1, shop 1", ledger],
        ["statement 2026-11, shop 1", statement],
        ["operator's months and invoices", monthly],
      ] as const)
        await explainAll(client, `${label}, partitioned`, onCopy(set.queries));
    }
    console.log(`\nPlans in full: ${OUT}`);
  } finally {
    await disconnectDb();
    await client.end();
    await embedded.stop();
  }
}

async function asIs(client: pg.Client): Promise<void> {
  const { getVendorMoney } = await import("@/lib/payouts/vendor-money");
  const { listLedgerEntries } = await import("@/lib/payouts/list-ledger-entries");
  const { getMonthlyStatement } = await import("@/lib/statements/monthly-statement");
  const { getMarketplaceMoney } = await import("@/lib/payouts/admin-money");
  const now = new Date("2027-01-10T09:00:00+01:00");
  const capture = async (work: () => Promise<unknown>) => {
    await work();
    startCapturing();
    await work();
    return stopCapturing();
  };
  const sets: [string, CapturedQuery[]][] = [
    [
      "the run's reads",
      [
        {
          // shopCandidates' sums (lib/payouts/run-payouts.ts), the cutoff of the run of the 10th
          text: `SELECT s.id, money.amount FROM "Shop" s CROSS JOIN LATERAL (
                   SELECT COALESCE(SUM(le."amount"), 0)::bigint AS "amount" FROM "LedgerEntry" le
                   WHERE le."shopId" = s.id AND le."payoutId" IS NULL AND le."availableAt" < $1) money`,
          values: [new Date("2027-01-09T23:00:00Z")],
          ms: 0,
        },
        {
          // makeLateEntriesAvailable's held entries (lib/payouts/release-held-funds.ts)
          text: `WITH held AS MATERIALIZED (
                   SELECT h.id, h."shopOrderId", h."createdAt" FROM "LedgerEntry" h
                   WHERE h."availableAt" IS NULL AND h."shopOrderId" IS NOT NULL)
                 SELECT count(*) FROM held JOIN "ShopOrder" so ON so.id = held."shopOrderId"
                 WHERE so."fundsAvailableAt" IS NOT NULL`,
          values: [],
          ms: 0,
        },
      ],
    ],
    ["money page, shop 1", await capture(() => getVendorMoney(owner, "bpshop1", { now }))],
    ["money page, shop 2", await capture(() => getVendorMoney({ ...owner, id: "bpv2" }, "bpshop2", { now }))],
    ["ledger page 1, shop 1", await capture(() => listLedgerEntries(owner, "bpshop1", { now }))],
    ["statement 2026-10, shop 1", await capture(() => getMonthlyStatement(owner, "bpshop1", "2026-10"))],
    ["operator's months", await capture(() => getMarketplaceMoney(operator, { period: "2026-10", now }))],
  ];
  const { periodBounds } = await import("@/lib/statements/statement-arithmetic");
  const bounds = periodBounds("2026-10");
  sets.push([
    "monthly invoices' sums, 2026-10",
    [
      {
        text: `SELECT "shopId", COALESCE(SUM("amount") FILTER (WHERE "type" = 'COMMISSION'), 0) AS commission
                 FROM "LedgerEntry" WHERE "createdAt" >= $1 AND "createdAt" < $2
                  AND "type" IN ('COMMISSION', 'FEE_VAT', 'PAYMENT_FEE') GROUP BY "shopId"`,
        values: [bounds.start, bounds.end],
        ms: 0,
      },
    ],
  ]);
  const explained: [string, Explained][] = [];
  for (const [label, queries] of sets) explained.push([label, await explainAll(client, label, queries)]);
  if (WITH_INDEX) {
    const started = performance.now();
    await client.query(`CREATE INDEX "LedgerEntry_bench_createdAt_idx" ON "LedgerEntry" ("createdAt")`);
    await client.query(`ANALYZE "LedgerEntry"`);
    console.log(`\nWith an index on LedgerEntry ("createdAt") (built in ${since(started)})`);
    for (const [label, set] of explained.slice(-3)) await explainAll(client, `${label}, createdAt index`, set.queries);
    await client.query(`DROP INDEX "LedgerEntry_bench_createdAt_idx"`);
  }
  if (WITH_PARTITIONS) {
    const started = performance.now();
    const partitions = await buildPartitionedCopy(client);
    console.log(`\nLedgerEntryByMonth: ${partitions} monthly partitions, copied in ${since(started)}`);
    await printSizes(client, "LedgerEntryByMonth");
    for (const [label, set] of explained)
      await explainAll(
        client,
        `${label}, partitioned`,
        set.queries.map((query) => ({
          ...query,
          text: query.text.replaceAll('"LedgerEntry"', '"LedgerEntryByMonth"'),
        })),
      );
  }
  if (WITH_SORTED) {
    // A real ledger is written in time order, so a month's rows sit together: the same rows in
    // createdAt order, unpartitioned, with an index on createdAt (and the shop's, for the statement).
    const started = performance.now();
    await client.query(`DROP TABLE IF EXISTS "LedgerEntrySorted"`);
    await client.query(`CREATE TABLE "LedgerEntrySorted" AS SELECT * FROM "LedgerEntry" ORDER BY "createdAt", "id"`);
    await client.query(`CREATE INDEX ON "LedgerEntrySorted" ("createdAt")`);
    await client.query(`CREATE INDEX ON "LedgerEntrySorted" ("shopId", "createdAt", "id")`);
    await client.query(`VACUUM ANALYZE "LedgerEntrySorted"`);
    console.log(`\nLedgerEntrySorted: in createdAt order, indexed on createdAt, copied in ${since(started)}`);
    await printSizes(client, "LedgerEntrySorted");
    for (const [label, set] of explained.slice(-3))
      await explainAll(
        client,
        `${label}, in time order + createdAt index`,
        set.queries.map((query) => ({
          ...query,
          text: query.text.replaceAll('"LedgerEntry"', '"LedgerEntrySorted"'),
        })),
      );
  }
}

async function printSizes(client: pg.Client, table: string): Promise<void> {
  const relation = `"${table}"`;
  const { rows } = await client.query<{ heap: string; indexes: string }>(
    `SELECT COALESCE(SUM(pg_table_size(c.oid)), 0) AS heap, COALESCE(SUM(pg_indexes_size(c.oid)), 0) AS indexes
       FROM pg_class c
      WHERE c.oid = $1::regclass OR c.oid IN (SELECT inhrelid FROM pg_inherits WHERE inhparent = $1::regclass)`,
    [relation],
  );
  const indexes = await client.query<{ name: string; bytes: string }>(
    `SELECT i.relname AS name, pg_relation_size(i.oid) + COALESCE((
              SELECT SUM(pg_relation_size(inh.inhrelid)) FROM pg_inherits inh WHERE inh.inhparent = i.oid), 0) AS bytes
       FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
      WHERE x.indrelid = $1::regclass ORDER BY i.relname`,
    [relation],
  );
  console.log(`  ${table}: table ${mb(Number(rows[0].heap))}, indexes ${mb(Number(rows[0].indexes))}`);
  for (const index of indexes.rows) console.log(`    ${index.name.padEnd(48)} ${mb(Number(index.bytes))}`);
}

/** The steady state: each shop gets NEW_PARTS sales delivered on the 1st of February, held. */
async function newSales(client: pg.Client): Promise<void> {
  await client.query(`DELETE FROM "LedgerEntry" WHERE "shopOrderId" IN (${NEW_PART_IDS})`);
  await client.query(`DELETE FROM "LedgerEntry" WHERE "payoutId" IN (SELECT id FROM "Payout" WHERE "periodKey" = $1)`, [
    PERIOD,
  ]);
  await client.query(`DELETE FROM "Payout" WHERE "periodKey" = $1`, [PERIOD]);
  await client.query(`DELETE FROM "ShopOrder" WHERE id IN (${NEW_PART_IDS})`);
  await client.query(`DELETE FROM "Order" WHERE id IN (SELECT 'bpo-f' || k FROM generate_series(1, ${NEW_PARTS}) k)`);
  await client.query(
    `INSERT INTO "Order" (id, number, email, status, "itemsAmount", "shippingAmount", "totalAmount", "paidAt", "createdAt", "updatedAt")
     SELECT 'bpo-f' || k, 'H-BENCH-F' || k, 'buyer-f' || k || '@bench.test', 'PAID', 10000, 0, 10000,
            '2027-01-30', '2027-01-30', now()
     FROM generate_series(1, $1::int) k`,
    [NEW_PARTS],
  );
  await client.query(
    `INSERT INTO "ShopOrder" (id, "orderId", "shopId", status, "deliveryMethod", "itemsAmount", "commissionAmount",
                              "deliveredAt", "statusChangedAt", "createdAt", "updatedAt")
     SELECT 'bpf' || s.n || '-' || k, 'bpo-f' || k, s.id, 'DELIVERED', 'CLICK_AND_COLLECT', 10000, 1000,
            '2027-02-01', '2027-02-01', '2027-01-30', now()
     FROM (SELECT id, substr(id, 7) AS n FROM "Shop" WHERE id LIKE 'bpshop%') s
     CROSS JOIN generate_series(1, $1::int) k`,
    [NEW_PARTS],
  );
  await client.query(
    `INSERT INTO "LedgerEntry" (id, "shopId", "shopOrderId", type, amount, "createdAt")
     SELECT so.id || e.suffix, so."shopId", so.id, e.type::"LedgerEntryType", e.amount, '2027-01-30'
     FROM "ShopOrder" so
     CROSS JOIN (VALUES ('-s', 'SALE', 10000), ('-c', 'COMMISSION', -1000)) e(suffix, type, amount)
     WHERE so.id IN (${NEW_PART_IDS})`,
  );
  await client.query(`VACUUM ANALYZE "Order", "ShopOrder", "LedgerEntry", "Payout"`);
}

/** Puts back what the run of the 25th wrote: its payouts, their PAYOUT entries, the settling. */
async function undoRun(client: pg.Client): Promise<void> {
  const payouts = `SELECT id FROM "Payout" WHERE "periodKey" = '${PERIOD}'`;
  await client.query(`DELETE FROM "LedgerEntry" WHERE "type" = 'PAYOUT' AND "payoutId" IN (${payouts})`);
  await client.query(`UPDATE "LedgerEntry" SET "payoutId" = NULL WHERE "payoutId" IN (${payouts})`);
  await client.query(`DELETE FROM "Payout" WHERE "periodKey" = '${PERIOD}'`);
  await client.query(`VACUUM ANALYZE "LedgerEntry", "Payout"`);
}

async function buildPartitionedCopy(client: pg.Client): Promise<number> {
  await client.query(`DROP TABLE IF EXISTS "LedgerEntryByMonth"`);
  await client.query(
    `CREATE TABLE "LedgerEntryByMonth" (LIKE "LedgerEntry" INCLUDING DEFAULTS) PARTITION BY RANGE ("createdAt")`,
  );
  // every month with entries, and three ahead: the run's PAYOUT entries are dated when it runs
  const { rows } = await client.query<{ month: Date }>(
    `SELECT generate_series(date_trunc('month', min("createdAt")), date_trunc('month', max("createdAt")) + interval '3 months', interval '1 month') AS month
       FROM "LedgerEntry"`,
  );
  for (const { month } of rows) {
    const name = `LedgerEntryByMonth_${month.getFullYear()}_${String(month.getMonth() + 1).padStart(2, "0")}`;
    await client.query(
      `CREATE TABLE "${name}" PARTITION OF "LedgerEntryByMonth"
         FOR VALUES FROM ($$${isoLocal(month)}$$) TO ($$${isoLocal(new Date(month.getFullYear(), month.getMonth() + 1, 1))}$$)`,
    );
  }
  await client.query(`INSERT INTO "LedgerEntryByMonth" SELECT * FROM "LedgerEntry"`);
  // The same indexes as LedgerEntry's (prisma/schema/money.prisma and the held one of the payouts migration).
  await client.query(`ALTER TABLE "LedgerEntryByMonth" ADD PRIMARY KEY ("id", "createdAt")`);
  await client.query(`CREATE INDEX ON "LedgerEntryByMonth" ("shopId", "payoutId", "availableAt")`);
  await client.query(`CREATE INDEX ON "LedgerEntryByMonth" ("shopId", "createdAt", "id")`);
  await client.query(`CREATE INDEX ON "LedgerEntryByMonth" ("shopOrderId")`);
  await client.query(`CREATE INDEX ON "LedgerEntryByMonth" ("payoutId")`);
  await client.query(`CREATE INDEX ON "LedgerEntryByMonth" ("shopOrderId") WHERE "availableAt" IS NULL`);
  await client.query(`VACUUM ANALYZE "LedgerEntryByMonth"`);
  return rows.length;
}

/** `timestamp without time zone` text of a Date read from such a column (node reads it as local time). */
function isoLocal(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} 00:00:00`;
}

type Explained = { queries: CapturedQuery[] };

/**
 * Each distinct statement that reads or writes the ledger, run again under EXPLAIN ANALYZE in a
 * transaction rolled back (twice when under 2 s: the figures are then the second's, warm); one
 * line each, the plan in short to OUT. Statements sent many times (a batch per 50 shops) are
 * explained once, their count and their total time as sent given beside.
 */
async function explainAll(client: pg.Client, label: string, captured: CapturedQuery[]): Promise<Explained> {
  const groups = new Map<string, { query: CapturedQuery; count: number; ms: number }>();
  for (const query of captured) {
    if (!query.text || SKIPPED.test(query.text) || !/LedgerEntry/.test(query.text)) continue;
    const group = groups.get(query.text) ?? { query, count: 0, ms: 0 };
    group.count += 1;
    group.ms += query.ms;
    groups.set(query.text, group);
  }
  console.log(`\n${label}: ${groups.size} ledger statements (of ${captured.length} sent)`);
  appendFileSync(OUT, `\n\n==== ${label}\n`);
  let totalMs = 0;
  let totalBuffers = 0;
  for (const { query, count, ms } of groups.values()) {
    const run = async (format: string) => {
      await client.query("BEGIN");
      try {
        return (await client.query(`EXPLAIN (ANALYZE, BUFFERS, ${format}) ${query.text}`, query.values)).rows;
      } finally {
        await client.query("ROLLBACK");
      }
    };
    let json: { "Execution Time": number; Plan: PlanNode }[];
    try {
      json = (await run("FORMAT JSON"))[0]["QUERY PLAN"];
      // warm figures, the second run's, except for statements long enough not to care
      if (json[0]["Execution Time"] < 2000) json = (await run("FORMAT JSON"))[0]["QUERY PLAN"];
    } catch (error) {
      console.log(`  (not explained: ${(error as Error).message}) ${oneLine(query.text)}`);
      continue;
    }
    const { Plan: plan, "Execution Time": executionMs } = json[0];
    const buffers = (plan["Shared Hit Blocks"] ?? 0) + (plan["Shared Read Blocks"] ?? 0);
    totalMs += executionMs;
    totalBuffers += buffers;
    const scans = [...ledgerScans(plan)]
      .map(([kind, seen]) => `${kind}${seen.count > 1 ? ` ×${seen.count}` : ""} (${Math.round(seen.rows)} rows)`)
      .join(", ");
    console.log(
      `  ${executionMs.toFixed(1).padStart(9)} ms ${String(buffers).padStart(8)} buffers  ${oneLine(query.text)}` +
        `${count > 1 ? `  [sent ${count}×, ${(ms / 1000).toFixed(2)} s in all]` : ""}\n      ledger: ${scans || "—"}`,
    );
    appendFileSync(
      OUT,
      `\n-- ${oneLine(query.text, 400)}\n-- values: ${JSON.stringify(query.values).slice(0, 300)}\n` +
        `${planLines(plan).join("\n")}\nExecution Time: ${executionMs.toFixed(1)} ms\n`,
    );
  }
  console.log(`  total ${totalMs.toFixed(1)} ms, ${totalBuffers} buffers (${mb(totalBuffers * 8192)})`);
  return { queries: [...groups.values()].map((group) => group.query) };
}

const oneLine = (sql: string, length = 110) => {
  const flat = sql.replace(/\s+/g, " ").trim();
  return flat.length > length ? `${flat.slice(0, length)}…` : flat;
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
