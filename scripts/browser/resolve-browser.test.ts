import { describe, expect, it } from "vitest";
import {
  isDebianFamily,
  isUbuntuFamily,
  parseOsRelease,
  resolveBrowser,
  type BrowserProbes,
  type InstallOutcome,
  type OsRelease,
} from "./resolve-browser";

const DEBIAN: OsRelease = { id: "debian", idLike: [] };
const UBUNTU: OsRelease = { id: "ubuntu", idLike: ["debian"] };
const MINT: OsRelease = { id: "linuxmint", idLike: ["ubuntu", "debian"] };
const FEDORA: OsRelease = { id: "fedora", idLike: [] };
const PLAYWRIGHT_CHROME = "/root/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome";

type Machine = {
  chromiumPathEnv?: string;
  platform?: NodeJS.Platform;
  uid?: number;
  osRelease?: OsRelease;
  /** command name → path on PATH */
  onPath?: Record<string, string>;
  /** executable files (PATH entries are executable too) */
  executables?: string[];
  snapStubs?: string[];
  /** files whose `--version` fails, with the reason */
  broken?: Record<string, string>;
  playwrightCache?: boolean;
  playwrightDownload?: InstallOutcome;
  /** what the download leaves behind when it succeeds */
  playwrightDownloadWorks?: boolean;
  sudo?: boolean;
  apt?: InstallOutcome;
  /** what apt-get install chromium puts on PATH when it succeeds */
  aptInstalls?: Record<string, string>;
};

function machine(spec: Machine) {
  const onPath = { ...spec.onPath };
  const executables = new Set([...(spec.executables ?? []), ...Object.values(onPath)]);
  let cached = spec.playwrightCache ?? false;
  const calls = { playwrightInstall: 0, apt: [] as { packageName: string; sudo: boolean }[], sudoAsked: 0 };
  const logs: string[] = [];
  const probes: BrowserProbes = {
    chromiumPathEnv: spec.chromiumPathEnv,
    platform: spec.platform ?? "linux",
    uid: "uid" in spec ? spec.uid : 1000,
    osRelease: spec.osRelease,
    findOnPath: (command) => onPath[command],
    isExecutable: (file) => executables.has(file),
    isSnapStub: (file) => (spec.snapStubs ?? []).includes(file),
    probeVersion: (file) => {
      const reason = spec.broken?.[file];
      if (reason) return { ok: false, detail: reason };
      return executables.has(file) ? { ok: true, version: `Chromium 150 (${file})` } : { ok: false, detail: "ENOENT" };
    },
    playwrightCachedBrowser: () => (cached ? PLAYWRIGHT_CHROME : undefined),
    installWithPlaywright: () => {
      calls.playwrightInstall++;
      const result = spec.playwrightDownload ?? { ok: false, detail: "getaddrinfo ENOTFOUND cdn.playwright.dev" };
      if (result.ok && spec.playwrightDownloadWorks !== false) {
        cached = true;
        executables.add(PLAYWRIGHT_CHROME);
      }
      return result;
    },
    canSudo: () => {
      calls.sudoAsked++;
      return spec.sudo ?? false;
    },
    installWithApt: (packageName, sudo) => {
      calls.apt.push({ packageName, sudo });
      const result = spec.apt ?? { ok: true };
      if (result.ok) {
        for (const [command, file] of Object.entries(spec.aptInstalls ?? { chromium: "/usr/bin/chromium" })) {
          onPath[command] = file;
          executables.add(file);
        }
      }
      return result;
    },
    log: (message) => logs.push(message),
  };
  return { probes, calls, logs };
}

function failure(resolution: ReturnType<typeof resolveBrowser>): string {
  if (resolution.ok) throw new Error(`expected a failure, got ${resolution.executable}`);
  return resolution.message;
}

describe("resolveBrowser: CHROMIUM_PATH", () => {
  it("uses CHROMIUM_PATH when it is an executable that starts, and installs nothing", () => {
    const { probes, calls } = machine({ chromiumPathEnv: "/opt/chrome/chrome", executables: ["/opt/chrome/chrome"] });
    expect(resolveBrowser(probes)).toEqual({
      ok: true,
      executable: "/opt/chrome/chrome",
      version: "Chromium 150 (/opt/chrome/chrome)",
      source: "CHROMIUM_PATH",
    });
    expect(calls).toEqual({ playwrightInstall: 0, apt: [], sudoAsked: 0 });
  });

  it("prefers CHROMIUM_PATH to a browser on PATH", () => {
    const { probes } = machine({
      chromiumPathEnv: "/opt/chrome/chrome",
      executables: ["/opt/chrome/chrome"],
      onPath: { chromium: "/usr/bin/chromium" },
    });
    expect(resolveBrowser(probes)).toMatchObject({ ok: true, executable: "/opt/chrome/chrome" });
  });

  it("stops with a clear error when CHROMIUM_PATH is not an executable, without looking elsewhere", () => {
    const { probes, calls } = machine({
      chromiumPathEnv: "/nowhere/chrome",
      onPath: { chromium: "/usr/bin/chromium" },
    });
    const message = failure(resolveBrowser(probes));
    expect(message).toContain("CHROMIUM_PATH is /nowhere/chrome, which is not an executable file");
    expect(message).toContain("unset it");
    expect(calls.playwrightInstall).toBe(0);
  });

  it("stops with a clear error when CHROMIUM_PATH does not start", () => {
    const { probes } = machine({
      chromiumPathEnv: "/opt/chrome/chrome",
      executables: ["/opt/chrome/chrome"],
      broken: { "/opt/chrome/chrome": "error while loading shared libraries: libnss3.so" },
    });
    expect(failure(resolveBrowser(probes))).toContain(
      "does not start (/opt/chrome/chrome --version: error while loading",
    );
  });
});

describe("resolveBrowser: a browser already installed", () => {
  it.each([
    ["chromium", "/usr/bin/chromium"],
    ["chromium-browser", "/usr/bin/chromium-browser"],
    ["google-chrome", "/usr/bin/google-chrome"],
    ["google-chrome-stable", "/usr/bin/google-chrome-stable"],
  ])("finds %s on PATH", (command, file) => {
    const { probes, calls } = machine({ onPath: { [command]: file }, osRelease: DEBIAN, uid: 0 });
    expect(resolveBrowser(probes)).toMatchObject({ ok: true, executable: file, source: "PATH" });
    expect(calls).toEqual({ playwrightInstall: 0, apt: [], sudoAsked: 0 });
  });

  it("takes chromium before Chrome when both are there", () => {
    const { probes } = machine({
      onPath: { "google-chrome": "/usr/bin/google-chrome", chromium: "/usr/bin/chromium" },
    });
    expect(resolveBrowser(probes)).toMatchObject({ executable: "/usr/bin/chromium" });
  });

  it("skips Ubuntu's snap stub and takes the next browser", () => {
    const { probes } = machine({
      onPath: { "chromium-browser": "/usr/bin/chromium-browser", "google-chrome": "/usr/bin/google-chrome" },
      snapStubs: ["/usr/bin/chromium-browser"],
    });
    expect(resolveBrowser(probes)).toMatchObject({ ok: true, executable: "/usr/bin/google-chrome" });
  });

  it("skips a browser that does not start and takes the next one", () => {
    const { probes } = machine({
      onPath: { chromium: "/usr/bin/chromium", "google-chrome": "/usr/bin/google-chrome" },
      broken: { "/usr/bin/chromium": "exit code 127" },
    });
    expect(resolveBrowser(probes)).toMatchObject({ ok: true, executable: "/usr/bin/google-chrome" });
  });

  it("finds Chrome in macOS's Applications folder", () => {
    const chrome = "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome";
    const { probes } = machine({ platform: "darwin", executables: [chrome] });
    expect(resolveBrowser(probes)).toMatchObject({ ok: true, executable: chrome, source: "usual place" });
  });

  it("does not look in macOS's folders on Linux", () => {
    const chrome = "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome";
    const { probes } = machine({ platform: "linux", executables: [chrome] });
    expect(resolveBrowser(probes).ok).toBe(false);
  });

  it("uses Playwright's Chromium already downloaded, without downloading again", () => {
    const { probes, calls } = machine({ playwrightCache: true, executables: [PLAYWRIGHT_CHROME] });
    expect(resolveBrowser(probes)).toMatchObject({ ok: true, executable: PLAYWRIGHT_CHROME, source: "Playwright" });
    expect(calls.playwrightInstall).toBe(0);
  });
});

describe("resolveBrowser: installing one", () => {
  it("downloads Playwright's Chromium when downloads work", () => {
    const { probes, calls, logs } = machine({ playwrightDownload: { ok: true }, osRelease: DEBIAN, uid: 0 });
    expect(resolveBrowser(probes)).toMatchObject({ ok: true, executable: PLAYWRIGHT_CHROME, source: "Playwright" });
    expect(calls).toEqual({ playwrightInstall: 1, apt: [], sudoAsked: 0 });
    expect(logs[0]).toContain("npx playwright install chromium");
  });

  it("installs Debian's chromium as root when the download fails", () => {
    const { probes, calls } = machine({ osRelease: DEBIAN, uid: 0 });
    expect(resolveBrowser(probes)).toMatchObject({ ok: true, executable: "/usr/bin/chromium", source: "apt" });
    expect(calls.apt).toEqual([{ packageName: "chromium", sudo: false }]);
    expect(calls.sudoAsked).toBe(0);
  });

  it("installs with passwordless sudo when not root", () => {
    const { probes, calls } = machine({ osRelease: DEBIAN, uid: 1000, sudo: true });
    expect(resolveBrowser(probes)).toMatchObject({ ok: true, source: "apt" });
    expect(calls.apt).toEqual([{ packageName: "chromium", sudo: true }]);
  });

  it("installs on a system that is like Debian (ID_LIKE)", () => {
    const { probes, calls } = machine({ osRelease: MINT, uid: 0 });
    expect(resolveBrowser(probes).ok).toBe(true);
    expect(calls.apt).toHaveLength(1);
  });

  it("falls back to apt when Playwright's download leaves a browser that does not start", () => {
    const { probes, calls } = machine({
      playwrightDownload: { ok: true },
      broken: { [PLAYWRIGHT_CHROME]: "error while loading shared libraries: libnss3.so" },
      osRelease: DEBIAN,
      uid: 0,
    });
    expect(resolveBrowser(probes)).toMatchObject({ ok: true, executable: "/usr/bin/chromium" });
    expect(calls.apt).toHaveLength(1);
  });

  it("reports a download that succeeded yet left nothing", () => {
    const { probes } = machine({ playwrightDownload: { ok: true }, playwrightDownloadWorks: false, osRelease: FEDORA });
    expect(failure(resolveBrowser(probes))).toContain("finished but left no Chromium that starts");
  });

  it("says why when apt-get fails, and what to install", () => {
    const { probes } = machine({
      osRelease: DEBIAN,
      uid: 0,
      apt: { ok: false, detail: "E: Unable to locate package" },
    });
    const message = failure(resolveBrowser(probes));
    expect(message).toContain("apt-get install chromium failed: E: Unable to locate package");
    expect(message).toContain("sudo apt-get install chromium");
  });

  it("skips the snap stub Ubuntu's apt installs and says why", () => {
    const { probes } = machine({
      osRelease: UBUNTU,
      uid: 0,
      aptInstalls: { "chromium-browser": "/usr/bin/chromium-browser" },
      snapStubs: ["/usr/bin/chromium-browser"],
    });
    const message = failure(resolveBrowser(probes));
    expect(message).toContain("/usr/bin/chromium-browser is Ubuntu's snap package (or its stub)");
    expect(message).toContain("Ubuntu's chromium-browser is a stub for the snap");
    expect(message).toContain("Google Chrome");
  });
});

describe("resolveBrowser: nothing possible", () => {
  it("on Debian without root or sudo: one message with the command to run and CHROMIUM_PATH", () => {
    const { probes, calls } = machine({ osRelease: DEBIAN, uid: 1000, sudo: false });
    const message = failure(resolveBrowser(probes));
    expect(calls.apt).toEqual([]);
    expect(message).toMatch(/^The end-to-end tests need Chromium/);
    expect(message).toContain("Playwright's download failed: getaddrinfo ENOTFOUND cdn.playwright.dev");
    expect(message).toContain("not root and no passwordless sudo");
    expect(message).toContain("sudo apt-get install chromium");
    expect(message).toContain("npx playwright install --with-deps chromium");
    expect(message).toContain("CHROMIUM_PATH=/path/to/chrome npm test");
  });

  it("on Ubuntu without root: names the snap stub and Google Chrome", () => {
    const { probes } = machine({ osRelease: UBUNTU, uid: 1000 });
    const message = failure(resolveBrowser(probes));
    expect(message).toContain("Ubuntu's chromium-browser is a stub for the snap");
    expect(message).not.toContain("sudo apt-get install chromium");
  });

  it("on another Linux: the distribution's package, never apt", () => {
    const { probes, calls } = machine({ osRelease: FEDORA, uid: 0 });
    const message = failure(resolveBrowser(probes));
    expect(calls.apt).toEqual([]);
    expect(message).toContain("your distribution's chromium package");
  });

  it("on Linux without /etc/os-release: never apt", () => {
    const { probes, calls } = machine({ osRelease: undefined, uid: 0 });
    expect(resolveBrowser(probes).ok).toBe(false);
    expect(calls.apt).toEqual([]);
  });

  it("on macOS: Chrome or Homebrew's Chromium", () => {
    const { probes } = machine({ platform: "darwin", uid: 501 });
    expect(failure(resolveBrowser(probes))).toContain("brew install --cask chromium");
  });

  it("on Windows: Chrome", () => {
    const { probes } = machine({ platform: "win32", uid: undefined });
    const message = failure(resolveBrowser(probes));
    expect(message).toContain("Google Chrome (https://www.google.com/chrome/)");
    expect(message).toContain("CHROMIUM_PATH");
  });

  it("lists each thing tried once", () => {
    const { probes } = machine({
      osRelease: DEBIAN,
      uid: 0,
      apt: { ok: false, detail: "E: dpkg was interrupted" },
      onPath: { chromium: "/usr/bin/chromium" },
      broken: { "/usr/bin/chromium": "exit code 1" },
    });
    const message = failure(resolveBrowser(probes));
    expect(message.split("/usr/bin/chromium does not start")).toHaveLength(2);
  });
});

describe("operating system families", () => {
  it("reads /etc/os-release, quoted or not", () => {
    expect(parseOsRelease('PRETTY_NAME="Debian GNU/Linux 12"\nID=debian\n')).toEqual({ id: "debian", idLike: [] });
    expect(parseOsRelease("ID=ubuntu\nID_LIKE=debian\n")).toEqual({ id: "ubuntu", idLike: ["debian"] });
    expect(parseOsRelease('ID="linuxmint"\nID_LIKE="ubuntu debian"\n')).toEqual(MINT);
  });

  it("tells Debian and Ubuntu families apart", () => {
    expect([DEBIAN, UBUNTU, MINT, FEDORA, undefined].map(isDebianFamily)).toEqual([true, true, true, false, false]);
    expect([DEBIAN, UBUNTU, MINT, FEDORA, undefined].map(isUbuntuFamily)).toEqual([false, true, true, false, false]);
  });
});
