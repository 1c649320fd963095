// What `npm start` (scripts/start.ts) and `npm run dev` (scripts/dev.ts) share: everything a
// machine with only Node needs before Next.js serves, then the server itself. Without DATABASE_URL
// a PostgreSQL of Halle's own runs with its data under .data/ (HALLE_DATA_DIR); migrations are
// applied, the demo marketplace is seeded once, the NextAuth secret is kept in a file there. When
// the server is ready it prints the address and the demo logins; stopping it (Ctrl-C) stops that
// PostgreSQL too. The demo (whose passwords are in the README) goes only into that embedded
// database, or into DATABASE_URL's when asked with HALLE_DEMO=1 (docs/security.md); a real
// database gets its first operator from `npm run setup` (scripts/setup.ts). Environment:
// DATABASE_URL, PORT, HALLE_DATA_DIR, HALLE_PG_PORT, HALLE_FRESH=1 (start from an empty
// database), HALLE_DEMO, NEXTAUTH_SECRET, NEXTAUTH_URL, HALLE_FILES_DIR, HALLE_PRIVATE_FILES_DIR.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import { shouldSeedDemo } from "../lib/config/demo-seeding";
import { DEMO_ACCOUNTS } from "../prisma/seed/accounts";
import { ensureDatabase, startEmbeddedPostgres, type RunningPostgres } from "./embedded-postgres";
import { applyMigrations } from "./migrate";
import { withServerNodeOptions } from "./server-node-options";

export const log = (message: string) => console.log(`[halle] ${message}`);

export type LocalApp = {
  started: number;
  port: number;
  /** The environment of every command run for the app (database, secrets, file folders). */
  env: NodeJS.ProcessEnv;
  postgres: RunningPostgres | undefined;
  /** the demo marketplace was seeded (or kept): its logins are printed */
  demo: boolean;
};

/** Database, migrations, demo data and settings: everything before the server starts. */
export async function prepareLocalApp(): Promise<LocalApp> {
  const started = Date.now();
  const port = Number(process.env.PORT ?? 3000);
  // The Persian demo (HALLE_DEMO=karkareh) keeps its own embedded database beside the French one.
  const dataDir = path.resolve(
    process.env.HALLE_DATA_DIR ?? (process.env.HALLE_DEMO === "karkareh" ? ".data-karkareh" : ".data"),
  );
  if (process.env.HALLE_FRESH === "1") await rm(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });

  let postgres: RunningPostgres | undefined;
  let databaseUrl = process.env.DATABASE_URL;
  const demo = shouldSeedDemo(process.env, databaseUrl ? "external" : "embedded");
  if (!databaseUrl) {
    const pgPort = Number(process.env.HALLE_PG_PORT ?? 5488);
    const shown = path.relative(process.cwd(), dataDir).startsWith("..")
      ? dataDir
      : path.relative(process.cwd(), dataDir);
    log(`starting PostgreSQL on port ${pgPort} (data in ${path.join(shown, "pg")})`);
    postgres = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "pg"), port: pgPort });
    await ensureDatabase(postgres.adminUrl, "halle");
    databaseUrl = postgres.urlFor("halle");
  }
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    HALLE_FILES_DIR: process.env.HALLE_FILES_DIR ?? path.join(dataDir, "files"),
    HALLE_PRIVATE_FILES_DIR: process.env.HALLE_PRIVATE_FILES_DIR ?? path.join(dataDir, "private"),
    NEXTAUTH_SECRET: secret(dataDir),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    NEXT_TELEMETRY_DISABLED: "1",
  };

  try {
    log("applying migrations");
    applyMigrations(databaseUrl);
    if (demo) run("npx", ["tsx", "prisma/seed/index.ts"], env);
    else
      log(
        "demo marketplace not seeded (into a DATABASE_URL database only with HALLE_DEMO=1): `npm run setup` creates the first operator",
      );
  } catch (error) {
    await postgres?.stop();
    throw error;
  }
  return { started, port, env, postgres, demo };
}

/** Runs `npx next <args>` (build, …) for the app; throws when it fails. */
export function runNext(app: LocalApp, args: string[]): void {
  run("npx", ["next", ...args], app.env);
}

/**
 * Serves the app with Halle's own server (scripts/server.ts: Next.js behind the client address and
 * body size checks of docs/security.md), `args` ["start"] or ["dev"], until the server exits or
 * this process is told to stop; then stops Halle's PostgreSQL and exits.
 */
export async function serveLocalApp(app: LocalApp, args: string[]): Promise<void> {
  const server = spawn("npx", ["tsx", "scripts/server.ts", ...(args.includes("dev") ? ["--dev"] : [])], {
    stdio: "inherit",
    env: withServerNodeOptions<NodeJS.ProcessEnv>({
      ...app.env,
      PORT: String(app.port),
      NODE_ENV: args.includes("dev") ? "development" : "production",
    }),
  });
  let stopping = false;
  let exitCode = 0;
  const exit = async (code: number) => {
    await app.postgres?.stop().catch((error) => console.error(error));
    process.exit(code);
  };
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    server.kill(signal);
    // The server normally exits at once; never leave PostgreSQL running if it does not.
    setTimeout(() => void exit(exitCode), 15_000).unref();
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
  server.on("exit", (code) => void exit(stopping ? exitCode : (code ?? 1)));

  try {
    await waitForHttp(`http://localhost:${app.port}/api/health`);
  } catch (error) {
    console.error(error);
    exitCode = 1;
    stop("SIGTERM");
    return;
  }
  log(`ready in ${((Date.now() - app.started) / 1000).toFixed(1)} s: http://localhost:${app.port}`);
  if (!app.demo) return;
  log("demo logins:");
  for (const account of Object.values(DEMO_ACCOUNTS)) {
    log(`  ${account.role.padEnd(8)} ${account.email.padEnd(24)} ${account.password}`);
  }
}

function secret(dataDir: string): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = path.join(dataDir, "nextauth-secret");
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): void {
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (${result.status})`);
}

async function waitForHttp(url: string): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer`);
}
