// The pooling benchmark's checks of Halle's code through PgBouncer in transaction mode
// (tests/bench/pooling.ts, part 2): Prisma and interactive transactions, node-pg's parameterised
// queries and prepared statements, the pg-boss job runner and its session advisory lock, LISTEN and
// NOTIFY, and a scan of the code for other session state. Each prints PASS or FAIL with its reason.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import type { ProductSearchInput, ProductSearchResult } from "@/lib/search/search-types";

export type CheckContext = {
  directUrl: string;
  bouncerUrl: string;
  database: string;
  /** a direct connection to PostgreSQL, to look at pg_stat_activity and pg_locks */
  monitor: pg.Client;
  searches: ProductSearchInput[];
  slugs: string[];
};
export type Check = { name: string; pass: boolean; reason: string };

const DECLARE_LOCK = "halle.jobs.declare";
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function report(checks: Check[], name: string, pass: boolean, reason: string) {
  checks.push({ name, pass, reason });
  console.log(`  ${pass ? "PASS" : "FAIL"}  ${name}: ${reason}`);
}
const note = (text: string) => console.log(`        ${text}`);

/** Settles within `ms`: the promise's outcome, or "timeout" (the promise keeps running). */
async function within<T>(promise: Promise<T>, ms: number): Promise<{ value?: T; error?: unknown; timeout?: true }> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<{ timeout: true }>(
    (resolve) => (timer = setTimeout(() => resolve({ timeout: true }), ms)),
  );
  try {
    return await Promise.race([promise.then((value) => ({ value })).catch((error: unknown) => ({ error })), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
const message = (error: unknown) =>
  (error instanceof Error ? error.message : String(error))
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .slice(-2)
    .join(" ");

/** The monitors' application_name: their own connections are not counted. */
export const MONITOR = "bench-pooling-monitor";

async function connectTo(url: string, applicationName?: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, application_name: applicationName });
  client.on("error", () => undefined); // a backend terminated on purpose below
  await client.connect();
  return client;
}

/** The server backends holding the job runner's declare lock (a session advisory lock on hashtext). */
async function declareLockHolders(monitor: pg.Client): Promise<{ pid: number; state: string }[]> {
  const { rows } = await monitor.query<{ pid: number; state: string }>(
    `SELECT l.pid, coalesce(a.state, '?') AS state FROM pg_locks l LEFT JOIN pg_stat_activity a USING (pid)
      WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
        AND l.objid::bigint = (hashtext($1)::bigint & 4294967295) AND l.classid::bigint = ((hashtext($1)::bigint >> 32) & 4294967295)`,
    [DECLARE_LOCK],
  );
  return rows;
}

/**
 * Opens transactions through PgBouncer (BEGIN, then the backend's pid) until one of them holds the
 * server connection `pid`, so that the next query of another client must go to another one.
 */
async function occupyServer(
  bouncerUrl: string,
  pid: number,
  attempts = 6,
): Promise<{ held: boolean; release: () => Promise<void> }> {
  const holders: pg.Client[] = [];
  let held = false;
  for (let i = 0; i < attempts && !held; i++) {
    const client = await connectTo(bouncerUrl);
    holders.push(client);
    await client.query("BEGIN");
    const { rows } = await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
    held = rows[0].pid === pid;
  }
  return {
    held,
    release: async () => {
      for (const client of holders)
        await client.query("COMMIT").then(
          () => client.end(),
          () => client.end(),
        );
    },
  };
}

/** Counts the statements sent with a name (server-side prepared statements) while `work` runs. */
async function countNamedStatements<T>(work: () => Promise<T>): Promise<{ result: T; named: number; sent: number }> {
  const proto = pg.Client.prototype as unknown as { query: (...a: unknown[]) => unknown };
  const original = proto.query;
  let named = 0;
  let sent = 0;
  proto.query = function (this: unknown, ...args: unknown[]) {
    sent += 1;
    const config = args[0] as { name?: string } | undefined;
    if (config && typeof config === "object" && config.name) named += 1;
    return original.apply(this, args);
  };
  try {
    return { result: await work(), named, sent };
  } finally {
    proto.query = original;
  }
}

// ---------------------------------------------------------------- (a) Prisma

async function checkPrisma(ctx: CheckContext, checks: Check[]) {
  console.log("\n(a) Prisma (lib/db.ts, @prisma/adapter-pg) through PgBouncer");
  process.env.DATABASE_URL = ctx.bouncerUrl;
  const { getDb, disconnectDb } = await import("@/lib/db");
  const { listNewProducts } = await import("@/lib/catalog/list-new-products");
  const { getPublicProduct } = await import("@/lib/catalog/get-public-product");
  const db = getDb();
  try {
    const { result, named, sent } = await countNamedStatements(async () => {
      const products = await Promise.all(Array.from({ length: 20 }, () => listNewProducts({ take: 12 })));
      const pages = await Promise.all(ctx.slugs.slice(0, 20).map((slug) => getPublicProduct(slug, "fr")));
      return { products: products[0].length, pages: pages.filter(Boolean).length };
    });
    report(
      checks,
      "Prisma queries",
      result.products > 0 && result.pages > 0,
      `20 listings (${result.products} products each) and 20 product pages with their relations (${result.pages} found) at once; ${sent} statements sent, ${named} of them named (server-side prepared): the adapter names none unless given a statementNameGenerator, which lib/db.ts does not`,
    );

    // Interactive transactions, 30 at once: each must keep one server connection from BEGIN to
    // COMMIT (same backend, same transaction id, its SET LOCAL still visible after a pause).
    const outcomes = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        db.$transaction(
          async (tx) => {
            const [a] = await tx.$queryRaw<{ pid: number; xid: string }[]>`
              SELECT pg_backend_pid() AS pid, txid_current()::text AS xid`;
            await tx.$executeRaw`SELECT set_config('application_name', ${`bench-pooling-tx-${i}`}, true)`;
            await tx.$executeRaw`SELECT pg_sleep(0.05)`;
            const [b] = await tx.$queryRaw<{ pid: number; xid: string; app: string }[]>`
              SELECT pg_backend_pid() AS pid, txid_current()::text AS xid, current_setting('application_name') AS app`;
            return { same: a.pid === b.pid && a.xid === b.xid && b.app === `bench-pooling-tx-${i}`, pid: a.pid };
          },
          { maxWait: 30_000, timeout: 30_000 },
        ),
      ),
    );
    const backends = new Set(outcomes.map((o) => o.pid)).size;
    const key = `bench-pooling:${Date.now()}`;
    const row = () => ({ key, windowStart: new Date(), count: 1, expiresAt: new Date() });
    const rolledBack = await db
      .$transaction(async (tx) => {
        await tx.rateLimitBucket.create({ data: row() });
        throw new Error("rollback on purpose");
      })
      .then(
        () => false,
        (error: unknown) => message(error) === "rollback on purpose",
      );
    const afterRollback = await db.rateLimitBucket.count({ where: { key } });
    await db.$transaction(async (tx) => {
      await tx.rateLimitBucket.create({ data: row() });
    });
    const afterCommit = await db.rateLimitBucket.count({ where: { key } });
    await db.rateLimitBucket.deleteMany({ where: { key } });
    const pass = outcomes.every((o) => o.same) && rolledBack && afterRollback === 0 && afterCommit === 1;
    report(
      checks,
      "Prisma interactive transactions",
      pass,
      `${outcomes.filter((o) => o.same).length}/30 concurrent $transaction(async tx => …) kept one backend and one transaction id throughout, their SET LOCAL visible after a pause (${backends} server connections used); a throw rolled the write back (${afterRollback} row left), a commit kept it (${afterCommit} row)`,
    );
  } catch (error) {
    report(checks, "Prisma through PgBouncer", false, message(error));
  } finally {
    await disconnectDb();
  }
}

// ---------------------------------------------------------------- (b) node-pg, the search's raw SQL

async function checkRawSql(ctx: CheckContext, checks: Check[]) {
  console.log("\n(b) node-pg parameterised queries (queryRows: the search's raw SQL) through PgBouncer");
  const { disconnectDb } = await import("@/lib/db");
  const { searchProducts } = (await import("@/lib/search/search-products" as string)) as {
    searchProducts: (input: ProductSearchInput) => Promise<ProductSearchResult>;
  };
  const inputs = ctx.searches.slice(0, 40);
  try {
    process.env.DATABASE_URL = ctx.directUrl;
    const direct = await Promise.all(inputs.map((input) => searchProducts(input)));
    await disconnectDb();
    process.env.DATABASE_URL = ctx.bouncerUrl;
    const { result: through, named } = await countNamedStatements(() =>
      Promise.all(inputs.map((input) => searchProducts(input))),
    );
    const same = through.filter(
      (r, i) =>
        r.total === direct[i].total && r.hits.map((h) => h.id).join() === direct[i].hits.map((h) => h.id).join(),
    ).length;
    report(
      checks,
      "search (unnamed prepared statements)",
      same === inputs.length && named === 0,
      `${same}/${inputs.length} searches at once gave the same totals and hits as directly (${through.reduce((n, r) => n + r.total, 0)} hits in all); node-pg sends a parameterised query as Parse/Bind/Execute/Sync of an UNNAMED statement in one message, which PgBouncer keeps on one server connection; ${named} named statements`,
    );
  } catch (error) {
    report(checks, "search (unnamed prepared statements)", false, message(error));
  } finally {
    await disconnectDb();
  }

  // A NAMED statement (not used by Halle) is prepared on one server connection only: PgBouncer 1.18
  // does not follow it, so the client's next execution may land where it does not exist.
  const client = await connectTo(ctx.bouncerUrl);
  try {
    const named = {
      name: "bench_pooling_named",
      text: "SELECT $1::int + 1 AS n, pg_backend_pid() AS pid",
      values: [1],
    };
    const first = await client.query<{ pid: number }>(named);
    const occupied = await occupyServer(ctx.bouncerUrl, first.rows[0].pid);
    const second = await within(client.query<{ pid: number }>(named), 5_000);
    await occupied.release();
    const outcome = second.error
      ? `the second execution, sent to another server connection, failed: « ${message(second.error)} »`
      : second.timeout
        ? "the second execution did not answer within 5 s"
        : `the second execution worked (server ${second.value?.rows[0].pid})`;
    note(
      `NOTE named prepared statements (not used by Halle): prepared on server ${first.rows[0].pid}; ${occupied.held ? "that connection then busy" : "could not occupy that connection"}; ${outcome}. Never give adapter-pg a statementNameGenerator or node-pg a query name behind PgBouncer < 1.21 (max_prepared_statements).`,
    );
  } finally {
    await client.end();
  }
}

// ---------------------------------------------------------------- (c) pg-boss and the job runner

async function checkJobRunner(ctx: CheckContext, checks: Check[]) {
  console.log("\n(c) pg-boss: the job runner (lib/jobs/job-runner.ts) through PgBouncer");
  const { startJobRunner } = await import("@/lib/jobs/job-runner");
  const { disconnectDb } = await import("@/lib/db");
  type Runner = Awaited<ReturnType<typeof startJobRunner>>;
  const runners: Runner[] = [];
  const extraClients: pg.Client[] = [];
  try {
    // Direct first: the connections one runner holds, and its lock ends with its own connection.
    process.env.DATABASE_URL = ctx.directUrl;
    let peak = 0;
    let sampling = true;
    const counter = await connectTo(ctx.directUrl, MONITOR);
    extraClients.push(counter);
    const sampler = (async () => {
      while (sampling) {
        const { rows } = await counter.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND backend_type = 'client backend' AND application_name <> $2`,
          [ctx.database, MONITOR],
        );
        peak = Math.max(peak, rows[0].n);
        await sleep(50);
      }
    })();
    const direct = await startJobRunner(ctx.directUrl, { pollingIntervalSeconds: 1 });
    const heldDirect = await declareLockHolders(ctx.monitor);
    await sleep(1_500);
    await direct.stop({ graceSeconds: 5 });
    sampling = false;
    await sampler;
    await disconnectDb();
    note(
      `directly: one runner used at most ${peak} connections while starting and running its first jobs (pg-boss's pool of 3, the declare lock's own, and the jobs' lib/db.ts pools); after the start ${heldDirect.length} backend held the declare lock`,
    );

    // Through PgBouncer.
    process.env.DATABASE_URL = ctx.bouncerUrl;
    const t0 = performance.now();
    const first = await within(startJobRunner(ctx.bouncerUrl, { pollingIntervalSeconds: 1 }), 30_000);
    if (!first.value) {
      report(
        checks,
        "job runner starts",
        false,
        first.timeout ? "startJobRunner did not return within 30 s" : message(first.error),
      );
      return;
    }
    runners.push(first.value);
    report(
      checks,
      "job runner starts",
      true,
      `startJobRunner returned in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
    const boss = first.value.boss;

    // A job sent and completed.
    const queue = "bench-pooling";
    await boss.createQueue(queue, { name: queue });
    let handled = 0;
    await boss.work(queue, { pollingIntervalSeconds: 0.5 }, async () => {
      handled += 1;
    });
    const sentAt = performance.now();
    const id = await boss.send(queue, { at: Date.now() });
    let state = "none";
    while (performance.now() - sentAt < 15_000 && state !== "completed") {
      await sleep(200);
      state = (id && (await boss.getJobById(queue, id))?.state) || state;
    }
    report(
      checks,
      "pg-boss send and complete",
      state === "completed" && handled === 1,
      `job ${id} handled ${handled} time(s), state « ${state} » after ${((performance.now() - sentAt) / 1000).toFixed(1)} s (pg-boss's own locks are pg_advisory_xact_lock inside its transactions: fine in transaction mode)`,
    );

    // The declare lock must not outlive the start: a session lock (pg_advisory_lock) released by
    // closing its client would stay on the server connection PgBouncer keeps.
    const leaked = await declareLockHolders(ctx.monitor);
    report(
      checks,
      "declare lock released after the start",
      leaked.length === 0,
      leaked.length === 0
        ? "no backend holds it once startJobRunner has returned"
        : `startJobRunner's lock client disconnected, yet server backend ${leaked.map((h) => `${h.pid} (${h.state})`).join(", ")} still holds the declare lock: closing a client of PgBouncer does not close its server connection, which goes back to the pool with a SESSION lock`,
    );

    // A second runner (another worker or web process starting) through PgBouncer, after the first.
    const t1 = performance.now();
    const secondStart = startJobRunner(ctx.bouncerUrl, { pollingIntervalSeconds: 1 });
    const second = await within(secondStart, 8_000);
    if (second.value) {
      runners.push(second.value);
      report(
        checks,
        "second runner starts",
        leaked.length === 0,
        leaked.length === 0
          ? `in ${((performance.now() - t1) / 1000).toFixed(1)} s`
          : `in ${((performance.now() - t1) / 1000).toFixed(1)} s, but only because its lock landed on the server connection holding the leaked lock and re-entered it: no exclusion`,
      );
    } else if (second.timeout) {
      const { rows: waiting } = await ctx.monitor.query<{ pid: number }>(
        `SELECT pid FROM pg_stat_activity WHERE datname = $1 AND wait_event_type = 'Lock' AND wait_event = 'advisory'`,
        [ctx.database],
      );
      const holders = await declareLockHolders(ctx.monitor);
      for (const holder of holders) await ctx.monitor.query("SELECT pg_terminate_backend($1)", [holder.pid]);
      const released = await within(secondStart, 30_000);
      if (released.value) runners.push(released.value);
      report(
        checks,
        "second runner starts",
        false,
        `no start within 8 s: its lock waits (backend ${waiting.map((w) => w.pid).join(", ") || "?"}, wait_event advisory) for the lock leaked on server ${holders.map((h) => h.pid).join(", ")}, which no client owns any more and which lasts until PgBouncer closes that connection (after server_idle_timeout, 10 min unused, or server_lifetime, 1 h, by default); after pg_terminate_backend of the holder it ${released.value ? `started (${((performance.now() - t1) / 1000).toFixed(1)} s in all)` : `still did not start: ${released.timeout ? "timeout" : message(released.error)}`}`,
      );
    } else {
      report(checks, "second runner starts", false, message(second.error));
    }

    // Runners starting together still declare one at a time: while another holds the declare lock
    // (a client through PgBouncer, in a transaction, as a runner in the middle of declaring), a
    // third runner waits, and starts once that transaction ends.
    const holder = await connectTo(ctx.bouncerUrl);
    extraClients.push(holder);
    await holder.query("BEGIN");
    await holder.query("SELECT pg_advisory_xact_lock(hashtext($1))", [DECLARE_LOCK]);
    const t2 = performance.now();
    const thirdStart = startJobRunner(ctx.bouncerUrl, { pollingIntervalSeconds: 1 });
    const early = await within(thirdStart, 3_000);
    if (early.value) runners.push(early.value);
    await holder.query("COMMIT");
    const committedAt = performance.now();
    const third = early.value || early.error ? early : await within(thirdStart, 30_000);
    if (third.value && !early.value) runners.push(third.value);
    report(
      checks,
      "runners declare one at a time",
      Boolean(early.timeout && third.value),
      early.value
        ? `a runner started in ${((performance.now() - t2) / 1000).toFixed(1)} s while another held the declare lock: no exclusion`
        : third.value
          ? `a runner waited ${((committedAt - t2) / 1000).toFixed(1)} s while another held the declare lock in a transaction, and started ${((performance.now() - committedAt) / 1000).toFixed(1)} s after its COMMIT`
          : `after the COMMIT: ${third.timeout ? "no start within 30 s" : message(third.error)}`,
    );

    // Why a session lock cannot work here: does an unlock reach the connection that locked? One
    // client locks, the server connection it used is then taken by another transaction, and the
    // same client unlocks.
    const locker = await connectTo(ctx.bouncerUrl);
    extraClients.push(locker);
    const key = "halle.bench.pooling";
    const locked = await locker.query<{ pid: number }>(
      "SELECT pg_advisory_lock(hashtext($1)), pg_backend_pid() AS pid",
      [key],
    );
    const occupied = await occupyServer(ctx.bouncerUrl, locked.rows[0].pid);
    let warning = "";
    locker.on("notice", (notice) => (warning = notice.message ?? ""));
    const unlocked = await locker.query<{ unlocked: boolean; pid: number }>(
      "SELECT pg_advisory_unlock(hashtext($1)) AS unlocked, pg_backend_pid() AS pid",
      [key],
    );
    await occupied.release();
    const { rows: stillHeld } = await ctx.monitor.query<{ pid: number }>(
      `SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted AND objid::bigint = (hashtext($1)::bigint & 4294967295)`,
      [key],
    );
    note(
      `NOTE a session advisory lock through PgBouncer (any code that would use one): pg_advisory_lock ran on server ${locked.rows[0].pid}, pg_advisory_unlock of the same client on server ${unlocked.rows[0].pid} returned ${unlocked.rows[0].unlocked}${warning ? ` (« ${warning} »)` : ""}; lock then held by ${stillHeld.map((r) => r.pid).join(", ") || "nobody"}. Use pg_advisory_xact_lock inside a transaction, or a direct connection.`,
    );
  } finally {
    for (const client of extraClients) await client.end().catch(() => undefined);
    for (const runner of runners) await runner.stop({ graceSeconds: 5 }).catch(() => undefined);
    await disconnectDb();
    // Whatever is still holding an advisory lock on this database (the leaked declare lock) goes.
    await ctx.monitor.query(
      `SELECT pg_terminate_backend(l.pid) FROM pg_locks l JOIN pg_stat_activity a USING (pid)
        WHERE l.locktype = 'advisory' AND a.datname = $1 AND l.pid <> pg_backend_pid()`,
      [ctx.database],
    );
  }
}

// ---------------------------------------------------------------- (d) LISTEN/NOTIFY and session state

function* sourceFiles(dir: string): Generator<string> {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return;
  }
  for (const entry of entries) {
    if (entry === "generated" || entry === "node_modules" || entry.startsWith(".")) continue;
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) yield* sourceFiles(full);
    else if (/\.(ts|tsx|js|mjs|cjs|sql)$/.test(entry) && !/\.test\.tsx?$/.test(entry)) yield full;
  }
}

const SESSION_STATE: [string, RegExp][] = [
  ["LISTEN/NOTIFY", /\bLISTEN\s+\w|\bNOTIFY\s+\w|pg_notify\s*\(|["']notification["']/],
  ["session advisory lock", /pg_(try_)?advisory_lock(_shared)?\s*\(/],
  ["SET of the session", /["'`]\s*SET\s+(?!LOCAL\b|TRANSACTION\b|CONSTRAINTS\b)(SESSION\s+)?\w+\s*(=|TO\b)/i],
  ["set_config for the session", /set_config\s*\([^)]*false\s*\)/i],
  ["temporary table", /CREATE\s+TEMP(ORARY)?\s+TABLE/i],
  ["cursor WITH HOLD", /WITH\s+HOLD/i],
];

async function checkSessionState(ctx: CheckContext, checks: Check[]) {
  console.log("\n(d) LISTEN/NOTIFY and other session state in the code (lib/, app/, scripts/, pg-boss)");
  const roots = ["lib", "app", "scripts", "instrumentation.ts", "proxy.ts", "node_modules/pg-boss/src"];
  const found = new Map<string, string[]>();
  let scanned = 0;
  for (const root of roots) {
    const files = root.endsWith(".ts") ? [root] : [...sourceFiles(root)];
    for (const file of files) {
      let text: string;
      try {
        text = readFileSync(file, "utf8");
      } catch {
        continue;
      }
      scanned += 1;
      for (const [kind, pattern] of SESSION_STATE)
        if (pattern.test(text)) found.set(kind, [...(found.get(kind) ?? []), file]);
    }
  }
  const listen = found.get("LISTEN/NOTIFY") ?? [];
  // What LISTEN gives through PgBouncer: the server connection that listens goes back to the pool.
  const listener = await connectTo(ctx.bouncerUrl);
  let received = 0;
  listener.on("notification", () => (received += 1));
  await listener.query("LISTEN bench_pooling");
  await ctx.monitor.query("NOTIFY bench_pooling, 'hello'");
  await sleep(1_000);
  await listener.query("SELECT 1");
  await sleep(200);
  await listener.end().catch(() => undefined);
  report(
    checks,
    "LISTEN/NOTIFY",
    listen.length === 0,
    listen.length === 0
      ? `not used (${scanned} files scanned): nothing to break. For the record, a LISTEN through PgBouncer got ${received} of 1 notification sent`
      : `used in ${listen.join(", ")}: a LISTEN through PgBouncer got ${received} of 1 notification sent; such a client needs a direct connection`,
  );
  for (const [kind, files] of found) if (kind !== "LISTEN/NOTIFY") note(`${kind}: ${files.join(", ")}`);
  const sessionLocks = found.get("session advisory lock") ?? [];
  note(
    `session state found: ${found.size === 0 ? "none" : [...found.keys()].join(", ")}${sessionLocks.length ? ` (the session advisory lock is the job runner's, (c); the others in lib/ are pg_advisory_xact_lock)` : ""}`,
  );
}

export async function runTransactionModeChecks(ctx: CheckContext): Promise<Check[]> {
  const checks: Check[] = [];
  await checkPrisma(ctx, checks);
  await checkRawSql(ctx, checks);
  await checkJobRunner(ctx, checks);
  await checkSessionState(ctx, checks);
  return checks;
}
