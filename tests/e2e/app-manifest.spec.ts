import { type APIRequestContext } from "@playwright/test";
import { expect, test } from "./fixtures";

// The storefront can be added to a phone's home screen: a web app manifest (app/manifest.ts) with
// its icons, a favicon and an Apple touch icon, all linked from the page and all served.

async function expectImage(request: APIRequestContext, url: string) {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  expect(response.headers()["content-type"], url).toMatch(/^image\//);
  expect((await response.body()).length, url).toBeGreaterThan(0);
}

test("the home page links a manifest whose icons are all served", async ({ page, request }) => {
  await page.goto("/");
  const head = page.locator("head");
  const manifestHref = await head.locator('link[rel="manifest"]').getAttribute("href");
  expect(manifestHref).toBeTruthy();
  await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute("content", "#255a40");

  const response = await request.get(manifestHref!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/manifest+json");
  const manifest = await response.json();
  expect(manifest).toMatchObject({
    name: "Halle — les commerces de chez vous",
    short_name: "Halle",
    description: "Les commerces de chez vous, en ligne.",
    lang: "fr",
    start_url: "/",
    display: "standalone",
    background_color: "#fafaf9",
    theme_color: "#255a40",
  });

  const icons = manifest.icons as { src: string; sizes: string; type: string; purpose?: string }[];
  // What Android needs to install it: 192 and 512 pixel PNGs, and one it may crop to its shape.
  expect(icons).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ sizes: "192x192", type: "image/png" }),
      expect.objectContaining({ sizes: "512x512", type: "image/png" }),
      expect.objectContaining({ purpose: "maskable" }),
    ]),
  );
  for (const icon of icons) await expectImage(request, new URL(icon.src, page.url()).pathname);
});

test("the home page links a favicon and an Apple touch icon that are served", async ({ page, request }) => {
  await page.goto("/");
  const links = page.locator('head link[rel="icon"], head link[rel="apple-touch-icon"]');
  const hrefs = await links.evaluateAll((elements) => elements.map((element) => element.getAttribute("href") ?? ""));
  expect(hrefs).toEqual(expect.arrayContaining(["/favicon.ico", "/icon.svg", "/apple-touch-icon.png"]));
  for (const href of hrefs) await expectImage(request, href);
});
