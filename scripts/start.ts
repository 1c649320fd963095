// `npm start`: the whole marketplace on one machine with one command. Without DATABASE_URL it
// runs a PostgreSQL of its own (data under .data/), applies migrations, seeds the demo
// marketplace once, builds when the sources changed, serves http://localhost:3000 and prints the
// demo logins. Environment: DATABASE_URL, PORT, HALLE_DATA_DIR, HALLE_PG_PORT, HALLE_FRESH=1
// (start from an empty database), NEXTAUTH_SECRET, NEXTAUTH_URL.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import { DEMO_ACCOUNTS } from "../prisma/seed/accounts";
import { needsBuild, writeBuildStamp } from "./build-stamp";
import { ensureDatabase, startEmbeddedPostgres, type RunningPostgres } from "./embedded-postgres";
import { applyMigrations } from "./migrate";

const started = Date.now();
const port = Number(process.env.PORT ?? 3000);
const dataDir = path.resolve(process.env.HALLE_DATA_DIR ?? ".data");
const fresh = process.env.HALLE_FRESH === "1";
const log = (message: string) => console.log(`[halle] ${message}`);

function secret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = path.join(dataDir, "nextauth-secret");
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): void {
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (${result.status})`);
}

async function main() {
  if (fresh) await rm(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  let postgres: RunningPostgres | undefined;
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    const pgPort = Number(process.env.HALLE_PG_PORT ?? 5488);
    log(`starting PostgreSQL on port ${pgPort} (data in ${path.relative(process.cwd(), dataDir)}/pg)`);
    postgres = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "pg"), port: pgPort });
    await ensureDatabase(postgres.adminUrl, "halle");
    databaseUrl = postgres.urlFor("halle");
  }
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    HALLE_FILES_DIR: process.env.HALLE_FILES_DIR ?? path.join(dataDir, "files"),
    HALLE_PRIVATE_FILES_DIR: process.env.HALLE_PRIVATE_FILES_DIR ?? path.join(dataDir, "private"),
    NEXTAUTH_SECRET: secret(),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    NEXT_TELEMETRY_DISABLED: "1",
  };

  log("applying migrations");
  applyMigrations(databaseUrl);
  run("npx", ["tsx", "prisma/seed/index.ts"], env);
  if (needsBuild()) {
    log("building the app (first start, or the sources changed)");
    run("npx", ["next", "build"], env);
    writeBuildStamp();
  }

  const server = spawn("npx", ["next", "start", "-p", String(port)], { stdio: "inherit", env });
  const stop = async () => {
    server.kill("SIGTERM");
    await postgres?.stop();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  server.on("exit", async (code) => {
    await postgres?.stop();
    process.exit(code ?? 1);
  });

  await waitForHttp(`http://localhost:${port}/api/health`);
  log(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s: http://localhost:${port}`);
  log("demo logins:");
  for (const account of Object.values(DEMO_ACCOUNTS)) {
    log(`  ${account.role.padEnd(8)} ${account.email.padEnd(24)} ${account.password}`);
  }
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

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
