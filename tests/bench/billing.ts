// Benchmark (docs/architecture.md#performance-budgets): the billing run on the 1st (runBilling,
// docs/business-models.md, subscriptions and billing) over 10,000 approved shops on a paid monthly plan, with VAT
// on fees. The clock is moved to the 1st of next month; the run writes one MONTHLY_FEE charge and
// one SUBSCRIPTION_FEE ledger entry per shop (one INSERT … SELECT … ON CONFLICT DO NOTHING for
// all of them). Then the same run again, which must charge nothing more, then two runs at once on
// the month after, which must charge each shop exactly once. Prints seconds, charges per second
// and the peak resident memory; exits non-zero when a check fails.
//
// Run: `npm run bench:billing [-- --shops 10000]`. Uses DATABASE_URL (a migrated, disposable
// database: the data is added to it) when set, otherwise a fresh embedded PostgreSQL in
// .data/bench-billing (port BENCH_PG_PORT, default 5499).
import pg from "pg";
import { startEmbeddedPostgres, ensureDatabase, type RunningPostgres } from "../../scripts/embedded-postgres";
import { applyMigrations } from "../../scripts/migrate";
import { load } from "./bench-support";

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const SHOPS = option("shops", 10_000);
const PG_PORT = Number(process.env.BENCH_PG_PORT ?? 5499);
const FEE = 3999;
const VAT_BPS = 2000;

let peakRss = 0;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 20);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

async function generate(client: pg.Client, subscribedAt: string): Promise<void> {
  await client.query(
    `INSERT INTO "MarketplaceSettings" (id, "feesVatBps", "updatedAt") VALUES (1, $1, now())
     ON CONFLICT (id) DO UPDATE SET "feesVatBps" = $1`,
    [VAT_BPS],
  );
  await client.query(
    `INSERT INTO "Plan" (id, code, name, "monthlyFeeAmount", "defaultCommissionBps", "updatedAt")
     VALUES ('bench-billing-plan', 'bench-billing', 'Abonnement', $1, 500, now())`,
    [FEE],
  );
  await client.query(
    `INSERT INTO "User" (id, email, name, "passwordHash", role, "updatedAt")
     SELECT 'bbv' || i, 'billing-vendor' || i || '@bench.test', 'Vendeur ' || i, 'x', 'VENDOR'::"Role", now()
     FROM generate_series(1, $1) i`,
    [SHOPS],
  );
  await client.query(
    `INSERT INTO "Shop" (id, slug, name, trade, status, "ownerId", city, "planId", "approvedAt", "updatedAt")
     SELECT 'bbshop' || i, 'bench-billing-shop-' || i, 'Boutique ' || i, 'Épicerie', 'APPROVED', 'bbv' || i, 'Lyon',
            'bench-billing-plan', $2::timestamp, now()
     FROM generate_series(1, $1) i`,
    [SHOPS, subscribedAt],
  );
  await client.query(
    `INSERT INTO "Subscription" (id, "shopId", "planId", status, "startedAt")
     SELECT 'bbsub' || i, 'bbshop' || i, 'bench-billing-plan', 'ACTIVE', $2::timestamp
     FROM generate_series(1, $1) i`,
    [SHOPS, subscribedAt],
  );
  await client.query(`ANALYZE "Shop"; ANALYZE "Subscription"; ANALYZE "BillingCharge"; ANALYZE "LedgerEntry"`);
}

async function main(): Promise<void> {
  let embedded: RunningPostgres | undefined;
  if (!process.env.DATABASE_URL) {
    embedded = await startEmbeddedPostgres({ dataDir: ".data/bench-billing", port: PG_PORT, fresh: true });
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
  const { runBilling } = await import("@/lib/billing/run-billing");
  const { zonedInstant } = await import("@/lib/fees/plan-charges");
  const { getDb, disconnectDb } = await import("@/lib/db");
  try {
    // Shops subscribed last month, in the past: the 1st of next month is billed.
    const today = new Date();
    const firstOfNext = zonedInstant(today.getUTCFullYear() + 1, 1, 1);
    const firstAfter = zonedInstant(today.getUTCFullYear() + 1, 2, 1);
    const subscribedAt = new Date(firstOfNext.getTime() - 20 * 24 * 3600 * 1000).toISOString();
    console.log(`Generating ${SHOPS} approved shops on a ${FEE / 100} € monthly plan (VAT ${VAT_BPS / 100} %)`);
    let started = performance.now();
    await generate(client, subscribedAt);
    console.log(`  (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    await getDb().$queryRaw`SELECT 1`;
    const rssBefore = process.memoryUsage().rss;
    peakRss = rssBefore;

    console.log(`\nThe 1st (${firstOfNext.toISOString()}), load ${load()}`);
    started = performance.now();
    const first = await runBilling(new Date(firstOfNext.getTime() + 5 * 60_000));
    const firstSeconds = (performance.now() - started) / 1000;
    console.log(`  report ${JSON.stringify(first)}`);

    started = performance.now();
    const again = await runBilling(new Date(firstOfNext.getTime() + 65 * 60_000));
    const againSeconds = (performance.now() - started) / 1000;

    console.log(`\nThe 1st of the month after, two runs at once`);
    started = performance.now();
    const pair = await Promise.all([
      runBilling(new Date(firstAfter.getTime() + 5 * 60_000)),
      runBilling(new Date(firstAfter.getTime() + 5 * 60_000)),
    ]);
    const pairSeconds = (performance.now() - started) / 1000;

    console.log("\nChecks");
    check(first.monthlyCharges === SHOPS, `first run charged every shop once: ${first.monthlyCharges} of ${SHOPS}`);
    check(again.monthlyCharges === 0, `the repeated run charged nothing more: ${again.monthlyCharges}`);
    check(
      pair[0].monthlyCharges + pair[1].monthlyCharges === SHOPS,
      `two runs at once charged each shop once: ${pair[0].monthlyCharges} + ${pair[1].monthlyCharges}`,
    );
    const charges = await count(`SELECT count(*) AS n FROM "BillingCharge" WHERE "shopId" LIKE 'bbshop%'`);
    const entries = await count(
      `SELECT count(*) AS n FROM "LedgerEntry" e JOIN "BillingCharge" c ON c."ledgerEntryId" = e.id
       WHERE e.type = 'SUBSCRIPTION_FEE' AND e.amount = -c."totalAmount"`,
    );
    check(charges === 2 * SHOPS, `charges written: ${charges} (2 months × ${SHOPS})`);
    check(entries === 2 * SHOPS, `ledger entries matching their charge: ${entries}`);
    const wrongVat = await count(
      `SELECT count(*) AS n FROM "BillingCharge" WHERE "shopId" LIKE 'bbshop%' AND ("vatAmount" <> 800 OR "totalAmount" <> 4799)`,
    );
    check(wrongVat === 0, `every charge is 39,99 € + 8,00 € VAT = 47,99 €: ${wrongVat} wrong`);

    console.log("\nFigures");
    console.log(`  first run (the 1st)                ${firstSeconds.toFixed(2)} s`);
    console.log(`  charges per second                 ${(first.monthlyCharges / firstSeconds).toFixed(0)}`);
    console.log(`  repeated run (nothing to do)       ${againSeconds.toFixed(2)} s`);
    console.log(`  two runs at once, next month       ${pairSeconds.toFixed(2)} s`);
    console.log(`  peak resident memory               ${mb(peakRss)} (${mb(rssBefore)} before the runs)`);
    console.log(`  load at the end                    ${load()}`);
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
