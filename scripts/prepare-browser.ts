// The Chromium the end-to-end tests drive: found on this machine, else installed (see
// scripts/browser/resolve-browser.ts for the order). `npm test` calls it before its end-to-end
// step and hands the result to Playwright as CHROMIUM_PATH; `npm run test:browser` runs it alone
// and prints the path.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { systemProbes } from "./browser/probes";
import { resolveBrowser, type BrowserResolution } from "./browser/resolve-browser";

const log = (message: string) => console.log(`[browser] ${message}`);

/** The browser's path and version, or the message saying what to install. */
export function prepareBrowser(): BrowserResolution {
  const started = Date.now();
  const resolution = resolveBrowser(systemProbes(log));
  if (resolution.ok) {
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    log(`${resolution.version} at ${resolution.executable} (${describe(resolution.source)}, ${seconds} s)`);
  }
  return resolution;
}

function describe(source: Extract<BrowserResolution, { ok: true }>["source"]): string {
  switch (source) {
    case "CHROMIUM_PATH":
      return "from CHROMIUM_PATH";
    case "PATH":
      return "found on PATH";
    case "usual place":
      return "found installed";
    case "Playwright":
      return "Playwright's";
    case "apt":
      return "installed with apt-get";
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const resolution = prepareBrowser();
  if (!resolution.ok) {
    console.error(`\n${resolution.message}\n`);
    process.exit(1);
  }
  console.log(resolution.executable);
}
