// Which Chromium `npm test` gives its browser journeys, decided without touching the machine: every
// fact (files, commands, user, operating system) and every installation goes through `probes`, so
// each branch is unit-tested with fakes (resolve-browser.test.ts) and scripts/browser/probes.ts
// supplies the real ones. Order: CHROMIUM_PATH, a browser on PATH or in a usual place, Playwright's
// cached Chromium, Playwright's own download, the Debian/Ubuntu package (as root or with sudo),
// else one message saying what to install.

export type OsRelease = { id: string; idLike: string[] };

export type VersionProbe = { ok: true; version: string } | { ok: false; detail: string };

export type InstallOutcome = { ok: true } | { ok: false; detail: string };

export interface BrowserProbes {
  /** The CHROMIUM_PATH environment variable, when set. */
  chromiumPathEnv: string | undefined;
  platform: NodeJS.Platform;
  /** The effective user id (undefined where the platform has none). */
  uid: number | undefined;
  /** /etc/os-release; `{ id: "debian" }` when only /etc/debian_version exists; undefined elsewhere. */
  osRelease: OsRelease | undefined;
  /** The path of `command` on PATH, when an executable of that name is there. */
  findOnPath(command: string): string | undefined;
  isExecutable(file: string): boolean;
  /** Ubuntu's `chromium-browser` and friends: a stub asking for the snap, or the snap itself. */
  isSnapStub(file: string): boolean;
  /** Runs `file --version`: proves the browser starts (shared libraries present) and names it. */
  probeVersion(file: string): VersionProbe;
  /** Playwright's own Chromium for the installed Playwright version, when it has been downloaded. */
  playwrightCachedBrowser(): string | undefined;
  /** `npx playwright install chromium`, with a time limit. */
  installWithPlaywright(): InstallOutcome;
  /** Passwordless sudo (`sudo -n true`). */
  canSudo(): boolean;
  /** `apt-get update` then `apt-get install -y <packageName>`, through sudo when `sudo` is true. */
  installWithApt(packageName: string, sudo: boolean): InstallOutcome;
  log(message: string): void;
}

export type BrowserSource = "CHROMIUM_PATH" | "PATH" | "usual place" | "Playwright" | "apt";

export type BrowserResolution =
  { ok: true; executable: string; version: string; source: BrowserSource } | { ok: false; message: string };

/** Commands tried on PATH, in order. */
export const PATH_COMMANDS = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

/** Where browsers live outside PATH (macOS applications). */
export const USUAL_PLACES: Partial<Record<NodeJS.Platform, string[]>> = {
  darwin: [
    "/Applications/Chromium.app/Contents/MacOS/Chromium",
    "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  ],
};

/** The ID and ID_LIKE fields of /etc/os-release. */
export function parseOsRelease(text: string): OsRelease {
  const fields = new Map<string, string>();
  for (const line of text.split("\n")) {
    const match = /^([A-Z_]+)=(.*)$/.exec(line.trim());
    if (match) fields.set(match[1], match[2].replace(/^["']|["']$/g, ""));
  }
  return {
    id: fields.get("ID") ?? "",
    idLike: (fields.get("ID_LIKE") ?? "").split(/\s+/).filter(Boolean),
  };
}

export function isDebianFamily(release: OsRelease | undefined): boolean {
  return !!release && [release.id, ...release.idLike].some((id) => id === "debian" || id === "ubuntu");
}

export function isUbuntuFamily(release: OsRelease | undefined): boolean {
  return !!release && [release.id, ...release.idLike].includes("ubuntu");
}

export function resolveBrowser(probes: BrowserProbes): BrowserResolution {
  const notes: string[] = [];

  if (probes.chromiumPathEnv) return fromChromiumPathEnv(probes, probes.chromiumPathEnv);

  const found = findInstalled(probes, notes);
  if (found) return found;

  probes.log("no Chromium found: downloading Playwright's (npx playwright install chromium)");
  const download = probes.installWithPlaywright();
  if (!download.ok) notes.push(`Playwright's download failed: ${download.detail}`);
  else {
    const downloaded = tryCandidate(probes, probes.playwrightCachedBrowser(), "Playwright", notes);
    if (downloaded) return downloaded;
    notes.push("Playwright's download finished but left no Chromium that starts");
  }

  if (probes.platform === "linux" && isDebianFamily(probes.osRelease)) {
    const sudo = probes.uid !== 0;
    if (!sudo || probes.canSudo()) {
      probes.log(`installing the system's chromium package (${sudo ? "sudo " : ""}apt-get install chromium)`);
      const apt = probes.installWithApt("chromium", sudo);
      if (!apt.ok) notes.push(`apt-get install chromium failed: ${apt.detail}`);
      const installed = findInstalled(probes, notes);
      if (installed) return { ...installed, source: "apt" };
    } else {
      notes.push("not root and no passwordless sudo: the chromium package could not be installed");
    }
  }

  return { ok: false, message: nothingPossibleMessage(probes, notes) };
}

function fromChromiumPathEnv(probes: BrowserProbes, file: string): BrowserResolution {
  if (!probes.isExecutable(file)) {
    return {
      ok: false,
      message: [
        `CHROMIUM_PATH is ${file}, which is not an executable file.`,
        "Point it at a Chromium or Chrome executable, or unset it to let npm test find or install one.",
      ].join("\n"),
    };
  }
  const version = probes.probeVersion(file);
  if (!version.ok) {
    return {
      ok: false,
      message: [
        `CHROMIUM_PATH is ${file}, which does not start (${file} --version: ${version.detail}).`,
        "Point it at a Chromium or Chrome that runs, or unset it to let npm test find or install one.",
      ].join("\n"),
    };
  }
  return { ok: true, executable: file, version: version.version, source: "CHROMIUM_PATH" };
}

function findInstalled(probes: BrowserProbes, notes: string[]): Extract<BrowserResolution, { ok: true }> | undefined {
  for (const command of PATH_COMMANDS) {
    const file = probes.findOnPath(command);
    if (!file) continue;
    if (probes.isSnapStub(file)) {
      notes.push(`${file} is Ubuntu's snap package (or its stub), which Playwright cannot drive: skipped`);
      continue;
    }
    const found = tryCandidate(probes, file, "PATH", notes);
    if (found) return found;
  }
  for (const file of USUAL_PLACES[probes.platform] ?? []) {
    if (!probes.isExecutable(file)) continue;
    const found = tryCandidate(probes, file, "usual place", notes);
    if (found) return found;
  }
  return tryCandidate(probes, probes.playwrightCachedBrowser(), "Playwright", notes);
}

function tryCandidate(
  probes: BrowserProbes,
  file: string | undefined,
  source: BrowserSource,
  notes: string[],
): Extract<BrowserResolution, { ok: true }> | undefined {
  if (!file) return undefined;
  const version = probes.probeVersion(file);
  if (version.ok) return { ok: true, executable: file, version: version.version, source };
  notes.push(`${file} does not start (${version.detail})`);
  return undefined;
}

function nothingPossibleMessage(probes: BrowserProbes, notes: string[]): string {
  const lines = ["The end-to-end tests need Chromium (or Chrome), and none could be found or installed."];
  if (notes.length > 0) lines.push("", "What was tried:", ...unique(notes).map((note) => `  - ${note}`));
  lines.push("", "Install one, then run npm test again:");
  if (probes.platform === "linux" && isUbuntuFamily(probes.osRelease)) {
    lines.push(
      "  - Ubuntu's chromium-browser is a stub for the snap, which Playwright cannot drive: install Google Chrome",
      "    (https://www.google.com/chrome/, the .deb) or, with internet, npx playwright install --with-deps chromium",
    );
  } else if (probes.platform === "linux" && isDebianFamily(probes.osRelease)) {
    lines.push("  - sudo apt-get install chromium");
  } else if (probes.platform === "darwin") {
    lines.push("  - Google Chrome (https://www.google.com/chrome/), or brew install --cask chromium");
  } else if (probes.platform === "linux") {
    lines.push("  - your distribution's chromium package (dnf install chromium, pacman -S chromium, …)");
  } else {
    lines.push("  - Google Chrome (https://www.google.com/chrome/)");
  }
  if (!(probes.platform === "linux" && isUbuntuFamily(probes.osRelease))) {
    lines.push("  - or, with internet access, Playwright's own: npx playwright install --with-deps chromium");
  }
  lines.push("  - or point CHROMIUM_PATH at a Chromium or Chrome executable: CHROMIUM_PATH=/path/to/chrome npm test");
  return lines.join("\n");
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
