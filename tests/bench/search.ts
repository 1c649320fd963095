// Benchmark (docs/architecture.md#performance-budgets): product search over 2,000 shops and
// 200,000 products spread over France.
// After a warm-up, 20 concurrent clients on loopback run a varied mix of searches (common words,
// typos, prefixes; a viewer in a French town with a 10/25/50 km radius; some with a category or
// delivery filter) and we print p50/p95/p99 of:
//   a. the time searchProducts spends in the database (its queries, from sending each on a pool
//      connection to its last row) and the wall time of the call (which adds the wait for a
//      connection: the pool has two connections per core, DATABASE_POOL_SIZE to change it);
//   b. the full server response of GET /search?q=… (built app, `next start`);
//      and the floor: the storefront's simplest page (an empty cart);
//   c. EXPLAIN (ANALYZE, BUFFERS) of the main query for representative searches, with the search
//      indexes it used;
//   d. the same searches through the public API (GET /api/v1/search): the same search, no page;
// with, for b and d, the server's (Node) and PostgreSQL's CPU per request and the requests per
// CPU-second of each; then a summary against the targets (DB p95 ≤ 50 ms, page p95 ≤ 150 ms, the
// search page's requests/s at least 60 % of the floor's).
//
// Run: `npm run bench:search [-- --fresh] [-- --requests 2000] [-- --skip-page]`.
// Uses DATABASE_URL (a migrated database) when set, otherwise an embedded PostgreSQL in
// .data/bench-search (port BENCH_PG_PORT, default 5496) kept between runs; the data is generated
// once (tests/bench/search-data.ts) and reused, `--fresh` regenerates it.
import type { ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { ProductSearchInput, ProductSearchResult } from "@/lib/search/search-types";
import { startEmbeddedPostgres, ensureDatabase, type RunningPostgres } from "../../scripts/embedded-postgres";
import { SERVER_NODE_OPTIONS } from "../../scripts/server-node-options";
import { applyMigrations } from "../../scripts/migrate";
import {
  calibrationMs,
  captureQueries,
  cpuCounters,
  cpuShare,
  load,
  ms,
  percentiles,
  postgresCpuMs,
  printStats,
  runClients,
  seconds,
  seedDemo,
  serverCpuMs,
  serverPeakMemoryMb,
  startApp,
  startCapturing,
  stopApp,
  stopCapturing,
  timed,
} from "./bench-support";
import { benchDataPresent, generateSearchData, loadTowns, removeBenchData } from "./search-data";
import { PREFIXES, TYPOS, apiSearchPath, locationCookie, queryMix, searchPath, type Search } from "./search-mix";

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const FRESH = flag("fresh");
const CONCURRENCY = option("clients", 20);
const WARMUP = option("warmup", 200);
const REQUESTS = option("requests", 2_000);
const APP_PORT = Number(process.env.BENCH_PORT ?? 3431);
const searchUrl = (input: ProductSearchInput) => searchPath(input, `http://localhost:${APP_PORT}`);
const PG_PORT = Number(process.env.BENCH_PG_PORT ?? 5496);
const FILES_DIR = path.resolve(".data/bench-search-files");
const PG_DATA_DIR = path.resolve(".data/bench-search");
const TARGET_DB_P95 = 50;
const TARGET_PAGE_P95 = 150;

// ---------------------------------------------------------------- the query mix

/** Where the time goes, one client: mean dbMs per kind of search and radius, and the slowest searches. */
function profile(searches: Search[], dbMs: number[]) {
  const kind = (q: string) => (TYPOS.includes(q) ? "typo" : PREFIXES.includes(q) ? "prefix" : "word");
  const groups = new Map<string, number[]>();
  searches.forEach((s, i) => {
    const key = `${kind(s.input.query ?? "")} ${s.input.radiusKm} km${s.input.categorySlug ? " +category" : ""}${s.input.delivery ? " +delivery" : ""}`;
    groups.set(key, [...(groups.get(key) ?? []), dbMs[i]]);
  });
  console.log("  profile (1 client): mean dbMs by kind of search");
  for (const [key, values] of [...groups].sort((a, b) => a[0].localeCompare(b[0]))) {
    console.log(
      `    ${key.padEnd(34)} n=${String(values.length).padStart(3)}  mean ${ms(values.reduce((a, b) => a + b, 0) / values.length)}  max ${ms(Math.max(...values))}`,
    );
  }
  const slowest = searches
    .map((s, i) => ({ s, ms: dbMs[i] }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 12);
  console.log("  slowest searches:");
  for (const { s, ms: t } of slowest)
    console.log(
      `    ${ms(t)}  « ${s.input.query} » ${s.town.name} ${s.input.radiusKm} km ${s.input.categorySlug ?? ""} ${s.input.delivery ?? ""} p${s.input.page}`,
    );
}

// ---------------------------------------------------------------- main

async function main() {
  const loadAtStart = load();
  console.log(`Search benchmark — ${os.cpus().length} CPU(s), load average (1/5/15 min) at start: ${loadAtStart}`);
  console.log(
    `  this machine's speed, for comparing runs on different machines: ${calibrationMs().toFixed(0)} ms for a fixed loop of 300 million additions in one thread`,
  );
  const results: { label: string; value: number; target: number; higherIsBetter?: boolean }[] = [];
  let embedded: RunningPostgres | undefined;
  let app: ChildProcess | undefined;
  let db: pg.Client | undefined;
  let disconnect: (() => Promise<void>) | undefined;
  try {
    // 1. Database: migrated, demo seed (categories, plans, pictures), benchmark data.
    if (!process.env.DATABASE_URL) {
      const started = performance.now();
      // Enough shared buffers for the search tables and indexes (about 1 GB with 200,000
      // products): a production server would be sized so; the default 128 MB makes every search
      // copy pages from the operating system's cache.
      embedded = await startEmbeddedPostgres({
        dataDir: PG_DATA_DIR,
        port: PG_PORT,
        fresh: FRESH,
        settings: { shared_buffers: "1536MB" },
      });
      await ensureDatabase(embedded.adminUrl, "halle_bench_search");
      process.env.DATABASE_URL = embedded.urlFor("halle_bench_search");
      console.log(
        `Embedded PostgreSQL on port ${PG_PORT} (.data/bench-search, shared_buffers 1536MB) started in ${seconds(started)}`,
      );
    }
    const databaseUrl = process.env.DATABASE_URL!;
    applyMigrations(databaseUrl);
    console.log(seedDemo(databaseUrl, FILES_DIR, path.resolve(".data/bench-search-private")));

    db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
    if (FRESH || !(await benchDataPresent(db))) {
      console.log(`Generating the benchmark data (2,000 shops, 200,000 products)${FRESH ? " (--fresh)" : ""}…`);
      await removeBenchData(db);
      await generateSearchData(db);
    } else {
      console.log("Benchmark data already present: generation skipped (use --fresh to regenerate).");
    }
    const counts = (
      await db.query<{ shops: number; products: number; documents: number }>(
        `SELECT (SELECT count(*) FROM "Shop" WHERE status = 'APPROVED')::int AS shops, (SELECT count(*) FROM "Product" WHERE status = 'ACTIVE')::int AS products, (SELECT count(*) FROM search.product_document)::int AS documents`,
      )
    ).rows[0];
    console.log(
      `Approved shops ${counts.shops}, active products ${counts.products}, search documents ${counts.documents}`,
    );

    // 2a. searchProducts directly: database time and wall time.
    // A pool sized to the database's cores (two connections per core, the usual advice): more
    // connections than cores only makes each query wait for CPU inside PostgreSQL.
    process.env.DATABASE_POOL_SIZE ??= String(os.cpus().length * 2);
    console.log(`  connection pool: ${process.env.DATABASE_POOL_SIZE} (DATABASE_POOL_SIZE)`);
    captureQueries();
    const searchModule: { searchProducts: (input: ProductSearchInput) => Promise<ProductSearchResult> } = await import(
      "@/lib/search/search-products" as string
    );
    ({ disconnectDb: disconnect } = await import("@/lib/db"));
    console.log(
      `\na. searchProducts called directly (lib/search/search-products.ts), ${CONCURRENCY} concurrent clients`,
    );
    const towns = loadTowns(5_000).slice(0, 400);
    const warm = performance.now();
    await runClients(queryMix(towns, WARMUP, 1), CONCURRENCY, (s) => searchModule.searchProducts(s.input));
    console.log(`  warm-up: ${WARMUP} searches in ${seconds(warm)}`);
    const mix = queryMix(towns, REQUESTS, 2);
    const run = performance.now();
    const searchCpu = cpuCounters();
    const measured = await runClients(mix, CONCURRENCY, async (s) => {
      const { result, dbMs, wallMs, queries } = await timed(() => searchModule.searchProducts(s.input));
      return { dbMs, wallMs, queries, total: result.total };
    });
    const elapsed = (performance.now() - run) / 1000;
    console.log(
      `  ${REQUESTS} searches in ${elapsed.toFixed(1)} s (${(REQUESTS / elapsed).toFixed(0)} searches/s); median hits total ${percentiles(measured.map((m) => m.total)).p50}, empty results ${measured.filter((m) => m.total === 0).length}`,
    );
    console.log(`  the machine's CPUs during the run: ${cpuShare(searchCpu, cpuCounters())}`);
    const dbStats = printStats(
      "time in the database",
      measured.map((m) => m.dbMs),
    );
    printStats(
      "wall time (+ pool wait)",
      measured.map((m) => m.wallMs),
    );
    console.log(
      `  queries per search: mean ${(measured.reduce((a, m) => a + m.queries, 0) / measured.length).toFixed(2)} (the category tree, the search, close spellings when a search finds nothing)`,
    );
    results.push({ label: "search DB time p95", value: dbStats.p95, target: TARGET_DB_P95 });
    console.log(`  load average now: ${load()}`);
    // The same searches one at a time: the cost of a query without the queueing 20 clients cause
    // on 2 cores (for reading the figures above, not a target).
    const sequential = await runClients(mix.slice(0, Math.min(300, REQUESTS)), 1, (s) =>
      timed(() => searchModule.searchProducts(s.input)),
    );
    printStats(
      "in database, 1 client (ref.)",
      sequential.map((r) => r.dbMs),
    );
    if (flag("profile"))
      profile(
        mix.slice(0, sequential.length),
        sequential.map((r) => r.dbMs),
      );

    // 2c. EXPLAIN (ANALYZE, BUFFERS) of the main query for representative searches (text +
    // location + radius): a common word, and a typo (typo tolerance may be a second query).
    const representatives: [string, ProductSearchInput][] = [
      [
        "« miel » around Saintes, 25 km",
        {
          query: "miel",
          near: { latitude: 45.7457, longitude: -0.6335 },
          radiusKm: 25,
          locale: "fr",
          page: 1,
          pageSize: 24,
          sort: "relevance",
        },
      ],
      [
        "« miel » around Paris, 25 km (dense)",
        {
          query: "miel",
          near: { latitude: 48.8566, longitude: 2.3522 },
          radiusKm: 25,
          locale: "fr",
          page: 1,
          pageSize: 24,
          sort: "relevance",
        },
      ],
      [
        "« chocolt » (typo) around Lyon, 25 km",
        {
          query: "chocolt",
          near: { latitude: 45.7578, longitude: 4.832 },
          radiusKm: 25,
          locale: "fr",
          page: 1,
          pageSize: 24,
          sort: "relevance",
        },
      ],
    ];
    const INDEXES = {
      "GIN full text (product_document_document_idx)": /product_document_document_idx/,
      "GIN trigram (vocabulary_word_trgm_idx)": /vocabulary_word_trgm_idx/,
      "GiST position (product_document_position_idx)": /product_document_position_idx/,
    };
    const usedAnywhere = new Set<string>();
    for (const [label, input] of representatives) {
      console.log(`\nc. EXPLAIN (ANALYZE, BUFFERS) — ${label}: ${JSON.stringify(input)}`);
      startCapturing();
      const result = await searchModule.searchProducts(input);
      await new Promise((resolve) => setTimeout(resolve, 50));
      const sent = stopCapturing().filter((q) => /product_document|search\.vocabulary/.test(q.text));
      console.log(
        `  ${result.total} results, dbMs ${result.dbMs.toFixed(1)}; ${sent.length} query(ies) on search.product_document / search.vocabulary sent`,
      );
      for (const [index, query] of sent.slice(0, 3).entries()) {
        console.log(
          `  query ${index + 1} of ${sent.length} (${query.ms.toFixed(1)} ms when run; parameters ${JSON.stringify(query.values)}):`,
        );
        console.log(
          query.text
            .split("\n")
            .map((line) => `    ${line}`)
            .join("\n"),
        );
        const plan = (
          await db.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${query.text}`, query.values)
        ).rows
          .map((r) => r["QUERY PLAN"])
          .join("\n");
        console.log(
          plan
            .split("\n")
            .map((line) => `    ${line}`)
            .join("\n"),
        );
        console.log(`  search indexes in the plan of query ${index + 1}:`);
        for (const [name, pattern] of Object.entries(INDEXES)) {
          if (pattern.test(plan)) usedAnywhere.add(name);
          console.log(`    ${pattern.test(plan) ? "USED    " : "NOT USED"} ${name}`);
        }
        const seqScans = [...plan.matchAll(/Seq Scan on (\S+)/g)].map((m) => m[1]);
        if (seqScans.length) console.log(`    sequential scans: ${[...new Set(seqScans)].join(", ")}`);
      }
    }
    for (const name of Object.keys(INDEXES))
      results.push({ label: `plan uses ${name.split(" (")[0]}`, value: usedAnywhere.has(name) ? 1 : 0, target: -1 });

    // 2b. The whole page, from the built app.
    if (flag("skip-page")) {
      console.log("\nb. page response: skipped (--skip-page)");
    } else {
      const pageSource = readFileSync(path.join("app", "(storefront)", "search", "page.tsx"), "utf8");
      const placeholder = !pageSource.includes("searchProducts");
      console.log(
        `\nb. GET /search from the built app (next start on port ${APP_PORT}), ${CONCURRENCY} concurrent clients, location cookie set`,
      );
      if (placeholder)
        console.log(
          "  NOTE: /search in this branch is still the PLACEHOLDER page (it does not search): these numbers measure the placeholder, not the search page.",
        );
      const started = performance.now();
      app = await startApp(databaseUrl, { port: APP_PORT, filesDir: FILES_DIR, readyPath: "/search?q=miel" });
      console.log(`  app answering after ${seconds(started)}`);
      const get = async (s: Search) => {
        const t0 = performance.now();
        const response = await fetch(searchUrl(s.input), { headers: { cookie: locationCookie(s.town) } });
        const body = await response.text();
        if (response.status !== 200) throw new Error(`GET ${searchUrl(s.input)} → ${response.status}`);
        return { ms: performance.now() - t0, bytes: body.length };
      };
      // One run under load: requests/s, and the CPU the server (Node) and PostgreSQL spent per
      // request (with the embedded PostgreSQL; with DATABASE_URL its CPU is not ours to read).
      const measure = async <T, R>(label: string, items: T[], work: (item: T) => Promise<R>) => {
        const busy = cpuCounters();
        const node = serverCpuMs(app!);
        const database = embedded ? postgresCpuMs(PG_DATA_DIR) : null;
        const t0 = performance.now();
        const answers = await runClients(items, CONCURRENCY, work);
        const elapsed = (performance.now() - t0) / 1000;
        const nodeAfter = serverCpuMs(app!);
        const databaseAfter = embedded ? postgresCpuMs(PG_DATA_DIR) : null;
        const run = {
          label,
          perSecond: items.length / elapsed,
          nodeMs: node !== null && nodeAfter !== null ? (nodeAfter - node) / items.length : null,
          databaseMs: database !== null && databaseAfter !== null ? (databaseAfter - database) / items.length : null,
        };
        console.log(
          `  ${items.length} requests in ${elapsed.toFixed(1)} s (${run.perSecond.toFixed(0)} requests/s); the machine's CPUs: ${cpuShare(busy, cpuCounters())}`,
        );
        if (run.nodeMs !== null) console.log(`  server (Node) CPU per request: ${run.nodeMs.toFixed(1)} ms`);
        if (run.databaseMs !== null) console.log(`  PostgreSQL CPU per request: ${run.databaseMs.toFixed(1)} ms`);
        runs.push(run);
        return answers;
      };
      const runs: { label: string; perSecond: number; nodeMs: number | null; databaseMs: number | null }[] = [];

      const warmPage = performance.now();
      await runClients(queryMix(towns, WARMUP, 3), CONCURRENCY, get);
      console.log(`  warm-up: ${WARMUP} requests in ${seconds(warmPage)}`);
      const pages = await measure("search page", queryMix(towns, REQUESTS, 4), get);
      console.log(`  median page ${(percentiles(pages.map((p) => p.bytes)).p50 / 1024).toFixed(0)} KB`);
      const pageStats = printStats(
        `page response${placeholder ? " (PLACEHOLDER)" : ""}`,
        pages.map((p) => p.ms),
      );
      results.push({
        label: `page p95${placeholder ? " (PLACEHOLDER page)" : ""}`,
        value: pageStats.p95,
        target: TARGET_PAGE_P95,
      });
      const onePage = await runClients(queryMix(towns, 200, 5), 1, get);
      printStats(
        "page, 1 client (reference)",
        onePage.map((p) => p.ms),
      );

      // The floor, for reading the figures above: the storefront's simplest page (an empty cart:
      // the layout and one short text, no search) under the same 20 clients.
      const emptyCart = async () => {
        const t0 = performance.now();
        const response = await fetch(`http://localhost:${APP_PORT}/cart`);
        await response.text();
        if (response.status !== 200) throw new Error(`GET /cart → ${response.status}`);
        return performance.now() - t0;
      };
      console.log(`\n  the floor: GET /cart (empty cart, no search), ${CONCURRENCY} clients`);
      await runClients(Array.from({ length: WARMUP }), CONCURRENCY, emptyCart);
      const floor = await measure("floor page (/cart)", Array.from({ length: Math.min(REQUESTS, 1_000) }), emptyCart);
      printStats("empty cart page (floor)", floor);

      // d. The public API's search (docs/api.md), the same searches with the position as lat/lng:
      // the same search, no page to render. Each client names a different address (the header
      // scripts/server.ts sets in production; `next start` takes it as sent), as the many phones
      // and partners of a real marketplace would: the per-address limit is not what is measured.
      console.log(
        `\nd. GET /api/v1/search (the same searches, as JSON), ${CONCURRENCY} concurrent clients, one address per client`,
      );
      let client = 0;
      const api = async (s: Search) => {
        const t0 = performance.now();
        const response = await fetch(`http://localhost:${APP_PORT}${apiSearchPath(s)}`, {
          headers: { "x-halle-client-address": `192.0.2.${1 + (client++ % 200)}` },
        });
        const body = await response.text();
        if (response.status !== 200) throw new Error(`GET ${apiSearchPath(s)} → ${response.status}: ${body}`);
        return { ms: performance.now() - t0, bytes: body.length };
      };
      await runClients(queryMix(towns, WARMUP, 3), CONCURRENCY, api);
      const answers = await measure("API /api/v1/search", queryMix(towns, REQUESTS, 4), api);
      console.log(`  median answer ${(percentiles(answers.map((a) => a.bytes)).p50 / 1024).toFixed(1)} KB`);
      printStats(
        "API response",
        answers.map((a) => a.ms),
      );

      // What a machine of any size can serve: requests per CPU-second of each (Node, and Node
      // with PostgreSQL), and the search page's throughput against the floor's (the target: 60 %).
      console.log(`\n  requests per CPU-second (1000 ms ÷ CPU ms per request), from the runs above:`);
      console.log(
        `  ${"run".padEnd(22)} ${"req/s".padStart(7)} ${"Node ms".padStart(8)} ${"PG ms".padStart(7)} ${"per Node CPU-s".padStart(15)} ${"per CPU-s (Node+PG)".padStart(20)}`,
      );
      for (const run of runs) {
        const both = run.nodeMs !== null && run.databaseMs !== null ? run.nodeMs + run.databaseMs : null;
        console.log(
          `  ${run.label.padEnd(22)} ${run.perSecond.toFixed(1).padStart(7)} ${(run.nodeMs?.toFixed(1) ?? "?").padStart(8)} ${(run.databaseMs?.toFixed(1) ?? "?").padStart(7)} ${(run.nodeMs ? (1000 / run.nodeMs).toFixed(0) : "?").padStart(15)} ${(both ? (1000 / both).toFixed(0) : "?").padStart(20)}`,
        );
      }
      const peak = serverPeakMemoryMb(app);
      if (peak !== null)
        console.log(
          `\n  the server's peak memory (resident, VmHWM) after these runs: ${peak.toFixed(0)} MB (${SERVER_NODE_OPTIONS})`,
        );
      const [pageRun, floorRun] = runs;
      results.push({
        label: "search page ÷ floor, req/s (%)",
        value: (100 * pageRun.perSecond) / floorRun.perSecond,
        target: 60,
        higherIsBetter: true,
      });
    }

    console.log(
      `\nSummary (${CONCURRENCY} concurrent clients, ${REQUESTS} requests after ${WARMUP} warm-up; load average at start ${loadAtStart}, at end ${load()})`,
    );
    console.log(`  ${"measure".padEnd(34)} ${"measured".padStart(10)} ${"target".padStart(10)}  result`);
    for (const r of results) {
      if (r.target < 0)
        console.log(
          `  ${r.label.padEnd(34)} ${(r.value ? "yes" : "no").padStart(10)} ${"yes".padStart(10)}  ${r.value ? "PASS" : "FAIL"}`,
        );
      else if (r.higherIsBetter)
        console.log(
          `  ${r.label.padEnd(34)} ${r.value.toFixed(0).padStart(10)} ${`≥ ${r.target}`.padStart(10)}  ${r.value >= r.target ? "PASS" : "FAIL"}`,
        );
      else
        console.log(
          `  ${r.label.padEnd(34)} ${ms(r.value).padStart(10)} ${`≤ ${r.target} ms`.padStart(10)}  ${r.value <= r.target ? "PASS" : "FAIL"}`,
        );
    }
  } finally {
    if (app) await stopApp(app);
    await disconnect?.();
    await db?.end();
    await embedded?.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
