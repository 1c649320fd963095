import { expect, test, type APIResponse, type Page } from "@playwright/test";
import { OPERATOR, signIn, VENDOR } from "../e2e/support";
import { signInRequest } from "./auth-request";

// Security headers (docs/security.md, headers, cookies and sessions): every answer carries the
// static ones; pages and API routes the Content-Security-Policy with a nonce per request; private
// files a sandboxing policy and a download.

function expectStaticHeaders(response: APIResponse, what: string) {
  const headers = response.headers();
  expect(headers["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
  expect(headers["x-content-type-options"], what).toBe("nosniff");
  expect(headers["x-frame-options"], what).toBe("DENY");
  expect(headers["permissions-policy"], what).toContain("geolocation=(self)");
  // The test server runs on http: no HSTS there (it is sent when the marketplace is on https).
  expect(headers["strict-transport-security"], what).toBeUndefined();
}

function policyOf(response: APIResponse): Map<string, string[]> {
  const header = response.headers()["content-security-policy"] ?? "";
  return new Map(
    header
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter((parts) => parts[0] !== "")
      .map(([name, ...values]) => [name, values]),
  );
}

/** The nonce of the page's policy, checked against every script the HTML holds. */
async function expectNonceOnEveryScript(response: APIResponse, what: string): Promise<string> {
  const policy = policyOf(response);
  const nonceSource = policy.get("script-src")?.find((value) => value.startsWith("'nonce-"));
  expect(nonceSource, `${what}: a nonce in script-src`).toBeDefined();
  expect(policy.get("script-src"), what).not.toContain("'unsafe-inline'");
  expect(policy.get("frame-ancestors"), what).toEqual(["'none'"]);
  expect(policy.get("object-src"), what).toEqual(["'none'"]);
  expect(policy.get("base-uri"), what).toEqual(["'self'"]);
  const nonce = nonceSource!.slice("'nonce-".length, -1);
  const html = await response.text();
  const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((match) => match[1]);
  // Structured data is not run by the browser and needs no nonce.
  const runnable = scripts.filter((attributes) => !/type="application\/ld\+json"/.test(attributes));
  expect(runnable.length, `${what}: Next's scripts`).toBeGreaterThan(0);
  for (const attributes of runnable) expect(attributes, what).toContain(`nonce="${nonce}"`);
  return nonce;
}

test("a storefront page: the static headers and a CSP whose fresh nonce is on every script", async ({ request }) => {
  const first = await request.get("/");
  expect(first.status()).toBe(200);
  expectStaticHeaders(first, "/");
  const nonce = await expectNonceOnEveryScript(first, "/");
  const again = await request.get("/");
  expect(await expectNonceOnEveryScript(again, "/ again")).not.toBe(nonce);
  const policy = policyOf(first);
  expect(policy.get("connect-src")).toEqual(["'self'"]);
  expect(policy.get("form-action")).toEqual(expect.arrayContaining(["'self'", "https://checkout.stripe.com"]));
});

test("a dashboard page: the same headers for a signed-in vendor", async ({ request }) => {
  await signInRequest(request, VENDOR.email, VENDOR.password);
  const response = await request.get("/dashboard");
  expect(response.status()).toBe(200);
  expectStaticHeaders(response, "/dashboard");
  await expectNonceOnEveryScript(response, "/dashboard");
});

test("an API route and a public file carry the static headers; the file keeps its own sandbox", async ({ request }) => {
  const api = await request.get("/api/health");
  expectStaticHeaders(api, "/api/health");
  expect(policyOf(api).get("frame-ancestors")).toEqual(["'none'"]);

  let photo: string | undefined;
  for (const page of ["/", "/search"]) {
    photo ??= (await (await request.get(page)).text()).match(/\/files\/[^"'\s?,)&]+/)?.[0];
  }
  expect(photo, "a product photo on the home page").toBeDefined();
  const file = await request.get(photo!);
  expect(file.status()).toBe(200);
  expectStaticHeaders(file, photo!);
  expect(file.headers()["content-security-policy"]).toContain("sandbox");
  expect(file.headers()["content-security-policy"]).not.toContain("nonce-");
});

test("an identity document answers sandboxed, as a download, never cached", async ({ request }) => {
  await signInRequest(request, OPERATOR.email, OPERATOR.password);
  const list = await (await request.get("/admin/sellers")).text();
  const shopId = list.match(/\/admin\/sellers\/([\w-]+)["?]/)?.[1];
  expect(shopId, "a seller in the operator's list").toBeDefined();
  const document = await request.get(`/admin/sellers/${shopId}/document`, { maxRedirects: 0 });
  expect(document.status()).toBe(200);
  expect(document.headers()["content-security-policy"]).toBe("sandbox; default-src 'none'");
  expect(document.headers()["content-disposition"]).toMatch(/^attachment; filename="/);
  expect(document.headers()["cache-control"]).toBe("private, no-store");
  expectStaticHeaders(document, "identity document");
});

/** Collects what the browser reports as blocked by the policy, on every page of the context. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
  });
  await page.context().exposeFunction("reportCspViolation", (text: string) => violations.push(text));
  // Init scripts are not subject to the page's policy.
  await page.context().addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation;
      report(`${location.pathname}: ${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });
  return violations;
}

test("the pages run under the policy: scripts hydrate, the map shows, nothing is blocked", async ({ page }) => {
  const violations = await watchViolations(page);
  // The home page, the location page, a vendor's product editor (its photo manager).
  for (const path of ["/", "/location"]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle", { timeout: 10_000 }).catch(() => undefined);
  }
  // A shop's page: Leaflet (a chunk loaded by Next's scripts) draws its map, so scripts run.
  await page.goto("/shops/le-rucher-de-saintonge");
  await expect(page.locator(".leaflet-container").first()).toBeVisible({ timeout: 15_000 });
  await signIn(page, VENDOR.email, VENDOR.password);
  await page.goto("/dashboard/products/new");
  await expect(page.getByLabel("Photos (8 au plus)", { exact: true })).toBeVisible();
  await page.waitForLoadState("networkidle", { timeout: 10_000 }).catch(() => undefined);
  expect(violations).toEqual([]);
});
