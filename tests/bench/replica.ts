// Benchmark (docs/scaling.md, growing past this: read replicas): a PostgreSQL streaming replica
// (hot standby) beside a primary holding Halle's migrations and demo, and what moving the
// storefront's reads to it would cost:
//   a. the replication lag a vendor may see: a price changed through Halle's own quick edit
//      (quickEditProduct, lib/catalog/products/quick-edit-product.ts), from its commit until the
//      replica shows the new price in "Product" and in the search document (search.product_document,
//      kept by triggers); 200 changes one after the other, then 200 while 8 writers load the primary
//      (product updates and rate-limit rows); also a title change (the search document rebuilt),
//      and pg_stat_replication's write/flush/replay lag sampled on the primary meanwhile;
//   b. reads on the standby: ~50 searches (searchProducts, lib/search/search-products.ts) run on the
//      primary and then on the replica, which must give identical results; then each function the
//      storefront's pages and public routes call (home, /search, /p/[slug], /shops/[slug], /shops,
//      /c/[slug], the header's cart count, /api/suggest, /api/v1, /r) run on the replica: a function that
//      writes fails there (read-only transaction), and its page must stay on the primary.
// Figures only: nothing fails on time.
//
// Run: `npm run bench:replica` (as root or any user; root runs PostgreSQL as the `postgres` user).
// Needs the machine's PostgreSQL 15 server binaries (initdb, pg_ctl, pg_basebackup, postgres in
// /usr/lib/postgresql/15/bin, PG_BIN to change): Halle's embedded PostgreSQL has no pg_basebackup.
// The primary listens on 127.0.0.1:5498 and the replica on 5499 (REPLICA_PRIMARY_PORT,
// REPLICA_STANDBY_PORT), both in a temporary folder removed at the end, on failure and Ctrl-C too.
// `--changes N` sets the number of changes per phase (default 200), `--writers N` the writers (8).
import { spawnSync } from "node:child_process";
import {
  chownSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
  appendFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { Actor } from "@/lib/auth/actor";
import type { ProductSearchResult } from "@/lib/search/search-types";
import { applyMigrations } from "../../scripts/migrate";
import { load, ms, percentiles, printStats, seconds, seedDemo } from "./bench-support";
import type { Town } from "./search-data";
import { queryMix } from "./search-mix";

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const CHANGES = option("changes", 200);
const WRITERS = option("writers", 8);
const TITLE_CHANGES = 50;
const SEARCHES = 50;
const PG_BIN = process.env.PG_BIN ?? "/usr/lib/postgresql/15/bin";
const PRIMARY_PORT = Number(process.env.REPLICA_PRIMARY_PORT ?? 5498);
const STANDBY_PORT = Number(process.env.REPLICA_STANDBY_PORT ?? 5499);
const DATABASE = "halle_bench_replica";
const USER = "halle";
const PASSWORD = "halle";
const REPLICATION_USER = "replicator";
const REPLICATION_PASSWORD = "replicator";
/** A change not visible on the replica after this long counts as lost (never seen in practice). */
const VISIBLE_TIMEOUT_MS = 30_000;

const asRoot = process.getuid?.() === 0;
const urlFor = (port: number) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`;

// ---------------------------------------------------------------- the two servers

type Cluster = { root: string; primary: string; standby: string; started: string[] };
let cluster: Cluster | undefined;

/** Runs a PostgreSQL program, as the `postgres` user when we are root (PostgreSQL refuses root). */
function pgRun(cwd: string, program: string, programArgs: string[]): string {
  const binary = path.join(PG_BIN, program);
  const [command, argv] = asRoot
    ? ["runuser", ["-u", "postgres", "--", binary, ...programArgs]]
    : [binary, programArgs];
  const result = spawnSync(command, argv, { cwd, encoding: "utf8", env: { ...process.env, LC_ALL: "C.UTF-8" } });
  if (result.status !== 0)
    throw new Error(`${program} ${programArgs.join(" ")} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

function chownTree(target: string, uid: number, gid: number) {
  chownSync(target, uid, gid);
  if (statSync(target).isDirectory())
    for (const entry of readdirSync(target)) chownTree(path.join(target, entry), uid, gid);
}

function utf8Locale(): string | undefined {
  const listed = spawnSync("locale", ["-a"], { encoding: "utf8" }).stdout ?? "";
  const names = new Set(listed.split("\n").map((name) => name.trim().toLowerCase().replace("utf-8", "utf8")));
  return names.has("c.utf8") ? "C.UTF-8" : names.has("en_us.utf8") ? "en_US.UTF-8" : undefined;
}

function startServer(dataDir: string) {
  pgRun(cluster!.root, "pg_ctl", ["-D", dataDir, "-l", `${dataDir}.log`, "-w", "-t", "120", "start"]);
  cluster!.started.push(dataDir);
}

/** Stops what was started (replica first) and removes the temporary folder; synchronous, for Ctrl-C too. */
function cleanUp() {
  if (!cluster) return;
  const { root, started } = cluster;
  cluster = undefined;
  for (const dataDir of [...started].reverse()) {
    try {
      pgRun(root, "pg_ctl", ["-D", dataDir, "-m", "fast", "-w", "-t", "60", "stop"]);
    } catch (error) {
      console.error(`stopping the server in ${dataDir} failed:`, (error as Error).message);
    }
  }
  rmSync(root, { recursive: true, force: true });
}

/** Primary: initdb, replication allowed to one user, Halle's migrations and demo. Replica: a base backup of it, hot standby. */
async function createCluster(): Promise<{ primaryUrl: string; standbyUrl: string }> {
  const root = mkdtempSync(path.join(os.tmpdir(), "halle-replica-"));
  cluster = { root, primary: path.join(root, "primary"), standby: path.join(root, "standby"), started: [] };
  const { primary, standby } = cluster;
  const passwordFile = path.join(root, "password");
  writeFileSync(passwordFile, `${PASSWORD}\n`);
  if (asRoot) {
    const id = (flag: string) => Number(spawnSync("id", [flag, "postgres"], { encoding: "utf8" }).stdout.trim());
    chownTree(root, id("-u"), id("-g"));
  }
  const locale = utf8Locale();
  let started = performance.now();
  pgRun(root, "initdb", [
    "-D",
    primary,
    "-U",
    USER,
    `--pwfile=${passwordFile}`,
    "--auth-local=trust",
    "--auth-host=scram-sha-256",
    "--encoding=UTF8",
    ...(locale ? [`--locale=${locale}`] : []),
  ]);
  writeFileSync(
    path.join(primary, "pg_hba.conf"),
    [
      "local all all trust",
      `host all ${USER} 127.0.0.1/32 scram-sha-256`,
      `host replication ${REPLICATION_USER} 127.0.0.1/32 scram-sha-256`,
      "",
    ].join("\n"),
  );
  appendFileSync(
    path.join(primary, "postgresql.conf"),
    [
      "",
      "# tests/bench/replica.ts",
      `port = ${PRIMARY_PORT}`,
      "listen_addresses = '127.0.0.1'",
      `unix_socket_directories = '${root}'`,
      "wal_level = replica",
      "max_wal_senders = 4",
      "max_connections = 100",
      "",
    ].join("\n"),
  );
  startServer(primary);
  const primaryUrl = urlFor(PRIMARY_PORT);
  const admin = new pg.Client({ connectionString: urlFor(PRIMARY_PORT).replace(`/${DATABASE}`, "/postgres") });
  await admin.connect();
  await admin.query(`CREATE ROLE ${REPLICATION_USER} WITH REPLICATION LOGIN PASSWORD '${REPLICATION_PASSWORD}'`);
  await admin.query(`CREATE DATABASE ${DATABASE}`);
  const version = (await admin.query<{ server_version: string }>("SHOW server_version")).rows[0].server_version;
  await admin.end();
  console.log(
    `Primary: PostgreSQL ${version} on 127.0.0.1:${PRIMARY_PORT} (${primary}), started in ${seconds(started)}`,
  );

  started = performance.now();
  applyMigrations(primaryUrl);
  const filesDir = path.join(root, "files");
  seedDemo(primaryUrl, filesDir, path.join(root, "private"));
  console.log(`Migrations and demo seed on the primary in ${seconds(started)}`);

  started = performance.now();
  pgRun(root, "pg_basebackup", [
    "-d",
    `host=127.0.0.1 port=${PRIMARY_PORT} user=${REPLICATION_USER} password=${REPLICATION_PASSWORD}`,
    "-D",
    standby,
    "-R",
    "-X",
    "stream",
    "-c",
    "fast",
  ]);
  appendFileSync(
    path.join(standby, "postgresql.conf"),
    ["", "# the replica", `port = ${STANDBY_PORT}`, "hot_standby = on", ""].join("\n"),
  );
  startServer(standby);
  console.log(
    `Replica: pg_basebackup -R, hot standby on 127.0.0.1:${STANDBY_PORT} (${standby}), ready in ${seconds(started)}`,
  );
  return { primaryUrl, standbyUrl: urlFor(STANDBY_PORT) };
}

// ---------------------------------------------------------------- measuring

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  // A server stopping under a client must not bring the benchmark down before its report.
  client.on("error", () => {});
  await client.connect();
  return client;
}

/**
 * Polls the replica (back to back, no sleep) until the query answers true: the time from the call
 * to the answer that showed it, the polls sent, and the time of the last poll alone (the
 * measure's resolution: a change visible at the first poll has a lag below one read).
 */
async function waitUntilVisible(
  replica: pg.Client,
  text: string,
  values: unknown[],
): Promise<{ ms: number; polls: number; pollMs: number } | null> {
  const started = performance.now();
  let polls = 0;
  for (;;) {
    polls++;
    const sent = performance.now();
    const { rows } = await replica.query<{ ok: boolean }>(text, values);
    const now = performance.now();
    if (rows[0]?.ok) return { ms: now - started, polls, pollMs: now - sent };
    if (now - started > VISIBLE_TIMEOUT_MS) return null;
  }
}

const PRICE_VISIBLE = `SELECT (p."priceAmount" = $2 AND d.price_amount = $2) AS ok
  FROM "Product" p JOIN search.product_document d ON d.product_id = p.id WHERE p.id = $1`;
const TITLE_VISIBLE = `SELECT (p.title = $2 AND d.title_folded LIKE $3) AS ok
  FROM "Product" p JOIN search.product_document d ON d.product_id = p.id WHERE p.id = $1`;

type ReplicationSample = { writeMs: number | null; flushMs: number | null; replayMs: number | null; bytes: number };

/** pg_stat_replication every 100 ms on the primary, until stopped. */
function sampleReplication(primary: pg.Client) {
  const samples: ReplicationSample[] = [];
  let running = true;
  const done = (async () => {
    while (running) {
      const { rows } = await primary.query<ReplicationSample>(
        `SELECT EXTRACT(epoch FROM write_lag) * 1000 AS "writeMs", EXTRACT(epoch FROM flush_lag) * 1000 AS "flushMs",
                EXTRACT(epoch FROM replay_lag) * 1000 AS "replayMs",
                pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn)::float8 AS bytes
           FROM pg_stat_replication`,
      );
      if (rows[0])
        samples.push({
          writeMs: rows[0].writeMs === null ? null : Number(rows[0].writeMs),
          flushMs: rows[0].flushMs === null ? null : Number(rows[0].flushMs),
          replayMs: rows[0].replayMs === null ? null : Number(rows[0].replayMs),
          bytes: Number(rows[0].bytes),
        });
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  return async () => {
    running = false;
    await done;
    return samples;
  };
}

function printReplication(samples: ReplicationSample[]) {
  const values = (key: "writeMs" | "flushMs" | "replayMs") =>
    samples.map((s) => s[key]).filter((v): v is number => v !== null);
  for (const key of ["writeMs", "flushMs", "replayMs"] as const) {
    const list = values(key);
    const label = `pg_stat_replication ${key.replace("Ms", "_lag")}`;
    if (list.length === 0) console.log(`  ${label.padEnd(28)} NULL in all ${samples.length} samples (idle, caught up)`);
    else printStats(label, list);
  }
  const bytes = samples.map((s) => s.bytes);
  if (bytes.length)
    console.log(
      `  WAL not yet replayed (bytes)  p50 ${percentiles(bytes).p50.toFixed(0)}   max ${Math.max(...bytes).toFixed(0)}   (${samples.length} samples, every 100 ms)`,
    );
}

/** Writers on the primary: each updates a product's price or inserts a rate-limit row, back to back. */
function startWriteLoad(url: string, productIds: string[], writers: number) {
  let running = true;
  let writes = 0;
  const started = performance.now();
  const loops = Array.from({ length: writers }, async (_, writer) => {
    const client = await connect(url);
    let i = 0;
    try {
      while (running) {
        i++;
        if (i % 2 === 0) {
          await client.query(`UPDATE "Product" SET "priceAmount" = "priceAmount" + 1 WHERE id = $1`, [
            productIds[(writer * 7919 + i) % productIds.length],
          ]);
        } else {
          await client.query(
            `INSERT INTO "RateLimitBucket" ("key", "windowStart", "count", "expiresAt")
             VALUES ($1, now(), 1, now() + interval '1 minute') ON CONFLICT DO NOTHING`,
            [`bench:replica:${writer}:${i}`],
          );
        }
        writes++;
      }
    } finally {
      await client.end();
    }
  });
  return async () => {
    running = false;
    await Promise.all(loops);
    const elapsed = (performance.now() - started) / 1000;
    return { writes, perSecond: writes / elapsed };
  };
}

type Vendor = { actor: Actor; productIds: string[] };

async function findVendor(primary: pg.Client): Promise<Vendor> {
  const { rows } = await primary.query<{ id: string; role: Actor["role"]; name: string; email: string; ids: string[] }>(
    `SELECT u.id, u.role, u.name, u.email, array_agg(p.id ORDER BY p.id) AS ids
       FROM "User" u JOIN "Shop" s ON s."ownerId" = u.id JOIN "Product" p ON p."shopId" = s.id
      WHERE u.role = 'VENDOR' AND s.status = 'APPROVED' AND p.status = 'ACTIVE'
      GROUP BY u.id ORDER BY count(*) DESC LIMIT 1`,
  );
  if (!rows[0]) throw new Error("the demo has no vendor with an active product");
  const { ids, ...actor } = rows[0];
  return { actor, productIds: ids.slice(0, 5) };
}

type LagRun = { lagMs: number[]; commitMs: number[]; polls: number[]; pollMs: number[]; lost: number };

/** `count` price changes through quickEditProduct, each followed by polling the replica until it shows it. */
async function measurePriceChanges(
  vendor: Vendor,
  replica: pg.Client,
  count: number,
  firstPrice: number,
): Promise<LagRun> {
  const { quickEditProduct } = await import("@/lib/catalog/products/quick-edit-product");
  const lagMs: number[] = [];
  const commitMs: number[] = [];
  const polls: number[] = [];
  const pollMs: number[] = [];
  let lost = 0;
  for (let i = 0; i < count; i++) {
    const productId = vendor.productIds[i % vendor.productIds.length];
    const t0 = performance.now();
    const updated = await quickEditProduct(vendor.actor, {
      productId,
      locale: "fr",
      price: String(firstPrice + i),
    });
    commitMs.push(performance.now() - t0);
    const seen = await waitUntilVisible(replica, PRICE_VISIBLE, [productId, updated.priceAmount]);
    if (!seen) lost++;
    else {
      lagMs.push(seen.ms);
      polls.push(seen.polls);
      pollMs.push(seen.pollMs);
    }
  }
  return { lagMs, commitMs, polls, pollMs, lost };
}

function printLag(label: string, run: LagRun) {
  printStats(`${label}: commit`, run.commitMs);
  printStats(`${label}: lag`, run.lagMs);
  printStats(`${label}: one poll (resolution)`, run.pollMs);
  const first = run.polls.filter((n) => n === 1).length;
  console.log(
    `  visible at the first read after the commit: ${first} of ${run.polls.length} (a read at once would have shown the old price ${run.polls.length - first} times); polls per change max ${Math.max(...run.polls)}; not visible within ${VISIBLE_TIMEOUT_MS / 1000} s: ${run.lost}`,
  );
}

/** Waits until the replica has replayed everything the primary had written when called. */
async function catchUp(primary: pg.Client, replica: pg.Client): Promise<number> {
  const started = performance.now();
  const { lsn } = (await primary.query<{ lsn: string }>("SELECT pg_current_wal_lsn()::text AS lsn")).rows[0];
  for (;;) {
    const { rows } = await replica.query<{ ok: boolean }>("SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS ok", [lsn]);
    if (rows[0].ok) return performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

// ---------------------------------------------------------------- reads on the standby

type ReadCheck = { page: string; call: string; run: () => Promise<unknown> };

async function readChecks(primary: pg.Client, replica: pg.Client): Promise<ReadCheck[]> {
  const product = (
    await primary.query<{ id: string; slug: string; shopId: string }>(
      `SELECT p.id, p.slug, p."shopId" FROM "Product" p JOIN "Shop" s ON s.id = p."shopId"
        WHERE p.status = 'ACTIVE' AND s.status = 'APPROVED' ORDER BY p.id LIMIT 1`,
    )
  ).rows[0];
  const shop = (
    await primary.query<{ id: string; slug: string; latitude: number; longitude: number }>(
      `SELECT id, slug, latitude, longitude FROM "Shop" WHERE id = $1`,
      [product.shopId],
    )
  ).rows[0];
  const category = (
    await primary.query<{ id: string; slug: string }>(
      `SELECT id, slug FROM "Category" WHERE "parentId" IS NULL AND NOT prohibited ORDER BY position LIMIT 1`,
    )
  ).rows[0];
  const near = { latitude: shop.latitude, longitude: shop.longitude };
  // An ambassador's link (GET /r?ref=CODE): the programme open and one ambassador, on the primary.
  await primary.query(`UPDATE "MarketplaceSettings" SET "ambassadorsEnabled" = true WHERE id = 1`);
  await primary.query(
    `INSERT INTO "Ambassador" (id, "userId", code)
     SELECT 'bench-replica-ambassador', id, 'BENCHREPLICA' FROM "User" WHERE role = 'SHOPPER'
       AND id NOT IN (SELECT "userId" FROM "Ambassador") ORDER BY id LIMIT 1
     ON CONFLICT DO NOTHING`,
  );
  const ambassadorCode = (await primary.query<{ code: string }>(`SELECT code FROM "Ambassador" ORDER BY code LIMIT 1`))
    .rows[0]?.code;
  await catchUp(primary, replica);
  const { getDb } = await import("@/lib/db");
  const { readSettingsRow } = await import("@/lib/settings/read-settings-row");
  const { countCartItems } = await import("@/lib/cart/count-cart-items");
  const { listNewProducts } = await import("@/lib/catalog/list-new-products");
  const { listTopLevelCategories } = await import("@/lib/catalog/list-categories");
  const { listNearbyProducts } = await import("@/lib/discovery/list-nearby-products");
  const { listNearbyShops } = await import("@/lib/discovery/list-nearby-shops");
  const { listShopTrades } = await import("@/lib/discovery/list-shop-trades");
  const { listApprovedShops } = await import("@/lib/shops/list-approved-shops");
  const { searchProducts } = await import("@/lib/search/search-products");
  const { listSearchCategories } = await import("@/lib/search/list-search-categories");
  const { suggestProducts } = await import("@/lib/search/suggest-products");
  const { getPublicProduct } = await import("@/lib/catalog/get-public-product");
  const { listMoreFromShop } = await import("@/lib/catalog/list-more-from-shop");
  const { listProductReviews, listShopReviews } = await import("@/lib/reviews/list-public-reviews");
  const { getApprovedShop } = await import("@/lib/shops/get-approved-shop");
  const { listShopProducts } = await import("@/lib/catalog/list-shop-products");
  const { getCategoryBySlug } = await import("@/lib/catalog/get-category-by-slug");
  const { listCategoryProducts } = await import("@/lib/catalog/list-category-products");
  const { getApiProduct } = await import("@/lib/api/get-api-product");
  const { rateLimitRequest } = await import("@/lib/rate-limit/rate-limit-request");
  const { recordAmbassadorClick } = await import("@/lib/ambassadors/record-ambassador-click");
  return [
    { page: "every page (layout)", call: "readSettingsRow (getPublicSettings)", run: () => readSettingsRow(getDb()) },
    {
      page: "every page (layout)",
      call: "countCartItems (header)",
      run: () => countCartItems({ guestToken: "bench-replica" }),
    },
    { page: "/", call: "listNewProducts", run: () => listNewProducts() },
    { page: "/", call: "listTopLevelCategories", run: () => listTopLevelCategories("fr") },
    { page: "/", call: "listNearbyProducts", run: () => listNearbyProducts({ near }) },
    { page: "/", call: "listApprovedShops", run: () => listApprovedShops() },
    { page: "/shops", call: "listNearbyShops", run: () => listNearbyShops({ near, radiusKm: 50 }) },
    { page: "/shops", call: "listShopTrades", run: () => listShopTrades() },
    {
      page: "/search",
      call: "searchProducts",
      run: () => searchProducts({ query: "miel", near, radiusKm: 50, locale: "fr", page: 1, pageSize: 24 }),
    },
    {
      page: "/search",
      call: "searchProducts (typo)",
      run: () => searchProducts({ query: "chocolt", locale: "fr", page: 1, pageSize: 24 }),
    },
    { page: "/search", call: "listSearchCategories", run: () => listSearchCategories("fr") },
    { page: "/p/[slug]", call: "getPublicProduct", run: () => getPublicProduct(product.slug, "fr") },
    {
      page: "/p/[slug]",
      call: "listMoreFromShop",
      run: () => listMoreFromShop({ shopId: shop.id, excludeProductId: product.id }),
    },
    { page: "/p/[slug]", call: "listProductReviews", run: () => listProductReviews(product.id) },
    { page: "/shops/[slug]", call: "getApprovedShop", run: () => getApprovedShop(shop.slug) },
    { page: "/shops/[slug]", call: "listShopProducts", run: () => listShopProducts(shop.slug) },
    { page: "/shops/[slug]", call: "listShopReviews", run: () => listShopReviews(shop.id) },
    { page: "/c/[slug]", call: "getCategoryBySlug", run: () => getCategoryBySlug(category.slug, "fr") },
    { page: "/c/[slug]", call: "listCategoryProducts", run: () => listCategoryProducts(category.id) },
    { page: "/api/suggest", call: "suggestProducts", run: () => suggestProducts("mie", "fr") },
    {
      page: "/api/suggest",
      call: "rateLimitRequest (suggestPerAddress)",
      run: () => rateLimitRequest("suggestPerAddress", "203.0.113.7"),
    },
    { page: "/api/v1/products/[slug]", call: "getApiProduct", run: () => getApiProduct(product.slug, "fr") },
    {
      page: "/api/v1/*",
      call: "rateLimitRequest (publicApiPerAddress)",
      run: () => rateLimitRequest("publicApiPerAddress", "203.0.113.7"),
    },
    {
      page: "/r?ref=CODE (ambassador link)",
      call: `recordAmbassadorClick (${ambassadorCode ?? "no ambassador"})`,
      run: async () => {
        if (!(await recordAmbassadorClick(ambassadorCode, `/p/${product.slug}`))) throw new Error("no referral");
      },
    },
  ];
}

const withoutTiming = (result: ProductSearchResult) => JSON.stringify({ ...result, dbMs: 0 });

// ---------------------------------------------------------------- main

async function main() {
  for (const program of ["initdb", "pg_ctl", "pg_basebackup", "postgres"]) {
    if (!existsSync(path.join(PG_BIN, program))) {
      console.error(
        `${path.join(PG_BIN, program)} is missing. This benchmark needs PostgreSQL 15's server binaries:\n` +
          "  Debian/Ubuntu: apt-get install postgresql-15 (its binaries are in /usr/lib/postgresql/15/bin)\n" +
          "  elsewhere: set PG_BIN to the folder holding initdb, pg_ctl, pg_basebackup and postgres.",
      );
      process.exit(1);
    }
  }
  const loadAtStart = load();
  console.log(
    `Read replica benchmark — ${os.cpus().length} CPU(s), load average (1/5/15 min) at start: ${loadAtStart}`,
  );
  const clients: pg.Client[] = [];
  let disconnect: (() => Promise<void>) | undefined;
  try {
    const { primaryUrl, standbyUrl } = await createCluster();
    const primary = await connect(primaryUrl);
    const replica = await connect(standbyUrl);
    clients.push(primary, replica);
    const settings = await primary.query<{ name: string; setting: string }>(
      `SELECT name, setting FROM pg_settings WHERE name IN ('wal_level', 'synchronous_commit', 'fsync', 'synchronous_standby_names', 'wal_writer_delay') ORDER BY name`,
    );
    console.log(
      `  primary settings: ${settings.rows.map((r) => `${r.name}=${r.setting || "''"}`).join(", ")} (asynchronous streaming replication)`,
    );
    const standbyState = (
      await replica.query<{ recovery: boolean; readOnly: string }>(
        `SELECT pg_is_in_recovery() AS recovery, current_setting('transaction_read_only') AS "readOnly"`,
      )
    ).rows[0];
    const stat = (
      await primary.query<{ state: string; sync_state: string }>("SELECT state, sync_state FROM pg_stat_replication")
    ).rows[0];
    console.log(
      `  replica: pg_is_in_recovery ${standbyState.recovery}, transaction_read_only ${standbyState.readOnly}; pg_stat_replication on the primary: ${stat?.state ?? "no row"} / ${stat?.sync_state ?? "-"}`,
    );
    const counts = (
      await replica.query<{ products: number; documents: number }>(
        `SELECT (SELECT count(*) FROM "Product" WHERE status = 'ACTIVE')::int AS products, (SELECT count(*) FROM search.product_document)::int AS documents`,
      )
    ).rows[0];
    console.log(`  on the replica: ${counts.products} active products, ${counts.documents} search documents`);

    process.env.DATABASE_URL = primaryUrl;
    ({ disconnectDb: disconnect } = await import("@/lib/db"));
    const vendor = await findVendor(primary);
    console.log(
      `\na. Replication lag: a price changed by quickEditProduct (vendor ${vendor.actor.email}, ${vendor.productIds.length} products in turn), then the replica polled back to back until "Product" and search.product_document show it`,
    );
    // Warm-up: the first calls load modules and open the pools.
    await measurePriceChanges(vendor, replica, 5, 900);

    const idleSampler = sampleReplication(primary);
    let started = performance.now();
    const sequential = await measurePriceChanges(vendor, replica, CHANGES, 1_000);
    console.log(`  ${CHANGES} changes one after the other, no other writes (${seconds(started)}):`);
    printLag("quiet", sequential);
    printReplication(await idleSampler());

    const others = (
      await primary.query<{ id: string }>(`SELECT id FROM "Product" WHERE NOT (id = ANY($1)) ORDER BY id`, [
        vendor.productIds,
      ])
    ).rows.map((r) => r.id);
    console.log(
      `\n  ${CHANGES} changes while ${WRITERS} writers load the primary (back to back: a product's price updated, a rate-limit row inserted, in turn; ${others.length} other products):`,
    );
    const loadedSampler = sampleReplication(primary);
    const stopLoad = startWriteLoad(primaryUrl, others, WRITERS);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    started = performance.now();
    const loaded = await measurePriceChanges(vendor, replica, CHANGES, 2_000);
    const elapsedLoaded = seconds(started);
    const writeLoad = await stopLoad();
    const loadedSamples = await loadedSampler();
    console.log(
      `  (${elapsedLoaded}; the writers made ${writeLoad.writes} writes, ${writeLoad.perSecond.toFixed(0)} per second; load average ${load()})`,
    );
    printLag("under load", loaded);
    printReplication(loadedSamples);
    console.log(
      `  the replica caught up with the primary's last write ${ms(await catchUp(primary, replica))} after the writers stopped`,
    );

    // A title change rebuilds the product's search document (its words, trigger search.on_product_update).
    const titleLag: number[] = [];
    let titleFirst = 0;
    const titleProduct = vendor.productIds[0];
    const { title: originalTitle } = (
      await primary.query<{ title: string }>(`SELECT title FROM "Product" WHERE id = $1`, [titleProduct])
    ).rows[0];
    for (let i = 0; i < TITLE_CHANGES; i++) {
      const word = `replicaword${i}`;
      const title = `${originalTitle} ${word}`;
      await primary.query(`UPDATE "Product" SET title = $2, "updatedAt" = now() WHERE id = $1`, [titleProduct, title]);
      const seen = await waitUntilVisible(replica, TITLE_VISIBLE, [titleProduct, title, `%${word}%`]);
      if (seen) titleLag.push(seen.ms);
      if (seen?.polls === 1) titleFirst++;
    }
    await primary.query(`UPDATE "Product" SET title = $2, "updatedAt" = now() WHERE id = $1`, [
      titleProduct,
      originalTitle,
    ]);
    console.log(
      `\n  ${TITLE_CHANGES} title changes (UPDATE "Product" as the editor's save does; the search document rebuilt), no other writes:`,
    );
    printStats("title change: lag", titleLag);
    console.log(`  visible at the first read after the commit: ${titleFirst} of ${TITLE_CHANGES}`);

    // b. Reads on the standby.
    console.log(`\nb. Reads on the hot standby`);
    await catchUp(primary, replica);
    const towns: Town[] = (
      await primary.query<{ name: string; lat: number; lng: number }>(
        `SELECT coalesce(city, slug) AS name, latitude AS lat, longitude AS lng FROM "Shop"
          WHERE status = 'APPROVED' AND latitude IS NOT NULL ORDER BY id`,
      )
    ).rows.map((row) => ({ ...row, postcode: "", population: 0 }));
    // Half the search benchmark's mix (its words are not all in the demo), half words of the demo's
    // own titles, with its sorts, so that most searches find something.
    const titleWords = (
      await primary.query<{ word: string }>(
        `SELECT DISTINCT lower(split_part(title, ' ', 1)) AS word FROM "Product"
          WHERE status = 'ACTIVE' AND length(split_part(title, ' ', 1)) > 3 ORDER BY 1`,
      )
    ).rows.map((r) => r.word);
    const sorts = ["relevance", "distance", "price-asc", "price-desc", "newest", "rating"] as const;
    const mix = [
      ...queryMix(towns, SEARCHES / 2, 11).map((s) => s.input),
      ...Array.from({ length: SEARCHES / 2 }, (_, i) => ({
        query: titleWords[(i * 7) % titleWords.length],
        near: { latitude: towns[i % towns.length].lat, longitude: towns[i % towns.length].lng },
        radiusKm: [10, 25, 50, 200][i % 4],
        locale: i % 5 === 0 ? "en" : "fr",
        sort: sorts[i % sorts.length],
        page: 1,
        pageSize: 24,
      })),
    ];
    const { searchProducts } = await import("@/lib/search/search-products");
    const onPrimary: ProductSearchResult[] = [];
    for (const input of mix) onPrimary.push(await searchProducts(input));
    await disconnect();
    process.env.DATABASE_URL = standbyUrl;
    const onReplica: ProductSearchResult[] = [];
    const replicaErrors: string[] = [];
    for (const input of mix) {
      try {
        onReplica.push(await searchProducts(input));
      } catch (error) {
        replicaErrors.push((error as Error).message);
      }
    }
    const identical = onReplica.filter((r, i) => withoutTiming(r) === withoutTiming(onPrimary[i])).length;
    const hits = onPrimary.reduce((sum, r) => sum + r.total, 0);
    console.log(
      `  ${SEARCHES} searches (half the search benchmark's mix, half words of the demo's titles, around the demo's shops): identical results on the replica ${identical} of ${SEARCHES}; failed on the replica ${replicaErrors.length}${replicaErrors.length ? ` (${replicaErrors[0]})` : ""}; ${hits} hits in all, ${onPrimary.filter((r) => r.total === 0).length} empty`,
    );
    printStats(
      "search on the primary (dbMs)",
      onPrimary.map((r) => r.dbMs),
    );
    printStats(
      "search on the replica (dbMs)",
      onReplica.map((r) => r.dbMs),
    );

    console.log(`\n  the storefront's read path, each function run on the replica:`);
    process.env.DATABASE_URL = primaryUrl;
    const checks = await readChecks(primary, replica);
    process.env.DATABASE_URL = standbyUrl;
    const failed: ReadCheck[] = [];
    for (const check of checks) {
      try {
        await check.run();
        console.log(`    ok      ${check.page.padEnd(30)} ${check.call}`);
      } catch (error) {
        failed.push(check);
        const message = (error as Error).message.split("\n").filter(Boolean).slice(-1)[0];
        console.log(`    FAILS   ${check.page.padEnd(30)} ${check.call}: ${message}`);
      }
    }
    console.log(
      `  ${checks.length - failed.length} of ${checks.length} read fine on the standby; writing on a GET (must reach the primary): ${failed.map((c) => `${c.page} (${c.call})`).join(", ") || "none"}`,
    );

    console.log(
      `\nSummary (load average at start ${loadAtStart}, at end ${load()}):` +
        `\n  lag after a vendor's price change, quiet:      p50 ${ms(percentiles(sequential.lagMs).p50)}  p95 ${ms(percentiles(sequential.lagMs).p95)}  max ${ms(percentiles(sequential.lagMs).max)}` +
        `\n  lag after a vendor's price change, ${WRITERS} writers: p50 ${ms(percentiles(loaded.lagMs).p50)}  p95 ${ms(percentiles(loaded.lagMs).p95)}  max ${ms(percentiles(loaded.lagMs).max)}` +
        `\n  lag after a title change (document rebuilt):  p50 ${ms(percentiles(titleLag).p50)}  p95 ${ms(percentiles(titleLag).p95)}  max ${ms(percentiles(titleLag).max)}` +
        `\n  searches identical on the replica: ${identical}/${SEARCHES}; storefront reads failing on the standby: ${failed.length}/${checks.length}`,
    );
  } finally {
    await disconnect?.().catch(() => {});
    for (const client of clients) await client.end().catch(() => {});
    cleanUp();
  }
}

for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.once(signal, () => {
    cleanUp();
    process.exit(130);
  });

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    cleanUp();
    process.exit(1);
  },
);
