// Benchmark (docs/scaling.md, "Growing past this"): PgBouncer in transaction mode between Halle's
// processes and PostgreSQL.
// 1. Connections: N simulated web processes (N = 1, 2, 4, 8; each a child Node process,
//    tests/bench/pooling-client.ts, that imports lib/db.ts — a Prisma pool and the raw SQL pool,
//    each up to DATABASE_POOL_SIZE connections — and serves storefront reads, searches, product
//    pages and listings, with several requests in flight) run against PostgreSQL directly, then
//    through PgBouncer (pool_mode=transaction, default_pool_size 20). We print the peak of server
//    connections PostgreSQL sees (pg_stat_activity, the monitor's own excluded), the client
//    connections PgBouncer holds and how many waited, the throughput and p50/p95 per request; then
//    8 processes once more through a pool of two server connections per core.
// 2. Checks in transaction mode, PASS/FAIL with the reason (tests/bench/pooling-checks.ts): Prisma
//    and interactive transactions; node-pg's parameterised queries (unnamed prepared statements)
//    and a named one; the pg-boss job runner (send and complete a job; its declare lock, released
//    and exclusive); LISTEN/NOTIFY and other session state in the code.
// 3. Pool sizes recommended from what was measured.
//
// Run: `npm run bench:pooling [-- --seconds 6] [-- --concurrency 10] [-- --fresh]`. Needs the
// Debian package pgbouncer (`apt-get install -y pgbouncer`; its system service is not used: stop
// it, `service pgbouncer stop`); runs its own PgBouncer on port BENCH_PGBOUNCER_PORT (default 6439)
// with its configuration in a temporary folder, in front of an embedded PostgreSQL in
// .data/bench-pooling (port BENCH_PG_PORT, default 5497) with the migrations and the demo seed,
// kept between runs (`--fresh` starts it anew). Both are stopped at the end. 3 to 7 minutes (the
// longer on a busy machine).
import { fork, type ChildProcess } from "node:child_process";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres, ensureDatabase, type RunningPostgres } from "../../scripts/embedded-postgres";
import { applyMigrations } from "../../scripts/migrate";
import { load, percentiles, seconds, seedDemo } from "./bench-support";
import { findPgBouncer, pgBouncerVersion, showPools, startPgBouncer, type RunningPgBouncer } from "./pgbouncer";
import { MONITOR, runTransactionModeChecks } from "./pooling-checks";
import type { DoneMessage, RunMessage } from "./pooling-client";
import { loadTowns } from "./search-data";
import { queryMix } from "./search-mix";

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const FRESH = args.includes("--fresh");
const SECONDS = option("seconds", 6);
const WARMUP_SECONDS = option("warmup", 2);
const CONCURRENCY = option("concurrency", 10);
const PROCESS_COUNTS = [1, 2, 4, 8];
const PG_PORT = Number(process.env.BENCH_PG_PORT ?? 5497);
const BOUNCER_PORT = Number(process.env.BENCH_PGBOUNCER_PORT ?? 6439);
const DATABASE = "halle_bench_pooling";
const POOL_SIZE = 20;
const CORES = os.cpus().length;
const CLIENT_POOL = Number(process.env.DATABASE_POOL_SIZE ?? 10);

type Way = { label: string; bouncerPool?: number };
type RunResult = {
  way: string;
  processes: number;
  serverPeak: number;
  serverActivePeak: number;
  clientPeak?: number;
  waitingPeak?: number;
  requests: number;
  opsPerSecond: number;
  p50: number;
  p95: number;
  errors: number;
  firstError?: string;
  /** the machine's 1-minute load average at the end of the line: the other processes' share of the CPUs */
  load: string;
};

// ---------------------------------------------------------------- the simulated processes

type Child = { process: ChildProcess; ready: Promise<void> };

function startChildren(count: number): Child[] {
  return Array.from({ length: count }, () => {
    const child = fork(path.join(import.meta.dirname, "pooling-client.ts"), [], {
      env: { ...process.env, DATABASE_URL: "" },
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    const ready = new Promise<void>((resolve, reject) => {
      child.once("message", () => resolve());
      child.once("exit", (code) => reject(new Error(`a simulated process exited (${code}) before it was ready`)));
    });
    ready.catch(() => undefined); // awaited later, after the database is prepared
    return { process: child, ready };
  });
}

function runChild(child: Child, message: RunMessage): Promise<DoneMessage> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`a simulated process exited (${code}) during a run`));
    child.process.once("exit", onExit);
    child.process.once("message", (done: DoneMessage) => {
      child.process.off("exit", onExit);
      resolve(done);
    });
    child.process.send(message);
  });
}

async function stopChildren(children: Child[]) {
  await Promise.all(
    children.map(async ({ process: child }) => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      if (child.connected) child.send({ type: "exit" });
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
      if (child.exitCode === null) child.kill("SIGKILL");
    }),
  );
}

// ---------------------------------------------------------------- sampling the connections

/** Samples every 100 ms, until stopped: PostgreSQL's client backends and PgBouncer's pools. */
function sampleConnections(monitor: pg.Client, admin?: pg.Client) {
  const peaks = { server: 0, serverActive: 0, clients: 0, waiting: 0 };
  let running = true;
  const loop = (async () => {
    while (running) {
      const { rows } = await monitor.query<{ total: number; active: number }>(
        `SELECT count(*)::int AS total, count(*) FILTER (WHERE state <> 'idle')::int AS active FROM pg_stat_activity
          WHERE datname = $1 AND backend_type = 'client backend' AND application_name <> $2`,
        [DATABASE, MONITOR],
      );
      peaks.server = Math.max(peaks.server, rows[0].total);
      peaks.serverActive = Math.max(peaks.serverActive, rows[0].active);
      if (admin) {
        const pools = await showPools(admin, DATABASE);
        peaks.clients = Math.max(peaks.clients, pools.clients);
        peaks.waiting = Math.max(peaks.waiting, pools.waiting);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return peaks;
    },
  };
}

/** Waits until the previous run's connections are gone (the children closed their pools). */
async function waitForQuiet(monitor: pg.Client) {
  for (let i = 0; i < 50; i++) {
    const { rows } = await monitor.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND backend_type = 'client backend' AND application_name <> $2`,
      [DATABASE, MONITOR],
    );
    if (rows[0].n === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

// ---------------------------------------------------------------- main

const pad = (value: string | number, width: number) => String(value).padStart(width);

function printRun(r: RunResult) {
  console.log(
    `  ${r.way.padEnd(22)} N=${r.processes}  server conns peak ${pad(r.serverPeak, 3)} (busy ${pad(r.serverActivePeak, 3)})  ` +
      `${r.clientPeak === undefined ? "                             " : `clients ${pad(r.clientPeak, 3)}, waiting peak ${pad(r.waitingPeak ?? 0, 3)}  `}` +
      `${pad(r.opsPerSecond.toFixed(0), 5)} req/s  p50 ${pad(r.p50.toFixed(1), 6)} ms  p95 ${pad(r.p95.toFixed(1), 6)} ms` +
      `  load ${pad(r.load, 4)}${r.errors ? `  ERRORS ${r.errors}: ${r.firstError}` : ""}`,
  );
}

async function main() {
  const binary = findPgBouncer();
  if (!binary) {
    console.error(
      "PgBouncer is not installed: this benchmark runs its own PgBouncer process.\n" +
        "  Debian/Ubuntu: apt-get install -y pgbouncer, then `service pgbouncer stop` (the system service is not used).",
    );
    process.exit(1);
  }
  const loadAtStart = load();
  console.log(
    `Pooling benchmark — ${CORES} CPU(s), load average (1/5/15 min) at start: ${loadAtStart}; ${pgBouncerVersion(binary)}`,
  );
  let embedded: RunningPostgres | undefined;
  let bouncer: RunningPgBouncer | undefined;
  let admin: pg.Client | undefined;
  let monitor: pg.Client | undefined;
  let children: Child[] = [];
  const startBouncer = async (poolSize: number) => {
    bouncer = await startPgBouncer({
      binary,
      port: BOUNCER_PORT,
      server: { host: "127.0.0.1", port: PG_PORT, user: "halle", password: "halle", database: DATABASE },
      poolMode: "transaction",
      defaultPoolSize: poolSize,
    });
    admin = new pg.Client({ connectionString: bouncer.adminUrl });
    await admin.connect();
  };
  const stopBouncer = async () => {
    await admin?.end().catch(() => undefined);
    admin = undefined;
    await bouncer?.stop();
    bouncer = undefined;
  };
  try {
    // The simulated processes load lib/ while the database is prepared.
    const spawnedAt = performance.now();
    children = startChildren(Math.max(...PROCESS_COUNTS));
    // The database: migrated, with the demo marketplace.
    const started = performance.now();
    embedded = await startEmbeddedPostgres({ dataDir: ".data/bench-pooling", port: PG_PORT, fresh: FRESH });
    await ensureDatabase(embedded.adminUrl, DATABASE);
    const directUrl = embedded.urlFor(DATABASE);
    applyMigrations(directUrl);
    console.log(
      seedDemo(directUrl, path.resolve(".data/bench-pooling-files"), path.resolve(".data/bench-pooling-private")),
    );
    console.log(
      `Embedded PostgreSQL on port ${PG_PORT} (.data/bench-pooling), migrated and seeded in ${seconds(started)}`,
    );
    monitor = new pg.Client({ connectionString: directUrl, application_name: MONITOR });
    await monitor.connect();
    const { rows: slugRows } = await monitor.query<{ slug: string }>(
      `SELECT p.slug FROM "Product" p JOIN "Shop" s ON s.id = p."shopId"
        WHERE p.status = 'ACTIVE' AND s.status = 'APPROVED' ORDER BY p.slug LIMIT 200`,
    );
    const { rows: settings } = await monitor.query<{ max_connections: string }>("SHOW max_connections");
    const slugs = slugRows.map((r) => r.slug);
    // The search mix's words, around the demo's shops (three towns of Charente-Maritime) so that
    // most searches find something, as a storefront's do.
    const { rows: places } = await monitor.query<{ latitude: number; longitude: number }>(
      `SELECT DISTINCT round(latitude::numeric, 2)::float AS latitude, round(longitude::numeric, 2)::float AS longitude
         FROM "Shop" WHERE status = 'APPROVED' AND latitude IS NOT NULL`,
    );
    const searches = queryMix(loadTowns(20_000), 400, 11).map(({ input }, i) => ({
      ...input,
      near: places.length ? places[i % places.length] : input.near,
    }));
    console.log(
      `${slugs.length} visible products for the product pages, ${searches.length} searches (tests/bench/search-mix.ts); PostgreSQL max_connections ${settings[0].max_connections}`,
    );

    // 1. Connections, throughput and latency, directly and through PgBouncer.
    console.log(
      `\n1. N simulated web processes, ${CONCURRENCY} requests in flight each (½ searches, ¼ product pages, ¼ new products), DATABASE_POOL_SIZE ${CLIENT_POOL} (Prisma's pool and the raw SQL pool: up to ${2 * CLIENT_POOL} connections a process); ${WARMUP_SECONDS} s warm-up then ${SECONDS} s measured per line.\n  "busy": server connections not idle; "waiting": clients waiting in PgBouncer for a server connection (or its login); "load": the 1-minute load average after the line (throughput and latency mean little when it is far above ${CORES})`,
    );
    await Promise.all(children.map((c) => c.ready));
    console.log(`  ${children.length} processes started (lib/ imported) after ${seconds(spawnedAt)}`);
    // Each process's first requests (Prisma's query plans, the JIT), not measured.
    const warmStart = performance.now();
    await Promise.all(
      children.map((child, i) =>
        runChild(child, {
          type: "run",
          databaseUrl: directUrl,
          concurrency: CONCURRENCY,
          warmupMs: 0,
          durationMs: 4_000,
          searches,
          slugs,
          seed: 1_000 + i,
        }),
      ),
    );
    console.log(`  first requests of every process (not measured) in ${seconds(warmStart)}`);
    const runs: RunResult[] = [];
    const measure = async (way: Way, processes: number) => {
      if (way.bouncerPool) await startBouncer(way.bouncerPool);
      await waitForQuiet(monitor!);
      const sampler = sampleConnections(monitor!, way.bouncerPool ? admin : undefined);
      const databaseUrl = way.bouncerPool ? bouncer!.url(DATABASE) : directUrl;
      const done = await Promise.all(
        children.slice(0, processes).map((child, i) =>
          runChild(child, {
            type: "run",
            databaseUrl,
            concurrency: CONCURRENCY,
            warmupMs: WARMUP_SECONDS * 1000,
            durationMs: SECONDS * 1000,
            searches,
            slugs,
            seed: processes * 100 + i + 1,
          }),
        ),
      );
      const peaks = await sampler.stop();
      if (way.bouncerPool) await stopBouncer();
      const latencies = done.flatMap((d) => d.latencies);
      const stats = percentiles(latencies.length ? latencies : [0]);
      const result: RunResult = {
        way: way.label,
        processes,
        serverPeak: peaks.server,
        serverActivePeak: peaks.serverActive,
        clientPeak: way.bouncerPool ? peaks.clients : undefined,
        waitingPeak: way.bouncerPool ? peaks.waiting : undefined,
        requests: latencies.length,
        opsPerSecond: latencies.length / SECONDS,
        p50: stats.p50,
        p95: stats.p95,
        errors: done.reduce((n, d) => n + d.errors, 0),
        firstError: done.find((d) => d.firstError)?.firstError,
        load: os.loadavg()[0].toFixed(1),
      };
      runs.push(result);
      printRun(result);
      return result;
    };
    const direct: Way = { label: "direct" };
    const pooled: Way = { label: `PgBouncer pool ${POOL_SIZE}`, bouncerPool: POOL_SIZE };
    // Each pair in turn starts with the other way, so that neither always follows a quiet moment.
    for (const [i, processes] of PROCESS_COUNTS.entries()) {
      for (const way of i % 2 ? [direct, pooled] : [pooled, direct]) await measure(way, processes);
    }
    const small: Way = { label: `PgBouncer pool ${2 * CORES}`, bouncerPool: 2 * CORES };
    const smallRun = await measure(small, Math.max(...PROCESS_COUNTS));
    await stopChildren(children);
    children = [];

    // 2. Transaction mode checks.
    console.log(`\n2. Halle's code through PgBouncer in transaction mode (pool ${POOL_SIZE}), each check PASS or FAIL`);
    await startBouncer(POOL_SIZE);
    const checks = await runTransactionModeChecks({
      directUrl,
      bouncerUrl: bouncer!.url(DATABASE),
      database: DATABASE,
      monitor,
      searches,
      slugs,
    });
    await stopBouncer();

    // 3. Pool sizes.
    const at = (way: string, n: number) => runs.find((r) => r.way === way && r.processes === n)!;
    const maxN = Math.max(...PROCESS_COUNTS);
    const perProcess = Math.max(...PROCESS_COUNTS.map((n) => at(direct.label, n).serverPeak / n));
    const maxConnections = Number(settings[0].max_connections);
    const workerConnections = 2 * CLIENT_POOL + 3 + 1;
    const budget = 100 - 3; // PostgreSQL's default max_connections less superuser_reserved_connections
    const webWithinDefault = Math.floor((budget - workerConnections) / (2 * CLIENT_POOL));
    const directMax = at(direct.label, maxN);
    const pooledMax = at(pooled.label, maxN);
    console.log(`\n3. Pool sizes, from the figures above (${CORES} cores here)`);
    console.log(
      `  - Without PgBouncer each web process opened up to ${perProcess.toFixed(1)} server connections at ${CONCURRENCY} requests in flight (the ceiling is ${2 * CLIENT_POOL}: DATABASE_POOL_SIZE ${CLIENT_POOL} for Prisma + ${CLIENT_POOL} for the raw SQL pool), ${directMax.serverPeak} for ${maxN} processes; a worker adds up to ${workerConnections} (both pools, pg-boss's 3, the declare lock's 1).`,
    );
    console.log(
      `    At PostgreSQL's default max_connections 100 (97 usable), one worker leaves room for ${webWithinDefault} web processes at their ceiling; this embedded server allows ${maxConnections}.`,
    );
    console.log(
      `  - Through PgBouncer, PostgreSQL saw at most ${pooledMax.serverPeak} server connections for ${maxN} processes (default_pool_size ${POOL_SIZE}), ${pooledMax.clientPeak} client connections held by PgBouncer; ${pooledMax.opsPerSecond.toFixed(0)} req/s, p95 ${pooledMax.p95.toFixed(1)} ms against ${directMax.opsPerSecond.toFixed(0)} req/s, p95 ${directMax.p95.toFixed(1)} ms directly.`,
    );
    console.log(
      `    With default_pool_size ${2 * CORES} (2 per core): ${smallRun.serverPeak} server connections, ${smallRun.opsPerSecond.toFixed(0)} req/s, p95 ${smallRun.p95.toFixed(1)} ms (clients waiting in PgBouncer at peak: ${smallRun.waitingPeak}).`,
    );
    console.log(
      `  - Recommended: default_pool_size ≈ 2 × the database server's cores (${2 * CORES} here) plus a few for the workers' jobs; max_client_conn ≥ N web × ${2 * CLIENT_POOL} + workers × ${workerConnections}, with headroom (${maxN} web + 1 worker: ${maxN * 2 * CLIENT_POOL + workerConnections}); DATABASE_POOL_SIZE may stay ${CLIENT_POOL} behind PgBouncer (client connections cost PgBouncer little).`,
    );
    const runnerOk = checks.filter((c) => /runner|declare/.test(c.name)).every((c) => c.pass);
    console.log(
      runnerOk
        ? "  - The job runner (pg-boss and its declare lock, a transaction's) works through PgBouncer in transaction mode: workers need no direct connection."
        : "  - Workers (and any process running the job runner) keep a DIRECT connection to PostgreSQL (DATABASE_URL past PgBouncer, or a session-mode pool) until lib/jobs/job-runner.ts takes its declare lock with pg_advisory_xact_lock in a transaction left open while it declares.",
    );

    console.log(
      `\nSummary (load average at start ${loadAtStart}, at end ${load()}): ${checks.filter((c) => c.pass).length}/${checks.length} checks PASS`,
    );
    for (const c of checks) console.log(`  ${c.pass ? "PASS" : "FAIL"}  ${c.name}`);
  } finally {
    await stopChildren(children);
    await stopBouncer().catch(() => undefined);
    await monitor?.end().catch(() => undefined);
    await embedded?.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
