// The real machine behind resolve-browser.ts's probes: files, PATH, /etc/os-release, sudo, and the
// two installers (Playwright's download and apt-get), each with a time limit.
import { spawnSync } from "node:child_process";
import {
  accessSync,
  closeSync,
  constants,
  existsSync,
  openSync,
  readFileSync,
  readSync,
  realpathSync,
  statSync,
} from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import {
  parseOsRelease,
  type BrowserProbes,
  type InstallOutcome,
  type OsRelease,
  type VersionProbe,
} from "./resolve-browser";

const PLAYWRIGHT_INSTALL_TIMEOUT_MS = 10 * 60_000;
const APT_TIMEOUT_MS = 20 * 60_000;

export function systemProbes(log: (message: string) => void): BrowserProbes {
  return {
    chromiumPathEnv: process.env.CHROMIUM_PATH || undefined,
    platform: process.platform,
    uid: process.getuid?.(),
    osRelease: readOsRelease(),
    findOnPath,
    isExecutable,
    isSnapStub,
    probeVersion,
    playwrightCachedBrowser,
    installWithPlaywright,
    canSudo: () => spawnSync("sudo", ["-n", "true"], { stdio: "ignore", timeout: 10_000 }).status === 0,
    installWithApt,
    log,
  };
}

function readOsRelease(): OsRelease | undefined {
  for (const file of ["/etc/os-release", "/usr/lib/os-release"]) {
    if (existsSync(file)) return parseOsRelease(readFileSync(file, "utf8"));
  }
  return existsSync("/etc/debian_version") ? { id: "debian", idLike: [] } : undefined;
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function findOnPath(command: string): string | undefined {
  for (const directory of (process.env.PATH ?? "").split(path.delimiter)) {
    if (!directory) continue;
    const file = path.join(directory, command);
    if (isExecutable(file)) return file;
  }
  return undefined;
}

/** The start of a file, as text: enough to recognise a shell script that only points at the snap. */
function head(file: string, bytes = 4096): string {
  const descriptor = openSync(file, "r");
  try {
    const buffer = Buffer.alloc(bytes);
    return buffer.subarray(0, readSync(descriptor, buffer, 0, bytes, 0)).toString("latin1");
  } finally {
    closeSync(descriptor);
  }
}

function isSnapStub(file: string): boolean {
  try {
    const real = realpathSync(file);
    if (real.startsWith("/snap/") || real === "/usr/bin/snap") return true;
    const start = head(real);
    return start.startsWith("#!") && /\/snap\/|snap install|requires the chromium snap/.test(start);
  } catch {
    return false;
  }
}

function probeVersion(file: string): VersionProbe {
  const result = spawnSync(file, ["--version"], { encoding: "utf8", timeout: 30_000 });
  const output = `${result.stdout ?? ""}${result.stderr ?? ""}`.trim();
  if (result.error) return { ok: false, detail: result.error.message };
  if (result.status !== 0) return { ok: false, detail: firstLine(output) || `exit code ${result.status}` };
  return { ok: true, version: firstLine(output) };
}

function playwrightCachedBrowser(): string | undefined {
  const file = chromium.executablePath();
  return file && isExecutable(file) ? file : undefined;
}

function installWithPlaywright(): InstallOutcome {
  const result = spawnSync("npx", ["playwright", "install", "chromium"], {
    encoding: "utf8",
    timeout: PLAYWRIGHT_INSTALL_TIMEOUT_MS,
  });
  return outcome(result, "npx playwright install chromium", PLAYWRIGHT_INSTALL_TIMEOUT_MS);
}

export function installWithApt(packageName: string, sudo: boolean): InstallOutcome {
  const env = ["env", "DEBIAN_FRONTEND=noninteractive"];
  const prefix = sudo ? ["sudo", "-n", ...env] : env;
  const update = spawnSync(prefix[0], [...prefix.slice(1), "apt-get", "update", "-qq"], {
    encoding: "utf8",
    timeout: APT_TIMEOUT_MS,
  });
  const updated = outcome(update, "apt-get update", APT_TIMEOUT_MS);
  if (!updated.ok) return updated;
  const install = spawnSync(
    prefix[0],
    [...prefix.slice(1), "apt-get", "install", "-y", "-qq", "--no-install-recommends", packageName],
    { encoding: "utf8", timeout: APT_TIMEOUT_MS },
  );
  return outcome(install, `apt-get install ${packageName}`, APT_TIMEOUT_MS);
}

function outcome(result: ReturnType<typeof spawnSync>, what: string, timeoutMs: number): InstallOutcome {
  if (result.status === 0) return { ok: true };
  if (result.error && (result.error as NodeJS.ErrnoException).code === "ETIMEDOUT") {
    return { ok: false, detail: `${what} gave up after ${timeoutMs / 60_000} minutes` };
  }
  if (result.error) return { ok: false, detail: result.error.message };
  const output = `${result.stdout ?? ""}\n${result.stderr ?? ""}`;
  const lines = output
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  // A network error names its cause best (getaddrinfo ENOTFOUND cdn.playwright.dev); then apt's "E:".
  const reason =
    lines.find((line) => /\b(getaddrinfo|E[A-Z]{4,})\b/.test(line)) ??
    lines.find((line) => /^(Error|E):/.test(line)) ??
    lines.at(-1) ??
    `exit code ${result.status}`;
  return { ok: false, detail: reason.replace(/^Error: /, "").replace(/, caused by$/, "") };
}

function firstLine(text: string): string {
  return text.split("\n")[0]?.trim() ?? "";
}
