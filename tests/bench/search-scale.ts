// Benchmark (docs/scaling.md, growing past this): product search at several times the search
// benchmark's data, to find where PostgreSQL's full text search stops being enough. For each scale
// of `--scales` (default 1,5,10: 2,000 / 10,000 / 20,000 shops and 200,000 / 1,000,000 /
// 2,000,000 products, tests/bench/search-data.ts), in an embedded PostgreSQL of its own, we print:
//   - the generation time (or that of the run that generated the data, which is kept);
//   - the sizes of "Product", search.product_document, search.vocabulary and each of their indexes
//     (GIN full text, GIN trigram, GiST position…), pg_total_relation_size / pg_relation_size;
//   - searchProducts' database time p50/p95/p99 and searches/s under 20 concurrent clients, then
//     p50/p95 with 1 client, for the same query mix as tests/bench/search.ts (queryMix seeds 1 and 2),
//     with PostgreSQL's CPU per search (its processes' time in /proc) and the shared-buffer pages
//     each search touches (pg_stat_database), which depend much less on the machine's other load;
//   - the time for a change to be found: a product's title gets a new unique word (an SQL UPDATE,
//     the triggers rebuild its search document in the same transaction), then we search for that
//     word until the product comes back; measured from the commit, several times;
// and a summary across scales with the first scale whose database p95 passes 50 ms.
//
// Run: `npm run bench:search-scale [-- --scales 1,5,10] [-- --fresh] [-- --requests 2000]
// [-- --probes 10] [-- --shared-buffers 6GB]`. Each scale has its own embedded PostgreSQL in
// .data/bench-search-x<scale> on port 5500 + scale (5501, 5505, 5510), kept between runs with its
// data (generated once, reused; `--fresh` regenerates it) and stopped when its scale is measured.
// shared_buffers: 1536MB at 1× (as tests/bench/search.ts), 600 MB per 200,000 products above (so
// that the search table and its indexes fit, as a production server would be sized).
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { ProductSearchInput, ProductSearchResult } from "@/lib/search/search-types";
import { startEmbeddedPostgres, ensureDatabase, type RunningPostgres } from "../../scripts/embedded-postgres";
import { applyMigrations } from "../../scripts/migrate";
import {
  captureQueries,
  load,
  ms,
  percentiles,
  printStats,
  runClients,
  seconds,
  seedDemo,
  startCapturing,
  stopCapturing,
  timed,
} from "./bench-support";
import {
  PRODUCT_COUNT,
  SHOP_COUNT,
  benchDataPresent,
  generateSearchData,
  loadTowns,
  removeBenchData,
} from "./search-data";
import { queryMix } from "./search-mix";

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const text = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : fallback;
};
const option = (name: string, fallback: number) => Number(text(name, String(fallback)));
const SCALES = text("scales", "1,5,10")
  .split(",")
  .map((s) => Number(s.trim()));
const FRESH = flag("fresh");
const CONCURRENCY = option("clients", 20);
const WARMUP = option("warmup", 200);
const REQUESTS = option("requests", 2_000);
const SEQUENTIAL = option("sequential", 300);
const PROBES = option("probes", 10);
const TARGET_DB_P95 = 50;
/** How long a probe searches for its changed product before it counts as not found. */
const FOUND_TIMEOUT_MS = 10_000;

const sharedBuffers = (scale: number) =>
  text("shared-buffers", scale === 1 ? "1536MB" : `${Math.max(1536, 600 * scale)}MB`);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const count = (n: number) => n.toLocaleString("en-GB");

type Stats = ReturnType<typeof percentiles>;
type ScaleResult = {
  scale: number;
  shops: number;
  products: number;
  generation: string;
  searchBytes: number;
  productBytes: number;
  sharedBuffers: string;
  db: Stats;
  wall: Stats;
  perSecond: number;
  one: Stats;
  cpuMs: number;
  oneCpuMs: number;
  pages: number;
  update: Stats;
  found: Stats;
  notFound: number;
  firstTry: number;
};

// ---------------------------------------------------------------- database

async function startDatabase(scale: number): Promise<{ embedded: RunningPostgres; url: string }> {
  const started = performance.now();
  const dataDir = `.data/bench-search-x${scale}`;
  const port = 5500 + scale;
  const embedded = await startEmbeddedPostgres({
    dataDir,
    port,
    fresh: FRESH,
    settings: { shared_buffers: sharedBuffers(scale) },
  });
  await ensureDatabase(embedded.adminUrl, "halle_bench_search");
  console.log(
    `  embedded PostgreSQL on port ${port} (${dataDir}, shared_buffers ${sharedBuffers(scale)}) started in ${seconds(started)}`,
  );
  const url = embedded.urlFor("halle_bench_search");
  applyMigrations(url);
  seedDemo(url, path.resolve(`${dataDir}-files`), path.resolve(`${dataDir}-private`));
  console.log(`  migrated and seeded (demo): ${seconds(started)}`);
  return { embedded, url };
}

/** Generates the data once (the seconds it took are kept beside the data folder), reuses it afterwards. */
async function ensureData(db: pg.Client, scale: number): Promise<string> {
  const record = path.resolve(`.data/bench-search-x${scale}.generation.json`);
  if (!FRESH && (await benchDataPresent(db, scale))) {
    const earlier = existsSync(record)
      ? (JSON.parse(readFileSync(record, "utf8")) as { seconds: number; at: string })
      : undefined;
    console.log(
      `  data already present: generation skipped (use --fresh to regenerate)${earlier ? `; it took ${earlier.seconds.toFixed(0)} s on ${earlier.at}` : ""}`,
    );
    return earlier ? `${earlier.seconds.toFixed(0)} s (earlier run)` : "reused";
  }
  console.log(
    `  generating ${count(SHOP_COUNT * scale)} shops and ${count(PRODUCT_COUNT * scale)} products${FRESH ? " (--fresh)" : ""}…`,
  );
  await removeBenchData(db);
  const took = await generateSearchData(db, (line) => console.log(`  ${line}`), scale);
  writeFileSync(record, JSON.stringify({ seconds: took, at: new Date().toISOString() }));
  return `${took.toFixed(0)} s`;
}

/** Table and index sizes; returns the search data's total (documents and vocabulary, with indexes) and the products'. */
async function printSizes(db: pg.Client): Promise<{ searchBytes: number; productBytes: number }> {
  const tables = (
    await db.query<{ name: string; total: string; heap: string }>(
      `SELECT format('%I.%I', n.nspname, c.relname) AS name, pg_total_relation_size(c.oid)::text AS total, pg_relation_size(c.oid)::text AS heap
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE (n.nspname = 'search' OR (n.nspname = 'public' AND c.relname IN ('Product', 'ProductImage', 'Shop'))) AND c.relkind = 'r'
        ORDER BY pg_total_relation_size(c.oid) DESC`,
    )
  ).rows;
  const indexes = (
    await db.query<{ tab: string; name: string; method: string; size: string }>(
      `SELECT format('%I.%I', n.nspname, t.relname) AS tab, i.relname AS name, am.amname AS method, pg_relation_size(i.oid)::text AS size
         FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
         JOIN pg_namespace n ON n.oid = t.relnamespace JOIN pg_am am ON am.oid = i.relam
        WHERE n.nspname = 'search' OR (n.nspname = 'public' AND t.relname = 'Product')
        ORDER BY pg_relation_size(i.oid) DESC`,
    )
  ).rows;
  console.log("  sizes (table + its indexes and TOAST; heap alone):");
  for (const t of tables)
    console.log(`    ${t.name.padEnd(30)} ${mb(Number(t.total)).padStart(9)}   heap ${mb(Number(t.heap))}`);
  console.log("  indexes:");
  for (const i of indexes)
    console.log(`    ${`${i.name} (${i.method})`.padEnd(48)} ${mb(Number(i.size)).padStart(9)}   on ${i.tab}`);
  const total = (name: string) => Number(tables.find((t) => t.name === name)?.total ?? 0);
  return {
    searchBytes: total("search.product_document") + total("search.vocabulary"),
    productBytes: total('public."Product"'),
  };
}

/** Reads the search tables into shared buffers, so that every scale is measured warm (products first, search last). */
async function prewarm(db: pg.Client) {
  const started = performance.now();
  await db.query("CREATE EXTENSION IF NOT EXISTS pg_prewarm");
  const { rows: relations } = await db.query<{ oid: number }>(
    `SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'i') AND c.relname NOT LIKE 'pg_%'
        AND (n.nspname = 'search' OR (n.nspname = 'public' AND (c.relname IN ('Product', 'Shop', 'ProductImage')
             OR c.oid IN (SELECT indexrelid FROM pg_index WHERE indrelid IN ('"Product"'::regclass, '"Shop"'::regclass, '"ProductImage"'::regclass)))))
      ORDER BY n.nspname = 'search', c.relname`,
  );
  let blocks = 0;
  for (const { oid } of relations)
    blocks += Number((await db.query<{ n: string }>("SELECT pg_prewarm($1::regclass)::text AS n", [oid])).rows[0].n);
  console.log(`  pg_prewarm: ${mb(blocks * 8192)} read into shared buffers in ${seconds(started)}`);
}

// ---------------------------------------------------------------- work per search

/**
 * CPU time of the embedded PostgreSQL's processes (children of the postmaster, /proc), in ms: on a
 * shared machine, the wall-clock figures follow the other processes' load; CPU per search much less.
 */
function postgresCpuMs(dataDir: string): Map<string, number> {
  const postmaster = readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0].trim();
  const tick = 1000 / 100; // USER_HZ, 100 on Linux
  const byProcess = new Map<string, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (fields[1] === postmaster) byProcess.set(entry, (Number(fields[11]) + Number(fields[12])) * tick);
    } catch {
      // the process ended between the listing and the read: its time is gone with it
    }
  }
  return byProcess;
}

/** CPU ms used between two readings by the processes alive at the second (an idle connection the pool closed did no work). */
function cpuBetween(before: Map<string, number>, after: Map<string, number>): number {
  let total = 0;
  for (const [pid, ms] of after) total += ms - (before.get(pid) ?? 0);
  return total;
}

/** Shared-buffer pages (8 kB) found or read by the database so far (statistics are flushed within a second). */
async function pagesTouched(db: pg.Client): Promise<number> {
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  const { rows } = await db.query<{ pages: string }>(
    `SELECT (blks_hit + blks_read)::text AS pages FROM pg_stat_database WHERE datname = current_database()`,
  );
  return Number(rows[0].pages);
}

/** Runs `work` and returns, per search, PostgreSQL's CPU ms and the pages it touched. */
async function perSearchWork<R>(db: pg.Client, dataDir: string, searches: number, work: () => Promise<R>) {
  const pagesBefore = await pagesTouched(db);
  const cpuBefore = postgresCpuMs(dataDir);
  const result = await work();
  const cpuMs = cpuBetween(cpuBefore, postgresCpuMs(dataDir)) / searches;
  const pages = ((await pagesTouched(db)) - pagesBefore) / searches;
  return { result, cpuMs, pages };
}

// ---------------------------------------------------------------- time to be found

/** Letters only, so that the text search configurations keep it as one word. */
const letters = (n: number) => {
  let word = "";
  do {
    word = String.fromCharCode(97 + (n % 26)) + word;
    n = Math.floor(n / 26);
  } while (n > 0);
  return word;
};

async function timeToBeFound(
  db: pg.Client,
  scale: number,
  searchProducts: (input: ProductSearchInput) => Promise<ProductSearchResult>,
) {
  const products = PRODUCT_COUNT * scale;
  const update: number[] = [];
  const found: number[] = [];
  let notFound = 0;
  let firstTry = 0;
  for (let probe = 0; probe < PROBES; probe++) {
    const { rows } = await db.query<{ id: string; title: string; latitude: number; longitude: number }>(
      `SELECT p.id, p.title, s.latitude, s.longitude FROM "Product" p JOIN "Shop" s ON s.id = p."shopId"
        WHERE p.id LIKE 'bench-p-%' ORDER BY p.id OFFSET $1 LIMIT 1`,
      [Math.floor(((probe + 0.5) * products) / PROBES)],
    );
    const product = rows[0];
    const word = `zorbex${letters(Date.now() * 10 + probe)}`;
    const input: ProductSearchInput = {
      query: word,
      near: { latitude: product.latitude, longitude: product.longitude },
      radiusKm: 10,
      locale: "fr",
      page: 1,
      pageSize: 24,
      sort: "relevance",
    };
    try {
      const t0 = performance.now();
      await db.query(`UPDATE "Product" SET title = $1, "updatedAt" = now() WHERE id = $2`, [
        `${product.title} ${word}`,
        product.id,
      ]);
      const committed = performance.now();
      update.push(committed - t0);
      let attempts = 0;
      for (;;) {
        attempts += 1;
        const result = await searchProducts(input);
        if (result.hits.some((hit) => hit.id === product.id)) {
          found.push(performance.now() - committed);
          if (attempts === 1) firstTry += 1;
          break;
        }
        if (performance.now() - committed > FOUND_TIMEOUT_MS) {
          notFound += 1;
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    } finally {
      await db.query(`UPDATE "Product" SET title = $1 WHERE id = $2`, [product.title, product.id]);
      // The vocabulary only grows (search.refresh_products): take the probes' words out again.
      await db.query(`DELETE FROM search.vocabulary WHERE word LIKE 'zorbex%'`);
    }
  }
  return { update: percentiles(update), found: percentiles(found.length ? found : [NaN]), notFound, firstTry };
}

// ---------------------------------------------------------------- one scale

type SearchModule = { searchProducts: (input: ProductSearchInput) => Promise<ProductSearchResult> };

async function measureScale(scale: number, searchModule: SearchModule): Promise<ScaleResult> {
  console.log(
    `\n=== ${scale}× — ${count(SHOP_COUNT * scale)} shops, ${count(PRODUCT_COUNT * scale)} products (load average ${load()})`,
  );
  const { embedded, url } = await startDatabase(scale);
  const db = new pg.Client({ connectionString: url });
  const { disconnectDb } = await import("@/lib/db");
  try {
    await db.connect();
    const generation = await ensureData(db, scale);
    // A table at rest in production has been vacuumed (visibility map, hint bits): measure that state.
    const vacuumed = performance.now();
    await db.query(`VACUUM (ANALYZE) search.product_document, search.vocabulary, "Product", "Shop", "ProductImage"`);
    console.log(`  VACUUM (ANALYZE) of the search and product tables: ${seconds(vacuumed)}`);
    const counts = (
      await db.query<{ shops: number; products: number; documents: number; words: number }>(
        `SELECT (SELECT count(*) FROM "Shop" WHERE status = 'APPROVED')::int AS shops, (SELECT count(*) FROM "Product" WHERE status = 'ACTIVE')::int AS products,
                (SELECT count(*) FROM search.product_document)::int AS documents, (SELECT count(*) FROM search.vocabulary)::int AS words`,
      )
    ).rows[0];
    console.log(
      `  approved shops ${count(counts.shops)}, active products ${count(counts.products)}, search documents ${count(counts.documents)}, vocabulary ${count(counts.words)} words`,
    );
    const sizes = await printSizes(db);
    await prewarm(db);

    process.env.DATABASE_URL = url;
    const towns = loadTowns(5_000).slice(0, 400);
    const warm = performance.now();
    await runClients(queryMix(towns, WARMUP, 1), CONCURRENCY, (s) => searchModule.searchProducts(s.input));
    console.log(`  warm-up: ${WARMUP} searches in ${seconds(warm)}`);
    const mix = queryMix(towns, REQUESTS, 2);
    const dataDir = path.resolve(`.data/bench-search-x${scale}`);
    const run = performance.now();
    let elapsed = 0;
    const { result: measured, cpuMs } = await perSearchWork(db, dataDir, REQUESTS, async () => {
      const rows = await runClients(mix, CONCURRENCY, async (s) => {
        const { result, dbMs, wallMs } = await timed(() => searchModule.searchProducts(s.input));
        return { dbMs, wallMs, total: result.total };
      });
      elapsed = (performance.now() - run) / 1000;
      return rows;
    });
    const perSecond = REQUESTS / elapsed;
    console.log(
      `  ${CONCURRENCY} clients: ${REQUESTS} searches in ${elapsed.toFixed(1)} s (${perSecond.toFixed(0)} searches/s); median hits total ${percentiles(measured.map((m) => m.total)).p50}, empty results ${measured.filter((m) => m.total === 0).length}`,
    );
    const dbStats = printStats(
      "time in the database",
      measured.map((m) => m.dbMs),
    );
    const wall = printStats(
      "wall time (+ pool wait)",
      measured.map((m) => m.wallMs),
    );
    console.log(`  PostgreSQL CPU per search, ${CONCURRENCY} clients: ${cpuMs.toFixed(1)} ms`);
    const sequentialMix = mix.slice(0, Math.min(SEQUENTIAL, REQUESTS));
    const {
      result: sequential,
      cpuMs: oneCpuMs,
      pages,
    } = await perSearchWork(db, dataDir, sequentialMix.length, () =>
      runClients(sequentialMix, 1, (s) => timed(() => searchModule.searchProducts(s.input))),
    );
    const one = printStats(
      "in database, 1 client",
      sequential.map((r) => r.dbMs),
    );
    console.log(
      `  1 client: PostgreSQL CPU per search ${oneCpuMs.toFixed(1)} ms, shared-buffer pages (8 kB) touched per search ${pages.toFixed(0)} (${mb(pages * 8192)})`,
    );
    await explainDense(db, searchModule);

    const probes = await timeToBeFound(db, scale, searchModule.searchProducts);
    console.log(
      `  time to be found (${PROBES} title changes by SQL UPDATE, then searches for the new word until the product comes back):`,
    );
    console.log(
      `    UPDATE with its triggers: p50 ${ms(probes.update.p50)}   p95 ${ms(probes.update.p95)}   max ${ms(probes.update.max)}`,
    );
    console.log(
      `    commit → found: p50 ${ms(probes.found.p50)}   p95 ${ms(probes.found.p95)}   max ${ms(probes.found.max)}; found by the first search after the commit ${probes.firstTry}/${PROBES}, not found within ${FOUND_TIMEOUT_MS / 1000} s ${probes.notFound}`,
    );
    return {
      scale,
      shops: counts.shops,
      products: counts.products,
      generation,
      ...sizes,
      sharedBuffers: sharedBuffers(scale),
      db: dbStats,
      wall,
      perSecond,
      one,
      cpuMs,
      oneCpuMs,
      pages,
      ...probes,
    };
  } finally {
    await disconnectDb();
    await db.end().catch(() => {});
    await embedded.stop();
    console.log(`  embedded PostgreSQL on port ${5500 + scale} stopped`);
  }
}

/** EXPLAIN (ANALYZE, BUFFERS) of the densest representative search: its execution time and buffers. */
async function explainDense(db: pg.Client, searchModule: SearchModule) {
  const input: ProductSearchInput = {
    query: "miel",
    near: { latitude: 48.8566, longitude: 2.3522 },
    radiusKm: 25,
    locale: "fr",
    page: 1,
    pageSize: 24,
    sort: "relevance",
  };
  startCapturing();
  const result = await searchModule.searchProducts(input);
  await new Promise((resolve) => setTimeout(resolve, 50));
  const main = stopCapturing().find((q) => /product_document/.test(q.text));
  if (!main) return;
  const plan = (await db.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${main.text}`, main.values)).rows
    .map((r) => r["QUERY PLAN"])
    .join("\n");
  const buffers =
    plan
      .split("\n")
      .find((line) => /Buffers:/.test(line))
      ?.trim() ?? "";
  const execution = plan.match(/Execution Time: ([\d.]+) ms/)?.[1];
  const used = [
    "product_document_document_idx",
    "product_document_title_trgm_idx",
    "product_document_position_idx",
  ].filter((index) => plan.includes(index));
  console.log(
    `  EXPLAIN (ANALYZE, BUFFERS) « miel » around Paris, 25 km: ${result.total} results, execution ${execution} ms; indexes ${used.join(", ") || "none"}; top ${buffers}`,
  );
}

// ---------------------------------------------------------------- main

async function main() {
  if (SCALES.some((s) => !Number.isInteger(s) || s < 1 || s > 99))
    throw new Error(`--scales: whole numbers from 1 to 99, not ${SCALES.join(",")}`);
  const loadAtStart = load();
  console.log(
    `Search at scale benchmark — scales ${SCALES.map((s) => `${s}×`).join(", ")}; ${os.cpus().length} CPU(s), ${mb(os.totalmem())} of memory, load average (1/5/15 min) at start: ${loadAtStart}`,
  );
  // A pool sized to the database's cores, as tests/bench/search.ts does.
  process.env.DATABASE_POOL_SIZE ??= String(os.cpus().length * 2);
  console.log(
    `  ${CONCURRENCY} concurrent clients, ${WARMUP} warm-up searches, ${REQUESTS} measured, then ${SEQUENTIAL} with 1 client; connection pool ${process.env.DATABASE_POOL_SIZE} (DATABASE_POOL_SIZE)`,
  );
  captureQueries();
  // lib/db reads DATABASE_URL on each use and opens new pools when it changes: one import serves every scale.
  const searchModule: SearchModule = await import("@/lib/search/search-products" as string);
  const results: ScaleResult[] = [];
  for (const scale of SCALES) results.push(await measureScale(scale, searchModule));
  results.sort((a, b) => a.scale - b.scale);

  console.log(
    `\nSummary (${CONCURRENCY} concurrent clients, ${REQUESTS} searches after ${WARMUP} warm-up; 1 client: ${SEQUENTIAL} searches; load average at start ${loadAtStart}, at end ${load()})`,
  );
  const header = [
    "scale".padEnd(5),
    "shops".padStart(7),
    "products".padStart(10),
    "generated in".padStart(19),
    "search data".padStart(11),
    "Product".padStart(8),
    "buffers".padStart(8),
    "DB p50".padStart(8),
    "DB p95".padStart(8),
    "DB p99".padStart(8),
    "search/s".padStart(8),
    "1cl p50".padStart(8),
    "1cl p95".padStart(8),
    "CPU/srch".padStart(8),
    "pages".padStart(6),
    "found p50".padStart(9),
    "found max".padStart(9),
  ];
  console.log(`  ${header.join(" ")}`);
  const short = (n: number) => `${n.toFixed(1)} ms`;
  for (const r of results)
    console.log(
      `  ${[
        `${r.scale}×`.padEnd(5),
        count(r.shops).padStart(7),
        count(r.products).padStart(10),
        r.generation.padStart(19),
        mb(r.searchBytes).padStart(11),
        mb(r.productBytes).padStart(8),
        r.sharedBuffers.padStart(8),
        short(r.db.p50).padStart(8),
        short(r.db.p95).padStart(8),
        short(r.db.p99).padStart(8),
        r.perSecond.toFixed(0).padStart(8),
        short(r.one.p50).padStart(8),
        short(r.one.p95).padStart(8),
        short(r.oneCpuMs).padStart(8),
        r.pages.toFixed(0).padStart(6),
        short(r.found.p50).padStart(9),
        short(r.found.max).padStart(9),
      ].join(" ")}`,
    );
  console.log(
    "  (search data: search.product_document and search.vocabulary with their indexes; buffers: shared_buffers; 1cl: 1 client; CPU/srch: PostgreSQL's CPU per search with 1 client, from /proc; pages: 8 kB shared-buffer pages touched per search; found: commit of a title change → the first search that returns it)",
  );
  const passed = results.find((r) => r.db.p95 > TARGET_DB_P95);
  const largest = results[results.length - 1];
  console.log(
    passed
      ? `  DB p95 passes ${TARGET_DB_P95} ms at ${passed.scale}× (${count(passed.products)} products): ${passed.db.p95.toFixed(1)} ms with ${CONCURRENCY} clients (1 client: p95 ${passed.one.p95.toFixed(1)} ms)`
      : `  DB p95 ≤ ${TARGET_DB_P95} ms at every scale measured: not reached up to ${largest.scale}× (${count(largest.products)} products), ${largest.db.p95.toFixed(1)} ms there`,
  );
  const onePassed = results.find((r) => r.one.p95 > TARGET_DB_P95);
  if (onePassed)
    console.log(
      `  with 1 client, p95 passes ${TARGET_DB_P95} ms at ${onePassed.scale}×: ${onePassed.one.p95.toFixed(1)} ms (the cost of one search, without queueing)`,
    );
  const notFound = results.reduce((a, r) => a + r.notFound, 0);
  console.log(
    `  a title change is found by the first search after its commit in ${results.reduce((a, r) => a + r.firstTry, 0)} of ${results.length * PROBES} probes${notFound ? `, ${notFound} not found within ${FOUND_TIMEOUT_MS / 1000} s` : ""} (the triggers rebuild the document in the writing transaction)`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
