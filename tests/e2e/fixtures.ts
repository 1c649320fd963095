import fs from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { test as base, type Browser, type BrowserContext, type Cookie, type Page } from "@playwright/test";
import { AXE_TAGS, failingFindings, formatFindings, isCheckable, readRoutePatterns, routeOf } from "./a11y";

export { expect } from "@playwright/test";

// Every journey checks the pages it visits with axe (docs/i18n.md, "Accessibility"): the pages the
// test's browser contexts reached (main-frame navigations, client-side ones included) are opened
// again after the test, each in a fresh context holding the cookies the visit had (session,
// language), settled, and analysed. Once per route and language for the whole run, so the suite
// stays short; a serious or critical violation fails every test that visits the page.
// HALLE_A11Y=0 turns the checks off (e.g. to reproduce a journey's own failure quickly).

const LOCALE_COOKIE = "halle_locale";
const routes = readRoutePatterns(path.join(process.cwd(), "app"));

type Visit = { url: string; cookies: Promise<Cookie[]> };
/** Route and language → the failure report, or null when the page passed. */
type Checked = Record<string, string | null>;

// Workers are restarted after a failing test: the outcomes are kept in the run's output folder
// (emptied by Playwright when a run starts) so a new worker does not check the same pages again.
function checkedFile(outputDir: string) {
  return path.join(outputDir, ".a11y-checked.json");
}
function readChecked(outputDir: string): Checked {
  try {
    return JSON.parse(fs.readFileSync(checkedFile(outputDir), "utf8")) as Checked;
  } catch {
    return {};
  }
}
function writeChecked(outputDir: string, checked: Checked) {
  fs.mkdirSync(outputDir, { recursive: true });
  fs.writeFileSync(checkedFile(outputDir), JSON.stringify(checked));
}

function localeOf(cookies: Cookie[]): string {
  return cookies.find((cookie) => cookie.name === LOCALE_COOKIE)?.value ?? "default";
}

/**
 * Opens `url` again with the visit's cookies, lets it settle and runs axe on it, unless the page it
 * lands on (after redirects, in its language) was checked already. Returns the outcome's key and
 * report, or null for what is not an HTML page.
 */
async function analyse(browser: Browser, url: string, cookies: Cookie[], checked: Checked) {
  // axe runs in the page: JavaScript on even when the journey browsed without it.
  const context = await browser.newContext({ storageState: { cookies, origins: [] }, javaScriptEnabled: true });
  try {
    const page = await context.newPage();
    const response = await page.goto(url, { waitUntil: "load" });
    if (!response?.headers()["content-type"]?.includes("text/html")) return null;
    // Late client rendering (hydration, the map) and web fonts: wait briefly for the network to rest.
    await page.waitForLoadState("networkidle", { timeout: 5_000 }).catch(() => undefined);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const lang = await page.evaluate(() => document.documentElement.lang || "unknown");
    const key = `${routeOf(new URL(page.url()).pathname, routes)} ${lang}`;
    if (key in checked) return { key, report: checked[key] };
    const findings = failingFindings(await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze());
    return { key, report: findings.length ? formatFindings(page.url(), lang, findings) : null };
  } finally {
    await context.close();
  }
}

function watchContext(context: BrowserContext, visits: Visit[]) {
  const watchPage = (page: Page) => {
    page.on("framenavigated", (frame) => {
      if (frame !== page.mainFrame()) return;
      // The cookies of this moment: the test may sign out or switch language later.
      const cookies = context.cookies().catch(() => [] as Cookie[]);
      visits.push({ url: frame.url(), cookies });
    });
  };
  context.pages().forEach(watchPage);
  context.on("page", watchPage);
}

export const test = base.extend<{ accessibilityCheck: void }>({
  accessibilityCheck: [
    async ({ browser, context, baseURL }, run, testInfo) => {
      if (process.env.HALLE_A11Y === "0") return run();
      const visits: Visit[] = [];
      watchContext(context, visits);
      // Other actors' contexts opened by the test (a vendor beside the shopper) are watched too.
      const newContext = browser.newContext;
      browser.newContext = async function (options) {
        const created = await newContext.call(browser, options);
        watchContext(created, visits);
        return created;
      };
      try {
        await run();
      } finally {
        browser.newContext = newContext;
      }
      // A journey that failed already says why; its pages are checked by the next one through them.
      if (testInfo.status !== testInfo.expectedStatus) return;

      const outputDir = testInfo.project.outputDir;
      const checked = readChecked(outputDir);
      const reports = new Set<string>();
      const seen = new Set<string>();
      const origin = baseURL ?? "http://localhost";
      for (const visit of visits) {
        if (!isCheckable(visit.url, origin)) continue;
        const cookies = await visit.cookies;
        const before = `${routeOf(new URL(visit.url).pathname, routes)} ${localeOf(cookies)}`;
        if (seen.has(before)) continue;
        seen.add(before);
        if (before in checked) {
          if (checked[before]) reports.add(checked[before]);
          continue;
        }
        testInfo.setTimeout(testInfo.timeout + 20_000);
        const opened = await analyse(browser, visit.url, cookies, checked);
        checked[before] = opened?.report ?? null;
        if (opened) checked[opened.key] = opened.report;
        if (opened?.report) reports.add(opened.report);
        writeChecked(outputDir, checked);
      }
      if (reports.size > 0) throw new Error([...reports].join("\n\n"));
    },
    { auto: true },
  ],
});
