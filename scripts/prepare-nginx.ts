// The nginx the deployment tests drive (deploy/nginx.conf; docs/scaling.md): found on this machine,
// else installed from the system's packages (apt-get, as root or with sudo -n), like the browser
// (scripts/prepare-browser.ts). `npm test` calls it before the integration tests; without nginx the
// test of deploy/nginx.conf is skipped with a message, and the rest still runs.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { installWithApt } from "./browser/probes";

const CANDIDATES = ["/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/bin/nginx"];
const log = (message: string) => console.log(`[nginx] ${message}`);

const found = () => CANDIDATES.find((candidate) => existsSync(candidate));

/** The nginx binary's path, or undefined when none could be had (the reason is logged). */
export function prepareNginx(): string | undefined {
  const existing = found();
  if (existing) {
    log(`found at ${existing}`);
    return existing;
  }
  if (process.platform !== "linux" || !existsSync("/usr/bin/apt-get")) {
    log("not installed, and no apt-get here: the test of deploy/nginx.conf will be skipped");
    return undefined;
  }
  const root = process.getuid?.() === 0;
  const sudo = !root && spawnSync("sudo", ["-n", "true"], { stdio: "ignore", timeout: 10_000 }).status === 0;
  if (!root && !sudo) {
    log("not installed, and no root or sudo to install it: the test of deploy/nginx.conf will be skipped");
    return undefined;
  }
  log("installing it with apt-get");
  const outcome = installWithApt("nginx", sudo);
  if (!outcome.ok) {
    log(`could not install it (${outcome.detail}): the test of deploy/nginx.conf will be skipped`);
    return undefined;
  }
  // The package starts a system nginx on port 80; the tests run their own from deploy/nginx.conf.
  spawnSync(sudo ? "sudo" : "service", sudo ? ["-n", "service", "nginx", "stop"] : ["nginx", "stop"], {
    stdio: "ignore",
    timeout: 30_000,
  });
  const installed = found();
  log(installed ? `installed at ${installed}` : "installed, but not found where expected");
  return installed;
}
