// Benchmark (docs/trust.md, quality indicators): the `shop-quality` job (computeShopQuality: both
// windows for every shop, then the warnings and flags) over 2,000 approved shops and 200,000 paid
// parts with realistic timelines (PAID, then ACCEPT, REFUSE, EXPIRE or a shopper's CANCEL; some
// accepted parts late, cancelled by the vendor, delivered, returned), 50,000 conversation messages
// and 30,000 reviews, spread over the last 100 days. Then the same run an hour later (steady
// state: nothing new to warn), then two runs at once (one computes, the other steps aside). Prints
// seconds and peak resident memory; exits non-zero when a check fails.
//
// Run: `npm run bench:quality [-- --shops 2000 --parts 200000]`. Uses DATABASE_URL (a migrated,
// disposable database: the data is added to it) when set, otherwise a fresh embedded PostgreSQL in
// .data/bench-quality (port BENCH_PG_PORT, default 5495).
import pg from "pg";
import { ensureDatabase, startEmbeddedPostgres, type RunningPostgres } from "../../scripts/embedded-postgres";
import { applyMigrations } from "../../scripts/migrate";

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const SHOPS = option("shops", 2_000);
const PARTS = option("parts", 200_000);
const PG_PORT = Number(process.env.BENCH_PG_PORT ?? 5495);
const NOW = new Date("2027-03-01T12:00:00Z");

let peakRss = 0;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 20);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

// Part k (1…PARTS) belongs to shop (k % SHOPS) + 1 and was paid (k % 100) days and (k % 24) hours
// before NOW. Its fate by k % 20: 0 expired, 1 refused, 2 cancelled by the shopper before an
// answer, otherwise accepted (k % 12) hours after payment; of those, k % 10 = 3 late, k % 25 = 4
// cancelled by the vendor, k % 20 ≥ 5 delivered, and k % 50 = 7 a return asked.
const PARTS_SQL = `
  SELECT k, 'qshop' || ((k % $2::int) + 1) AS shop_id,
    $3::timestamp - make_interval(days => k % 100, hours => k % 24) AS paid_at,
    k % 20 AS fate
  FROM generate_series(1, $1::int) k`;

async function generate(client: pg.Client): Promise<void> {
  const q = (sql: string, values: unknown[] = [PARTS, SHOPS, NOW]) => client.query(sql, values);
  await client.query(
    `INSERT INTO "MarketplaceSettings" (id, "updatedAt") VALUES (1, now()) ON CONFLICT (id) DO NOTHING`,
  );
  await client.query(
    `INSERT INTO "User" (id, email, name, "passwordHash", role, "updatedAt")
     SELECT 'qv' || s, 'quality-vendor' || s || '@bench.test', 'Vendeur ' || s, 'x', 'VENDOR'::"Role", now()
     FROM generate_series(1, $1::int) s
     UNION ALL SELECT 'qop', 'quality-operator@bench.test', 'Opératrice', 'x', 'OPERATOR'::"Role", now()`,
    [SHOPS],
  );
  await client.query(
    `INSERT INTO "Shop" (id, slug, name, trade, status, "ownerId", city, "approvedAt", "updatedAt")
     SELECT 'qshop' || s, 'bench-quality-shop-' || s, 'Boutique ' || s, 'Épicerie', 'APPROVED', 'qv' || s, 'Lyon',
            '2026-01-01', now()
     FROM generate_series(1, $1::int) s`,
    [SHOPS],
  );
  await q(
    `INSERT INTO "Order" (id, number, email, status, "itemsAmount", "shippingAmount", "totalAmount", "paidAt", "createdAt", "updatedAt")
     SELECT 'qo' || k, 'H-QB-' || k, 'buyer' || k || '@bench.test', 'PAID', 1000, 0, 1000, paid_at, paid_at, now()
     FROM (${PARTS_SQL}) p`,
  );
  await q(
    `INSERT INTO "ShopOrder" (id, "orderId", "shopId", status, "deliveryMethod", "itemsAmount", "lateFlaggedAt",
       "deliveredAt", "createdAt", "updatedAt")
     SELECT 'qso' || k, 'qo' || k, shop_id,
       (CASE WHEN fate = 0 THEN 'EXPIRED' WHEN fate = 1 THEN 'REFUSED' WHEN fate = 2 OR k % 25 = 4 THEN 'CANCELLED'
             WHEN fate >= 5 THEN 'DELIVERED' ELSE 'ACCEPTED' END)::"ShopOrderStatus",
       'CLICK_AND_COLLECT', 1000,
       CASE WHEN fate > 2 AND k % 10 = 3 THEN paid_at + interval '4 days' END,
       CASE WHEN fate >= 5 AND k % 25 <> 4 THEN paid_at + interval '5 days' END,
       paid_at, now()
     FROM (${PARTS_SQL}) p`,
  );
  await q(
    `INSERT INTO "ShopOrderEvent" (id, "shopOrderId", action, "actorKind", "createdAt")
     SELECT 'qe-paid-' || k, 'qso' || k, 'PAID', 'SHOPPER', paid_at FROM (${PARTS_SQL}) p
     UNION ALL
     SELECT 'qe-answer-' || k, 'qso' || k,
       CASE fate WHEN 0 THEN 'EXPIRE' WHEN 1 THEN 'REFUSE' WHEN 2 THEN 'CANCEL' ELSE 'ACCEPT' END,
       (CASE fate WHEN 0 THEN 'JOB' WHEN 2 THEN 'SHOPPER' ELSE 'VENDOR' END)::"ActorKind",
       paid_at + make_interval(hours => CASE fate WHEN 0 THEN 48 ELSE 1 + k % 12 END)
     FROM (${PARTS_SQL}) p
     UNION ALL
     SELECT 'qe-cancel-' || k, 'qso' || k, 'CANCEL', 'VENDOR', paid_at + interval '1 day'
     FROM (${PARTS_SQL}) p WHERE fate > 2 AND k % 25 = 4
     UNION ALL
     SELECT 'qe-deliver-' || k, 'qso' || k, 'DELIVER', 'VENDOR', paid_at + interval '5 days'
     FROM (${PARTS_SQL}) p WHERE fate >= 5 AND k % 25 <> 4`,
  );
  await q(
    `INSERT INTO "ReturnRequest" (id, "shopOrderId", kind, reason, "createdAt", "updatedAt")
     SELECT 'qr' || k, 'qso' || k, 'PROBLEM', 'Abîmé', paid_at + interval '6 days', now()
     FROM (${PARTS_SQL}) p WHERE fate >= 5 AND k % 25 <> 4 AND k % 50 = 7`,
  );
  // Every 8th part: a shopper's question, answered 2 h later (every 5th of those left unanswered).
  await q(
    `INSERT INTO "OrderMessage" (id, "shopOrderId", "authorKind", body, "createdAt")
     SELECT 'qm-s-' || k, 'qso' || k, 'SHOPPER'::"ActorKind", 'Bonjour, une question', paid_at + interval '1 hour'
     FROM (${PARTS_SQL}) p WHERE k % 8 = 0
     UNION ALL
     SELECT 'qm-v-' || k, 'qso' || k, 'VENDOR'::"ActorKind", 'Bonjour, voici la réponse', paid_at + interval '3 hours'
     FROM (${PARTS_SQL}) p WHERE k % 8 = 0 AND k % 40 <> 0`,
  );
  await q(
    `INSERT INTO "Review" (id, "shopOrderId", "shopId", "authorName", rating, "createdAt", "updatedAt")
     SELECT 'qrv' || k, 'qso' || k, shop_id, 'Camille D.', 1 + (k / 20) % 5, paid_at + interval '7 days', now()
     FROM (${PARTS_SQL}) p WHERE fate >= 5 AND k % 25 <> 4 AND k % 5 = 0
       AND paid_at + interval '7 days' < $3::timestamp`,
  );
  await client.query(`ANALYZE`);
}

async function main(): Promise<void> {
  let embedded: RunningPostgres | undefined;
  if (!process.env.DATABASE_URL) {
    embedded = await startEmbeddedPostgres({ dataDir: ".data/bench-quality", port: PG_PORT, fresh: true });
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
  const count = async (sql: string) => Number((await client.query<{ n: string }>(sql)).rows[0].n);
  const { computeShopQuality } = await import("@/lib/quality/compute-shop-quality");
  const { disconnectDb } = await import("@/lib/db");
  try {
    console.log(`Generating ${SHOPS} shops and ${PARTS.toLocaleString("en")} paid parts`);
    let started = performance.now();
    await generate(client);
    console.log(`  generated in ${((performance.now() - started) / 1000).toFixed(1)} s:`);
    for (const table of ["ShopOrderEvent", "OrderMessage", "Review", "ReturnRequest"])
      console.log(`    ${table}: ${(await count(`SELECT count(*) AS n FROM "${table}"`)).toLocaleString("en")}`);

    peakRss = process.memoryUsage().rss;
    started = performance.now();
    const first = await computeShopQuality(NOW);
    const firstSeconds = (performance.now() - started) / 1000;
    const firstPeak = peakRss;
    console.log(`First run: ${firstSeconds.toFixed(2)} s, peak RSS ${mb(firstPeak)} — ${JSON.stringify(first)}`);

    const later = new Date(NOW.getTime() + 3_600_000);
    started = performance.now();
    const second = await computeShopQuality(later);
    const secondSeconds = (performance.now() - started) / 1000;
    console.log(`Run an hour later: ${secondSeconds.toFixed(2)} s — ${JSON.stringify(second)}`);

    const alertsBefore = await count(`SELECT count(*) AS n FROM "QualityAlert"`);
    started = performance.now();
    const both = await Promise.all([
      computeShopQuality(new Date(later.getTime() + 3_600_000)),
      computeShopQuality(new Date(later.getTime() + 3_600_000)),
    ]);
    console.log(
      `Two runs at once: ${((performance.now() - started) / 1000).toFixed(2)} s — ${both.map((r) => JSON.stringify(r)).join(" ")}`,
    );

    check(
      (await count(`SELECT count(*) AS n FROM "ShopQuality"`)) === SHOPS * 2,
      `one row per shop and window: ${SHOPS * 2}`,
    );
    check(first.ran && first.shops === SHOPS, "the first run computed every shop");
    check(first.warnings > 0, `the first run warned the shops past a threshold: ${first.warnings}`);
    check(second.warnings === 0 && second.flags === 0, "a run an hour later warns nobody again");
    check(
      (await count(`SELECT count(*) AS n FROM "QualityAlert"`)) === alertsBefore,
      "two runs at once add no alert (nothing new to report)",
    );
    check(both.filter((report) => report.ran).length >= 1, "of two runs at once, at least one computed");
    check(firstSeconds < 30, `the run takes under 30 s: ${firstSeconds.toFixed(2)} s`);
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
