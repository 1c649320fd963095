// Shared by the benchmarks that load the app (tests/bench/search.ts, tests/bench/orders.ts): the
// load generator and its statistics, counting the SQL a call sends, starting and stopping the built
// app (`next start`), and reading the CPU time it uses.
import { AsyncLocalStorage, AsyncResource } from "node:async_hooks";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { connect } from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { needsBuild, writeBuildStamp } from "../../scripts/build-stamp";
import { SERVER_NODE_OPTIONS } from "../../scripts/server-node-options";

export const load = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(" / ");
export const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/** One core's speed: the same fixed loop everywhere (the lower, the faster the machine). */
export function calibrationMs(): number {
  const started = performance.now();
  let sum = 0;
  for (let i = 0; i < 300_000_000; i++) sum += i % 7;
  if (sum < 0) console.log(sum); // keeps the loop from being optimised away
  return performance.now() - started;
}

/**
 * The demo marketplace (prisma/seed) in a migrated database, its pictures in `filesDir` and its
 * private files in `privateDir`; returns the seed's "[seed] …" lines.
 */
export function seedDemo(databaseUrl: string, filesDir: string, privateDir: string): string {
  const seed = spawnSync("npx", ["tsx", "prisma/seed/index.ts"], {
    env: { ...process.env, DATABASE_URL: databaseUrl, HALLE_FILES_DIR: filesDir, HALLE_PRIVATE_FILES_DIR: privateDir },
    encoding: "utf8",
  });
  if (seed.status !== 0) throw new Error(`seed failed: ${seed.stdout}\n${seed.stderr}`);
  return seed.stdout
    .trim()
    .split("\n")
    .filter((line) => line.startsWith("[seed]"))
    .join("\n");
}

// ---------------------------------------------------------------- load and statistics

/** Runs `work` for every item with `clients` concurrent workers; returns per-item results. */
export async function runClients<T, R>(items: T[], clients: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await work(items[index]);
      }
    }),
  );
  return results;
}

export function percentiles(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
  return {
    p50: at(50),
    p95: at(95),
    p99: at(99),
    max: sorted[sorted.length - 1],
    mean: sorted.reduce((a, b) => a + b, 0) / sorted.length,
  };
}
export const ms = (n: number) => `${n.toFixed(1).padStart(7)} ms`;
export function printStats(label: string, values: number[]) {
  const s = percentiles(values);
  console.log(
    `  ${label.padEnd(28)} p50 ${ms(s.p50)}   p95 ${ms(s.p95)}   p99 ${ms(s.p99)}   max ${ms(s.max)}   (n=${values.length})`,
  );
  return s;
}

// ---------------------------------------------------------------- capturing the SQL a search sends

export type CapturedQuery = { text: string; values: unknown[]; ms: number };
let capturing: CapturedQuery[] | null = null;
/** From now on, every query sent (by anyone) is recorded, until stopCapturing returns them. */
export function startCapturing(): void {
  capturing = [];
}
export function stopCapturing(): CapturedQuery[] {
  const list = capturing ?? [];
  capturing = null;
  return list;
}
/**
 * Time in the database, per search: the sum of its queries, each from the moment it is sent on a
 * connection to its last row (waiting for a free pool connection is not database time: it is in
 * the wall time, printed beside it).
 */
export type DatabaseTime = { ms: number; queries: number };
const perSearch = new AsyncLocalStorage<DatabaseTime>();
export async function timed<R>(
  work: () => Promise<R>,
): Promise<{ result: R; dbMs: number; wallMs: number; queries: number }> {
  const store: DatabaseTime = { ms: 0, queries: 0 };
  const t0 = performance.now();
  const result = await perSearch.run(store, work);
  return { result, dbMs: store.ms, wallMs: performance.now() - t0, queries: store.queries };
}
/** searchProducts (Prisma over @prisma/adapter-pg) ends in pg.Client#query. */
let patched = false;
export function captureQueries() {
  if (patched) return;
  patched = true;
  // A pool callback runs in the context of whichever search released the connection: bind it to
  // the search that asked, so that its queries are counted to it.
  const originalConnect = pg.Pool.prototype.connect as (...a: unknown[]) => unknown;
  (pg.Pool.prototype as unknown as { connect: (...a: unknown[]) => unknown }).connect = function (
    this: unknown,
    ...connectArgs: unknown[]
  ) {
    if (typeof connectArgs[0] === "function")
      connectArgs[0] = AsyncResource.bind(connectArgs[0] as (...r: unknown[]) => unknown);
    return originalConnect.apply(this, connectArgs);
  };
  const original = pg.Client.prototype.query as (...a: unknown[]) => unknown;
  (pg.Client.prototype as unknown as { query: (...a: unknown[]) => unknown }).query = function (
    this: unknown,
    ...callArgs: unknown[]
  ) {
    const [config, values] = callArgs as [string | { text: string; values?: unknown[] }, unknown];
    const store = perSearch.getStore();
    if (!capturing && !store) return original.apply(this, callArgs);
    const list = capturing;
    const text = typeof config === "string" ? config : config?.text;
    const bound = (typeof config === "string" ? (Array.isArray(values) ? values : []) : config?.values) ?? [];
    const started = performance.now();
    const record = () => {
      const ms = performance.now() - started;
      list?.push({ text, values: bound, ms });
      if (store) {
        store.ms += ms;
        store.queries += 1;
      }
    };
    // pg.Pool#query calls the client with a callback; direct callers get a promise.
    const last = callArgs.length - 1;
    if (typeof callArgs[last] === "function") {
      const callback = callArgs[last] as (...r: unknown[]) => void;
      callArgs[last] = (...r: unknown[]) => {
        record();
        callback(...r);
      };
      return original.apply(this, callArgs);
    }
    const result = original.apply(this, callArgs);
    if (result && typeof (result as Promise<unknown>).then === "function")
      (result as Promise<unknown>).then(record, () => {});
    return result;
  };
}

// ---------------------------------------------------------------- the app server

/** Whether something listens on `port` (of localhost, or `host`). */
export async function portOpen(port: number, host = "localhost"): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, host);
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

export type AppOptions = {
  port: number;
  /** HALLE_FILES_DIR of the server */
  filesDir: string;
  /** a page answering 200 once the app is up */
  readyPath: string;
};

export async function startApp(databaseUrl: string, { port, filesDir, readyPath }: AppOptions): Promise<ChildProcess> {
  if (await portOpen(port)) throw new Error(`port ${port} is already in use`);
  if (needsBuild()) {
    console.log("The app build is missing or older than the sources: running `npx next build` (not timed)…");
    const started = performance.now();
    if (
      spawnSync("npx", ["next", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } })
        .status !== 0
    )
      throw new Error("build failed");
    writeBuildStamp();
    console.log(`  built in ${seconds(started)}`);
  } else {
    console.log("The app build (.next) is current: not rebuilt.");
  }
  // node itself (not npx): the child is the server process, whose CPU time serverCpuMs reads.
  const child = spawn(
    process.execPath,
    [SERVER_NODE_OPTIONS, "node_modules/next/dist/bin/next", "start", "-p", String(port)],
    {
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        NEXTAUTH_SECRET: "bench",
        NEXTAUTH_URL: `http://localhost:${port}`,
        HALLE_JOBS: "off",
        NEXT_TELEMETRY_DISABLED: "1",
        HALLE_FILES_DIR: filesDir,
        NODE_ENV: "production",
      },
      stdio: ["ignore", "ignore", "inherit"],
      detached: true,
    },
  );
  const started = performance.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error("next start exited");
    try {
      if ((await fetch(`http://localhost:${port}${readyPath}`)).status === 200) break;
    } catch {
      // not up yet
    }
    if (performance.now() - started > 120_000) throw new Error("the app did not answer within 2 minutes");
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return child;
}

export async function stopApp(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  process.kill(-child.pid!, "SIGTERM");
  await exited;
}

/** CPU time (user + system) the server process has used so far, from /proc (Linux); null elsewhere. */
export function serverCpuMs(child: ChildProcess): number | null {
  const stat = `/proc/${child.pid}/stat`;
  if (!existsSync(stat)) return null;
  const fields = readFileSync(stat, "utf8").split(") ")[1].split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
}
/** The server process's peak resident memory so far (VmHWM), in MB, from /proc (Linux); null elsewhere. */
export function serverPeakMemoryMb(child: ChildProcess): number | null {
  const status = `/proc/${child.pid}/status`;
  if (!existsSync(status)) return null;
  const peak = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(status, "utf8"));
  return peak ? Number(peak[1]) / 1024 : null;
}
const CLOCK_TICKS = Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout.trim()) || 100;

/**
 * CPU time (user + system) a PostgreSQL server has used so far, from /proc (Linux; null elsewhere
 * or without its data folder): its postmaster with the backends it has reaped, plus the living
 * backends. A backend ending between two readings moves from one count to the other, so the
 * difference of two readings is the server's CPU in between.
 */
export function postgresCpuMs(dataDir: string): number | null {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile) || !existsSync("/proc")) return null;
  const postmaster = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  let ticks = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let fields: string[];
    try {
      fields = readFileSync(`/proc/${entry}/stat`, "utf8").split(") ")[1].split(" ");
    } catch {
      continue; // ended meanwhile
    }
    if (Number(entry) === postmaster)
      ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
    else if (Number(fields[1]) === postmaster) ticks += Number(fields[11]) + Number(fields[12]);
  }
  return (ticks * 1000) / CLOCK_TICKS;
}

/** The machine's CPU time counters (/proc/stat, Linux; null elsewhere): all, and stolen by the hypervisor. */
export function cpuCounters(): { total: number; steal: number; idle: number } | null {
  if (!existsSync("/proc/stat")) return null;
  const fields = readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/).slice(1).map(Number);
  // user nice system idle iowait irq softirq steal guest guest_nice (guest time is inside user)
  return { total: fields.slice(0, 8).reduce((a, b) => a + b, 0), idle: fields[3] + fields[4], steal: fields[7] ?? 0 };
}
/** "busy 97 %, stolen 14 %": how the machine's CPUs were used between two readings. */
export function cpuShare(from: ReturnType<typeof cpuCounters>, to: ReturnType<typeof cpuCounters>): string {
  if (!from || !to || to.total === from.total) return "unknown";
  const total = to.total - from.total;
  const pct = (n: number) => `${Math.round((100 * n) / total)} %`;
  return `busy ${pct(total - (to.idle - from.idle))}, of which stolen by the hypervisor (other guests) ${pct(to.steal - from.steal)}`;
}
