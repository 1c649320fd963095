// Benchmark (docs/payouts.md, the run; docs/architecture.md#performance-budgets): the payouts job
// (runPayouts: the release pass, then one payout per shop) over 5,000 approved shops paid by bank
// transfer and 1,000,000 ledger entries (a SALE and a COMMISSION per part): half of the parts are
// delivered and still held, released by the run's own pass; the other half were released earlier
// (their entries already available). One shop has 50,000 entries. Then the same run again (nothing
// to do), then, with one more sale per shop, two runs at once on the next run date (each shop paid
// once). Last, the vendor's money page for the shop with 50,000 entries (getVendorMoney), p95 of
// sequential calls. Prints seconds, peak resident memory and latencies; exits non-zero when a check
// fails. Budgets: the run < 60 s and < 500 MB.
//
// Run: `npm run bench:payouts [-- --shops 5000 --parts 95 --heavy 25095 --months 1]`. Uses DATABASE_URL
// (a migrated, disposable database: the data is added to it) when set, otherwise a fresh embedded
// PostgreSQL in .data/bench-payouts (`--data`; port BENCH_PG_PORT, default 5494), left there afterwards.
// At 10× (docs/scaling.md, ledger partitioning): `npm run bench:payouts -- --parts 995 --months 24`:
// 9,998,200 entries over two years, the shop of the money page still with 50,190; 4 GB of disk, and
// the data alone took 25 minutes on 2 cores shared with other work (1 at 1×), the runs more than an
// hour. `--generate-only` stops after the data; `tests/bench/payouts-plans.ts --as-is` then explains
// the ledger queries on it (after a whole run, without --as-is).
import { resourceUsage } from "node:process";
import pg from "pg";
import { ensureDatabase, startEmbeddedPostgres, type RunningPostgres } from "../../scripts/embedded-postgres";
import { applyMigrations } from "../../scripts/migrate";
import { load } from "./bench-support";

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const SHOPS = option("shops", 5_000);
/** parts of every shop but the first (2 entries each) */
const PARTS = option("parts", 95);
/** parts of the first shop: 25,095 parts = 50,190 entries, and 1,000,000 entries in all by default */
const HEAVY_PARTS = option("heavy", 25_095);
const PAGE_SAMPLES = option("samples", 40);
/**
 * months the entries' dates are spread over, back from the 25th of November (each part's in one
 * month, by a hash of its id); 1 (the default): all on the 25th. For what partitioning the ledger by
 * month would change (tests/bench/payouts-plans.ts): no month query prunes when all are in one.
 */
const MONTHS = option("months", 1);
/** only the data, for tests/bench/payouts-plans.ts --as-is: the state before the first run */
const GENERATE_ONLY = args.includes("--generate-only");
const PG_PORT = Number(process.env.BENCH_PG_PORT ?? 5494);
const at = args.indexOf("--data");
/** the embedded PostgreSQL's folder (made afresh) */
const DATA_DIR = at >= 0 ? args[at + 1] : ".data/bench-payouts";
const IBAN = "FR7630006000011234567890189";
const NET = 9_000;

const PAID = "2026-11-25T10:00:00Z";
const DELIVERED = "2026-12-01T10:00:00Z";
const RELEASED = "2026-12-15T10:00:00Z";
/** the 10th of January 2027, 09:00 in Paris: the run of the 10th; then the 25th */
const FIRST_RUN = new Date("2027-01-10T09:00:00+01:00");
const NEXT_RUN = new Date("2027-01-25T09:00:00+01:00");

let peakRss = 0;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 20);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

async function generate(client: pg.Client): Promise<void> {
  await client.query(
    `INSERT INTO "MarketplaceSettings" (id, "holdRule", "withdrawalDays", "payoutSchedule", "payoutMinimumAmount", "updatedAt")
     VALUES (1, 'AFTER_DELIVERY_WITHDRAWAL', 14, 'TWICE_MONTHLY', 0, now())
     ON CONFLICT (id) DO UPDATE SET "holdRule" = 'AFTER_DELIVERY_WITHDRAWAL', "withdrawalDays" = 14,
       "payoutSchedule" = 'TWICE_MONTHLY', "payoutMinimumAmount" = 0`,
  );
  await client.query(
    `INSERT INTO "User" (id, email, name, "passwordHash", role, "updatedAt")
     SELECT 'bpv' || s, 'payouts-vendor' || s || '@bench.test', 'Vendeur ' || s, 'x', 'VENDOR'::"Role", now()
     FROM generate_series(1, $1::int) s`,
    [SHOPS],
  );
  await client.query(
    `INSERT INTO "Shop" (id, slug, name, trade, status, "ownerId", city, "approvedAt", "payoutHolderName", "payoutIban", "updatedAt")
     SELECT 'bpshop' || s, 'bench-payouts-shop-' || s, 'Boutique ' || s, 'Épicerie', 'APPROVED', 'bpv' || s, 'Lyon',
            '2026-06-01', 'Boutique ' || s, $2, now()
     FROM generate_series(1, $1::int) s`,
    [SHOPS, IBAN],
  );
  await client.query(
    `INSERT INTO "Order" (id, number, email, status, "itemsAmount", "shippingAmount", "totalAmount", "paidAt", "createdAt", "updatedAt")
     SELECT 'bpo' || k, 'H-BENCH-' || k, 'buyer' || k || '@bench.test', 'PAID', 10000, 0, 10000, $2::timestamp, $2::timestamp, now()
     FROM generate_series(1, $1::int) k`,
    [Math.max(PARTS, HEAVY_PARTS), PAID],
  );
  // Odd parts: delivered, held (the run's pass releases them); even parts: released on the 15th.
  await client.query(
    `INSERT INTO "ShopOrder" (id, "orderId", "shopId", status, "deliveryMethod", "itemsAmount", "commissionAmount",
                              "deliveredAt", "statusChangedAt", "fundsAvailableAt", "createdAt", "updatedAt")
     SELECT 'bpp' || s || '-' || k, 'bpo' || k, 'bpshop' || s,
            (CASE WHEN k % 2 = 1 THEN 'DELIVERED' ELSE 'CONFIRMED' END)::"ShopOrderStatus", 'CLICK_AND_COLLECT',
            10000, 1000, $3::timestamp, $3::timestamp, CASE WHEN k % 2 = 0 THEN $4::timestamp END, $5::timestamp, now()
     FROM generate_series(1, $1::int) s
     CROSS JOIN LATERAL generate_series(1, CASE WHEN s = 1 THEN $2::int ELSE $6::int END) k`,
    [SHOPS, HEAVY_PARTS, DELIVERED, RELEASED, PAID, PARTS],
  );
  await client.query(
    `INSERT INTO "LedgerEntry" (id, "shopId", "shopOrderId", type, amount, "availableAt", "createdAt")
     SELECT so.id || e.suffix, so."shopId", so.id, e.type::"LedgerEntryType", e.amount, so."fundsAvailableAt",
            $1::timestamp - make_interval(months => (abs(hashtext(so.id)::bigint) % $2::int)::int)
     FROM "ShopOrder" so
     CROSS JOIN (VALUES ('-s', 'SALE', 10000), ('-c', 'COMMISSION', -1000)) e(suffix, type, amount)
     WHERE so.id LIKE 'bpp%'`,
    [PAID, MONTHS],
  );
  await client.query(`ANALYZE`);
}

/** One more sale per shop, released on the 15th of January: what the run of the 25th pays. */
async function moreSales(client: pg.Client): Promise<void> {
  await client.query(
    `INSERT INTO "Order" (id, number, email, status, "itemsAmount", "shippingAmount", "totalAmount", "paidAt", "updatedAt")
     VALUES ('bpo-next', 'H-BENCH-NEXT', 'buyer-next@bench.test', 'PAID', 10000, 0, 10000, '2026-12-20', now())`,
  );
  await client.query(
    `INSERT INTO "ShopOrder" (id, "orderId", "shopId", status, "deliveryMethod", "itemsAmount", "commissionAmount",
                              "deliveredAt", "statusChangedAt", "fundsAvailableAt", "createdAt", "updatedAt")
     SELECT 'bpn' || s, 'bpo-next', 'bpshop' || s, 'CONFIRMED', 'CLICK_AND_COLLECT', 10000, 1000,
            '2027-01-01', '2027-01-01', '2027-01-15', '2026-12-20', now()
     FROM generate_series(1, $1::int) s`,
    [SHOPS],
  );
  await client.query(
    `INSERT INTO "LedgerEntry" (id, "shopId", "shopOrderId", type, amount, "availableAt", "createdAt")
     SELECT so.id || e.suffix, so."shopId", so.id, e.type::"LedgerEntryType", e.amount, so."fundsAvailableAt", '2026-12-20'
     FROM "ShopOrder" so
     CROSS JOIN (VALUES ('-s', 'SALE', 10000), ('-c', 'COMMISSION', -1000)) e(suffix, type, amount)
     WHERE so.id LIKE 'bpn%'`,
  );
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function main(): Promise<void> {
  let embedded: RunningPostgres | undefined;
  if (!process.env.DATABASE_URL) {
    embedded = await startEmbeddedPostgres({ dataDir: DATA_DIR, port: PG_PORT, fresh: true });
    await ensureDatabase(embedded.adminUrl, "halle_bench");
    process.env.DATABASE_URL = embedded.urlFor("halle_bench");
    applyMigrations(process.env.DATABASE_URL);
  }
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  const failures: string[] = [];
  const check = (ok: boolean, message: string) => {
    if (!ok) failures.push(message);
    console.log(`  ${ok ? "ok  " : "FAIL"} ${message}`);
  };
  const count = async (sql: string, values: unknown[] = []) =>
    Number((await client.query<{ n: string }>(sql, values)).rows[0].n);
  const { runPayouts } = await import("@/lib/payouts/run-payouts");
  const { getDb, disconnectDb } = await import("@/lib/db");
  try {
    const entriesPlanned = 2 * ((SHOPS - 1) * PARTS + HEAVY_PARTS);
    console.log(
      `Generating ${SHOPS} shops, ${entriesPlanned.toLocaleString("en")} ledger entries (one shop with ${2 * HEAVY_PARTS})`,
    );
    let started = performance.now();
    await generate(client);
    console.log(`  (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    const entries = await count(`SELECT count(*) AS n FROM "LedgerEntry" WHERE id LIKE 'bpp%'`);
    const held = await count(`SELECT count(*) AS n FROM "LedgerEntry" WHERE id LIKE 'bpp%' AND "availableAt" IS NULL`);
    if (GENERATE_ONLY) {
      console.log(`  ${entries} entries, ${held} held; not run (--generate-only)`);
      return;
    }
    await getDb().$queryRaw`SELECT 1`;
    const rssBefore = process.memoryUsage().rss;
    peakRss = rssBefore;

    console.log(`\nThe run of the 10th (${FIRST_RUN.toISOString()}), load ${load()}`);
    // The floor: what PostgreSQL costs to write what the release pass writes (the held parts'
    // fundsAvailableAt, their entries' availableAt) with two plain UPDATEs and none of our work,
    // rolled back, then vacuumed so the real pass starts from the same tables.
    started = performance.now();
    await client.query("BEGIN");
    await client.query(
      `UPDATE "ShopOrder" SET "fundsAvailableAt" = "statusChangedAt"
        WHERE "fundsAvailableAt" IS NULL AND status IN ('DELIVERED', 'CONFIRMED', 'REFUSED', 'EXPIRED', 'CANCELLED', 'RETURNED')`,
    );
    await client.query(
      `UPDATE "LedgerEntry" e SET "availableAt" = GREATEST(s."fundsAvailableAt", e."createdAt")
         FROM "ShopOrder" s WHERE e."shopOrderId" = s.id AND e."availableAt" IS NULL AND s."fundsAvailableAt" IS NOT NULL`,
    );
    await client.query("ROLLBACK");
    const floorSeconds = (performance.now() - started) / 1000;
    await client.query(`VACUUM ANALYZE "ShopOrder", "LedgerEntry"`);
    // The release pass on its own (here a backlog: half the entries at once, as on the first run
    // after deploying payouts on a marketplace with history; every minute, a pass releases a
    // minute's worth), then the run, whose own pass then finds nothing.
    const { releaseHeldFunds } = await import("@/lib/payouts/release-held-funds");
    started = performance.now();
    const releasedApart = (await releaseHeldFunds(FIRST_RUN)).entries;
    const releaseSeconds = (performance.now() - started) / 1000;
    started = performance.now();
    const first = await runPayouts(FIRST_RUN);
    const firstSeconds = (performance.now() - started) / 1000;
    const firstPeak = peakRss;
    console.log(`  report ${JSON.stringify(first)}`);

    started = performance.now();
    const again = await runPayouts(new Date(FIRST_RUN.getTime() + 60 * 60_000));
    const againSeconds = (performance.now() - started) / 1000;

    await moreSales(client);
    console.log(`\nThe run of the 25th, two at once`);
    started = performance.now();
    const pair = await Promise.all([runPayouts(NEXT_RUN), runPayouts(NEXT_RUN)]);
    const pairSeconds = (performance.now() - started) / 1000;

    console.log(`\nThe money page of the shop with ${2 * HEAVY_PARTS} entries, ${PAGE_SAMPLES} calls`);
    const { getVendorMoney } = await import("@/lib/payouts/vendor-money");
    const owner = { id: "bpv1", role: "VENDOR" as const, name: "Vendeur 1", email: "payouts-vendor1@bench.test" };
    const pageNow = new Date(NEXT_RUN.getTime() + 60 * 60_000);
    await getVendorMoney(owner, "bpshop1", { now: pageNow });
    const timings: number[] = [];
    for (let sample = 0; sample < PAGE_SAMPLES; sample += 1) {
      const at = performance.now();
      await getVendorMoney(owner, "bpshop1", { now: pageNow });
      timings.push(performance.now() - at);
    }
    timings.sort((a, b) => a - b);

    console.log("\nChecks");
    check(entries === entriesPlanned, `entries generated: ${entries}`);
    const released = first.released.entries + releasedApart;
    check(released === held, `the release pass released the held half: ${released} of ${held}`);
    check(first.shopPayouts === SHOPS, `the first run paid every shop once: ${first.shopPayouts} of ${SHOPS}`);
    check(
      again.shopPayouts === 0 && again.released.entries === 0,
      `the repeated run did nothing: ${JSON.stringify(again)}`,
    );
    check(
      pair[0].shopPayouts + pair[1].shopPayouts === SHOPS,
      `two runs at once paid each shop once: ${pair[0].shopPayouts} + ${pair[1].shopPayouts}`,
    );
    const wrong = await count(
      `SELECT count(*) AS n FROM "Payout" p WHERE p."shopId" LIKE 'bpshop%' AND p.amount <> CASE
         WHEN p."periodKey" = '2027-01-25' THEN $1::int
         WHEN p."shopId" = 'bpshop1' THEN $2::int ELSE $3::int END`,
      [NET, NET * HEAVY_PARTS, NET * PARTS],
    );
    check(wrong === 0, `every payout is the shop's net to the cent: ${wrong} wrong`);
    const payouts = await count(`SELECT count(*) AS n FROM "Payout" WHERE "shopId" LIKE 'bpshop%'`);
    check(payouts === 2 * SHOPS, `payouts written: ${payouts} (2 runs × ${SHOPS})`);
    const unbalanced = await count(
      `SELECT count(*) AS n FROM (SELECT "payoutId" FROM "LedgerEntry" WHERE "payoutId" IS NOT NULL
       GROUP BY "payoutId" HAVING SUM(amount) <> 0) t`,
    );
    check(unbalanced === 0, `each payout's entries add up to zero: ${unbalanced} not`);
    const unsettled = await count(
      `SELECT count(*) AS n FROM "LedgerEntry" WHERE "shopId" LIKE 'bpshop%' AND "payoutId" IS NULL`,
    );
    check(unsettled === 0, `every entry is settled: ${unsettled} left`);

    const sizes = (
      await client.query<{ heap: string; indexes: string }>(
        `SELECT pg_table_size('"LedgerEntry"') AS heap, pg_indexes_size('"LedgerEntry"') AS indexes`,
      )
    ).rows[0];
    const maxRss = resourceUsage().maxRSS * 1024;
    console.log("\nFigures");
    console.log(`  release pass, backlog of ${held} entries   ${releaseSeconds.toFixed(2)} s`);
    console.log(`    its floor (two plain UPDATEs)          ${floorSeconds.toFixed(2)} s`);
    console.log(`  payout run (${SHOPS} payouts)             ${firstSeconds.toFixed(2)} s`);
    console.log(`  both (release + payouts)                 ${(releaseSeconds + firstSeconds).toFixed(2)} s`);
    console.log(`  payouts per second                     ${(first.shopPayouts / firstSeconds).toFixed(0)}`);
    console.log(`  repeated run (nothing to do)           ${againSeconds.toFixed(2)} s`);
    console.log(`  two runs at once, the 25th             ${pairSeconds.toFixed(2)} s`);
    console.log(`  peak resident memory, first run        ${mb(firstPeak)} (${mb(rssBefore)} before the runs)`);
    console.log(`  peak resident memory, whole bench      ${mb(Math.max(peakRss, maxRss))}`);
    console.log(
      `  money page, ${2 * HEAVY_PARTS} entries         p50 ${percentile(timings, 50).toFixed(1)} ms, p95 ${percentile(timings, 95).toFixed(1)} ms, max ${timings.at(-1)!.toFixed(1)} ms`,
    );
    console.log(
      `  LedgerEntry on disk                    table ${mb(Number(sizes.heap))}, indexes ${mb(Number(sizes.indexes))}`,
    );
    console.log(`  load at the end                        ${load()}`);
    check(firstSeconds < 60, `the payout run takes under 60 s: ${firstSeconds.toFixed(1)} s`);
    check(
      releaseSeconds + firstSeconds < 60,
      `release backlog and payout run together under 60 s: ${(releaseSeconds + firstSeconds).toFixed(1)} s`,
    );
    check(firstPeak < 500 * 1024 * 1024, `the run stays under 500 MB: ${mb(firstPeak)}`);
  } finally {
    clearInterval(sampler);
    await disconnectDb();
    await client.end();
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
