import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import pg from "pg";
import { startSmtpCatcher, type SmtpCatcher } from "../support/smtp-catcher";
import { AXE_TAGS, failingFindings, formatFindings } from "../e2e/a11y";
import { chooseDelivery, OPERATOR, payWithCard, readPaidOrder, signIn, submitCheckout } from "../e2e/support";

// The visible test mode (docs/security.md, "Production mode and configuration"): in production with
// HALLE_TEST_PAYMENTS=1 every page says payments are simulated (app/test-mode-banner.tsx) and the
// orders are marked test. A second server of the same build runs here in that mode, on the main
// e2e server's database; the main server (not in production) must show no such banner.

// The French catalogue's texts (the marketplace's default language), read rather than copied.
const securityFr = JSON.parse(readFileSync("lib/i18n/messages/security.fr.json", "utf8")) as {
  production: { testModeBanner: string; testOrder: string };
};
const BANNER = securityFr.production.testModeBanner;
const TEST_ORDER = securityFr.production.testOrder;
const TEST_MODE_PORT = Number(process.env.E2E_TEST_MODE_PORT ?? 3197);
const TEST_MODE_URL = `http://localhost:${TEST_MODE_PORT}`;
const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
const APP_DATABASE_URL = `postgresql://halle:halle@localhost:${Number(process.env.E2E_PG_PORT ?? 5491)}/halle`;
const DATA_DIR = path.resolve(`.data/e2e-${E2E_PORT}`);

// Demo data (prisma/seed): the honey of "Le Rucher de Saintonge", which offers click & collect.
const HONEY = {
  shop: "le-rucher-de-saintonge",
  shopName: "Le Rucher de Saintonge",
  title: "Miel de châtaignier (500 g)",
};

// The variables the production check reads: none comes from the shell running the tests.
const CONFIG_KEYS = [
  "NODE_ENV",
  "HALLE_MODE",
  "HALLE_TEST_PAYMENTS",
  "APP_URL",
  "NEXTAUTH_URL",
  "STRIPE_SECRET_KEY",
  "STRIPE_WEBHOOK_SECRET",
  "STRIPE_API_BASE",
  "SMTP_URL",
  "MAIL_FROM",
  "HALLE_DEMO",
];

let smtp: SmtpCatcher | undefined;
let server: ChildProcess | undefined;
let serverOutput = "";

async function waitForHealth(child: ChildProcess, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`the test-mode server exited (${child.exitCode ?? child.signalCode}):\n${serverOutput}`);
    try {
      if ((await fetch(`${TEST_MODE_URL}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${TEST_MODE_URL}/api/health did not answer:\n${serverOutput}`);
}

/** Stops the server's process group (npx, tsx and node: all started here) and waits for it. */
async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  process.kill(-child.pid, "SIGTERM");
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {
      // gone already
    }
  }, 10_000);
  await exited;
  clearTimeout(timer);
}

test.beforeAll(async () => {
  // The build is there (the desktop project ran before), but a cold Next.js start on a busy
  // two-core machine takes its time.
  test.setTimeout(240_000);
  smtp = await startSmtpCatcher();
  const base = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !CONFIG_KEYS.includes(key)),
  ) as NodeJS.ProcessEnv;
  server = spawn("npx", ["tsx", "scripts/server.ts"], {
    env: {
      ...base,
      NODE_ENV: "production",
      HALLE_MODE: "production",
      HALLE_TEST_PAYMENTS: "1",
      APP_URL: "https://halle.example",
      NEXTAUTH_URL: "https://halle.example",
      SMTP_URL: smtp.url,
      MAIL_FROM: "Halle <contact@halle.example>",
      NEXTAUTH_SECRET: "e2e-test-mode-secret-not-for-production",
      DATABASE_URL: APP_DATABASE_URL,
      HALLE_FILES_DIR: path.join(DATA_DIR, "files"),
      HALLE_PRIVATE_FILES_DIR: path.join(DATA_DIR, "private"),
      // The main server runs the jobs of this database.
      HALLE_JOBS: "off",
      PORT: String(TEST_MODE_PORT),
      NEXT_TELEMETRY_DISABLED: "1",
    },
    // Its own process group, so that afterAll stops npx, tsx and the server together.
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout!.on("data", (chunk: Buffer) => (serverOutput += chunk.toString()));
  server.stderr!.on("data", (chunk: Buffer) => (serverOutput += chunk.toString()));
  await waitForHealth(server, Date.now() + 200_000);
});

test.afterAll(async () => {
  if (server) await stopServer(server);
  await smtp?.close();
});

async function newContext(browser: Browser, baseURL: string): Promise<BrowserContext> {
  return browser.newContext({ baseURL, locale: "fr-FR" });
}

async function expectAccessible(page: Page) {
  const findings = failingFindings(await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze());
  expect(findings, formatFindings(page.url(), "fr", findings)).toEqual([]);
}

async function openHoney(page: Page) {
  await page.goto(`/shops/${HONEY.shop}`);
  await page.locator("#products").getByRole("link", { name: HONEY.title }).click();
  await expect(page.getByRole("heading", { level: 1, name: HONEY.title })).toBeVisible();
}

async function addHoneyToCart(page: Page) {
  await openHoney(page);
  await page.getByRole("button", { name: "Ajouter au panier" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Ajouté au panier." })).toBeVisible();
}

test("in the visible test mode the home page, a product and the cart say payments are simulated", async ({
  browser,
}) => {
  const context = await newContext(browser, TEST_MODE_URL);
  const page = await context.newPage();
  const banner = page.getByRole("note").filter({ hasText: BANNER });

  await page.goto("/");
  await expect(banner).toBeVisible();
  await expect(banner).toHaveText(BANNER);
  // Styled: it stands out (the stylesheet reached the page), not bare text.
  await expect(banner).not.toHaveCSS("background-color", "rgba(0, 0, 0, 0)");
  await expectAccessible(page);

  await addHoneyToCart(page);
  await expect(banner).toHaveCount(1);
  await expectAccessible(page);

  await page.goto("/cart");
  await expect(page.getByRole("region", { name: `Commande chez ${HONEY.shopName}` })).toBeVisible();
  await expect(banner).toHaveCount(1);
  await expect(banner).toBeVisible();
  await expectAccessible(page);
  await context.close();
});

test("outside the test mode (the main server) the same pages show no banner", async ({ browser, baseURL }) => {
  const context = await newContext(browser, baseURL!);
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.getByRole("main")).toBeVisible();
  await expect(page.getByText(BANNER)).toHaveCount(0);
  await addHoneyToCart(page);
  await expect(page.getByText(BANNER)).toHaveCount(0);
  await page.goto("/cart");
  await expect(page.getByRole("region", { name: `Commande chez ${HONEY.shopName}` })).toBeVisible();
  await expect(page.getByText(BANNER)).toHaveCount(0);
  await context.close();
});

test("in the test mode a paid order is marked test for the operator, whose pages show the banner too", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  // A guest buys the honey, collected at the shop: no address to give.
  const shopper = await newContext(browser, TEST_MODE_URL);
  const page = await shopper.newPage();
  await addHoneyToCart(page);
  await page.goto("/cart");
  await chooseDelivery(page, HONEY.shopName, /^Retrait en boutique/);
  await page.getByRole("link", { name: "Commander" }).click();
  await expect(page).toHaveURL(/\/checkout$/);
  await page.getByLabel("Adresse e-mail").fill(`test-mode-${Date.now()}@example.test`);
  await page.getByLabel("Nom complet").fill("Camille Essai");
  await page.getByLabel(/^Téléphone/).fill("06 12 34 56 78");
  await submitCheckout(page);
  await payWithCard(page);
  const { number } = await readPaidOrder(page);
  await expect(page.getByRole("note").filter({ hasText: BANNER })).toBeVisible();
  await shopper.close();

  const client = new pg.Client({ connectionString: APP_DATABASE_URL });
  await client.connect();
  let part: { id: string; testMode: boolean };
  try {
    const result = await client.query<{ id: string; testMode: boolean }>(
      `SELECT so.id, o."testMode" FROM "ShopOrder" so JOIN "Order" o ON o.id = so."orderId" WHERE o.number = $1`,
      [number],
    );
    part = result.rows[0];
  } finally {
    await client.end();
  }
  expect(part.testMode).toBe(true);

  const operator = await newContext(browser, TEST_MODE_URL);
  const admin = await operator.newPage();
  await signIn(admin, OPERATOR.email, OPERATOR.password);
  await admin.goto(`/admin/orders/${part.id}`);
  await expect(admin.getByRole("heading", { level: 1, name: new RegExp(number) })).toBeVisible();
  await expect(admin.getByRole("note").filter({ hasText: TEST_ORDER })).toBeVisible();
  await expect(admin.getByRole("note").filter({ hasText: BANNER })).toBeVisible();
  await expectAccessible(admin);
  await operator.close();
});
