// `npm run worker` (scripts/worker.ts) as a real process against this test's database
// (docs/architecture.md, Jobs): it refuses without DATABASE_URL or, in production, with a
// configuration problem (docs/security.md, "Production mode and configuration"), one line each
// and exit code 1; otherwise it logs when ready, delivers a queued e-mail to a real SMTP server on
// loopback, and on SIGTERM lets the delivery in progress finish, then exits 0. A web process with
// HALLE_JOBS=off runs no job at all.
import { spawn, spawnSync } from "node:child_process";
import type { AddressInfo } from "node:net";
import path from "node:path";
import PgBoss from "pg-boss";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { EMAIL_DELIVERY_QUEUE } from "@/lib/jobs/job-runner";
import { queueEmail } from "@/lib/notifications/queue-email";
import { waitFor } from "../../support/wait-for";

const ROOT = path.resolve(import.meta.dirname, "../../..");
/** A recipient whose message the SMTP server takes its time to accept: a delivery in progress. */
const SLOW = "slow@example.test";
const SLOW_MS = 3_000;

let server: SMTPServer;
let smtpUrl: string;
const delivered: string[] = [];
const started: string[] = [];

/** The environment of the worker: this test's, without what would change its mode. */
function workerEnv(overrides: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_POOL_SIZE: "3", ...overrides };
  for (const name of ["NODE_ENV", "HALLE_MODE", "APP_URL", "NEXTAUTH_URL", "STRIPE_SECRET_KEY"])
    if (!(name in overrides)) delete env[name];
  return env;
}

function runWorkerToEnd(overrides: Record<string, string>) {
  const result = spawnSync("npm", ["run", "--silent", "worker"], {
    cwd: ROOT,
    env: workerEnv(overrides),
    encoding: "utf8",
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Queues an e-mail delivery job as a web process would: a pg-boss client that runs nothing. */
async function askForDelivery() {
  const boss = new PgBoss({ connectionString: process.env.DATABASE_URL!, supervise: false, schedule: false, max: 1 });
  await boss.start();
  try {
    expect(await boss.send(EMAIL_DELIVERY_QUEUE, {})).not.toBeNull();
  } finally {
    await boss.stop({ graceful: false });
  }
}

const hasJobSchema = async () =>
  (await getDb().$queryRaw<{ ready: boolean }[]>`SELECT to_regclass('pgboss.job') IS NOT NULL AS "ready"`)[0].ready;

beforeAll(async () => {
  server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const to = session.envelope.rcptTo.map((rcpt) => rcpt.address);
      started.push(...to);
      stream.on("end", () =>
        setTimeout(
          () => {
            delivered.push(...to);
            callback();
          },
          to.includes(SLOW) ? SLOW_MS : 0,
        ),
      );
      stream.resume();
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  smtpUrl = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe("npm run worker", () => {
  it("a web process with HALLE_JOBS=off starts no job runner", async () => {
    const saved = { HALLE_JOBS: process.env.HALLE_JOBS, NEXT_RUNTIME: process.env.NEXT_RUNTIME };
    Object.assign(process.env, { HALLE_JOBS: "off", NEXT_RUNTIME: "nodejs" });
    try {
      const { register } = await import("@/instrumentation");
      await register();
    } finally {
      for (const [name, value] of Object.entries(saved))
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
    }
    expect(await hasJobSchema()).toBe(false);
  });

  it("exits 1 with one clear line without DATABASE_URL", () => {
    const run = runWorkerToEnd({ DATABASE_URL: "" });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split("\n")).toEqual([expect.stringMatching(/^\[worker\] DATABASE_URL is not set/)]);
    expect(run.stdout).not.toContain("ready");
  }, 120_000);

  it("in production, a configuration problem stops it before it touches the database", async () => {
    const run = runWorkerToEnd({ DATABASE_URL: process.env.DATABASE_URL!, HALLE_MODE: "production" });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("SMTP_MISSING");
    expect(run.stdout).not.toContain("ready");
    expect(await hasJobSchema()).toBe(false);
  }, 120_000);

  it("runs the jobs: ready, an e-mail delivered over SMTP, and on SIGTERM the delivery in progress finishes, exit 0", async () => {
    const quick = await queueEmail(getDb(), {
      to: "client@example.test",
      locale: "fr",
      template: "seller.suspended",
      data: { vendorName: "Léa", shopName: "Fournil", reason: "Plaintes" },
    });
    const slow = await queueEmail(getDb(), {
      to: SLOW,
      locale: "fr",
      template: "seller.suspended",
      data: { vendorName: "Noé", shopName: "Primeur", reason: "Plaintes" },
    });

    const child = spawn("npm", ["run", "--silent", "worker"], {
      cwd: ROOT,
      env: workerEnv({ DATABASE_URL: process.env.DATABASE_URL!, SMTP_URL: smtpUrl }),
      stdio: ["ignore", "pipe", "pipe"],
      // Its own process group, so that a failed test can end npm, tsx and the worker together.
      detached: true,
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    try {
      expect(await waitFor(async () => stdout.includes("[worker] ready"), 90)).toBe(true);
      // A web process asks for a delivery (the schedule's first run on a new database may be a
      // minute away): the worker sends both messages, the slow one still in progress.
      await askForDelivery();
      expect(await waitFor(async () => delivered.includes("client@example.test") && started.includes(SLOW), 60)).toBe(
        true,
      );
      expect(delivered).not.toContain(SLOW);
      child.kill("SIGTERM");
      expect(await exited).toBe(0);
    } finally {
      if (child.exitCode === null) process.kill(-child.pid!, "SIGKILL");
    }
    expect(delivered.filter((to) => to === SLOW)).toHaveLength(1);
    const rows = await getDb().emailMessage.findMany({
      where: { id: { in: [quick.id, slow.id] } },
      select: { status: true, attempts: true },
    });
    expect(rows).toEqual([
      { status: "SENT", attempts: 1 },
      { status: "SENT", attempts: 1 },
    ]);
    expect(stdout).toContain("[worker] stopped");
    expect(stderr).toBe("");
  }, 180_000);
});
