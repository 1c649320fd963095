// PgBouncer for the pooling benchmark (tests/bench/pooling.ts): the Debian package's binary run as
// a process of our own, with its configuration in a temporary folder, never the system service.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, chownSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { portOpen } from "./bench-support";

export type RunningPgBouncer = {
  url: (database: string) => string;
  /** the admin console ("pgbouncer" database, simple queries only) */
  adminUrl: string;
  log: () => string;
  stop: () => Promise<void>;
};

/** The pgbouncer binary, or null when the package is not installed. */
export function findPgBouncer(): string | null {
  for (const candidate of ["/usr/sbin/pgbouncer", "/usr/bin/pgbouncer", "/usr/local/bin/pgbouncer"]) {
    if (spawnSync(candidate, ["--version"]).status === 0) return candidate;
  }
  const which = spawnSync("sh", ["-c", "command -v pgbouncer"], { encoding: "utf8" });
  return which.status === 0 && which.stdout.trim() ? which.stdout.trim() : null;
}

export function pgBouncerVersion(binary: string): string {
  return spawnSync(binary, ["--version"], { encoding: "utf8" }).stdout.split("\n")[0]?.trim() ?? "?";
}

/**
 * Starts PgBouncer on 127.0.0.1:`port` in front of the PostgreSQL at `server` (its user and
 * password are written to the auth file: PgBouncer logs in to the server with them).
 */
export async function startPgBouncer(options: {
  binary: string;
  port: number;
  server: { host: string; port: number; user: string; password: string; database: string };
  poolMode: "transaction" | "session";
  defaultPoolSize: number;
  maxClientConn?: number;
}): Promise<RunningPgBouncer> {
  if (await portOpen(options.port, "127.0.0.1"))
    throw new Error(`port ${options.port} is already taken: PgBouncer not started`);
  const dir = mkdtempSync(path.join(os.tmpdir(), "halle-pgbouncer-"));
  const { server } = options;
  writeFileSync(path.join(dir, "userlist.txt"), `"${server.user}" "${server.password}"\n`);
  writeFileSync(
    path.join(dir, "pgbouncer.ini"),
    [
      "[databases]",
      `${server.database} = host=${server.host} port=${server.port} dbname=${server.database}`,
      "",
      "[pgbouncer]",
      "listen_addr = 127.0.0.1",
      `listen_port = ${options.port}`,
      "unix_socket_dir =",
      "auth_type = md5",
      `auth_file = ${path.join(dir, "userlist.txt")}`,
      `admin_users = ${server.user}`,
      `pool_mode = ${options.poolMode}`,
      `default_pool_size = ${options.defaultPoolSize}`,
      `max_client_conn = ${options.maxClientConn ?? 1000}`,
      "ignore_startup_parameters = extra_float_digits",
      `logfile = ${path.join(dir, "pgbouncer.log")}`,
      "log_connections = 0",
      "log_disconnections = 0",
      "",
    ].join("\n"),
  );
  // PgBouncer refuses to run as root: as root it is asked to switch to the "postgres" user, which
  // must read the folder.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const ids = spawnSync("id", ["-u", "postgres"], { encoding: "utf8" });
    const groups = spawnSync("id", ["-g", "postgres"], { encoding: "utf8" });
    if (ids.status !== 0) throw new Error("running as root, and there is no postgres user for PgBouncer to run as");
    for (const file of ["", "userlist.txt", "pgbouncer.ini"])
      chownSync(path.join(dir, file), Number(ids.stdout), Number(groups.stdout));
    chmodSync(dir, 0o700);
  }
  const child: ChildProcess = spawn(
    options.binary,
    [...(asRoot ? ["-u", "postgres"] : []), path.join(dir, "pgbouncer.ini")],
    {
      stdio: ["ignore", "ignore", "pipe"],
    },
  );
  let stderr = "";
  child.stderr?.on("data", (chunk) => (stderr += String(chunk)));
  const log = () => {
    try {
      return readFileSync(path.join(dir, "pgbouncer.log"), "utf8");
    } catch {
      return stderr;
    }
  };
  const started = Date.now();
  while (!(await portOpen(options.port, "127.0.0.1"))) {
    if (child.exitCode !== null || Date.now() - started > 10_000) {
      child.kill("SIGTERM");
      throw new Error(`PgBouncer did not start:\n${stderr}\n${log()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const auth = `${encodeURIComponent(server.user)}:${encodeURIComponent(server.password)}`;
  return {
    url: (database) => `postgresql://${auth}@127.0.0.1:${options.port}/${database}`,
    adminUrl: `postgresql://${auth}@127.0.0.1:${options.port}/pgbouncer`,
    log,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM"); // PgBouncer's immediate shutdown (SIGINT waits for the clients)
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
        if (child.exitCode === null) child.kill("SIGKILL");
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export type PoolCounts = { clients: number; waiting: number; serverActive: number; serverTotal: number };

/** SHOW POOLS for one database: client connections (active + waiting) and server connections. */
export async function showPools(admin: pg.Client, database: string): Promise<PoolCounts> {
  const { rows } = await admin.query<Record<string, string>>("SHOW POOLS");
  const row = rows.find((r) => r.database === database);
  const n = (name: string) => Number(row?.[name] ?? 0);
  return {
    clients: n("cl_active") + n("cl_waiting"),
    waiting: n("cl_waiting"),
    serverActive: n("sv_active"),
    serverTotal: n("sv_active") + n("sv_idle") + n("sv_used") + n("sv_tested") + n("sv_login"),
  };
}
