import type { BrowserContext, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { OPERATOR, VENDOR, signIn } from "./support";

// Phone first (docs/i18n.md, "Phones"): at 360 × 740, in French and in Persian (right to left),
// no page scrolls sideways, the header keeps the logo and the cart (or the account) on one row,
// and every visible control offers a target at least 44 px high — or is spaced so that a 44 px
// target around it touches no other control (WCAG 2.5.8's spacing exception); links inside running
// text are exempt (its inline exception).

// The viewport only: with \`isMobile\` Chromium would zoom out to fit a too-wide page, hiding it.
const PHONE = { width: 360, height: 740 };
test.use({ viewport: PHONE });

const LOCALES = ["fr", "fa"] as const;
const SHOP = "le-rucher-de-saintonge";
const TARGET = 44;

async function useLocale(context: BrowserContext, baseURL: string, locale: string) {
  await context.addCookies([{ name: "halle_locale", value: locale, url: baseURL }]);
}

/** The first product of the demo honey shop, read from its page (slugs end with a random suffix). */
async function productPath(page: Page): Promise<string> {
  await page.goto(`/shops/${SHOP}`);
  const href = await page.locator("#products").getByRole("link").first().getAttribute("href");
  expect(href).toMatch(/^\/p\//);
  return href!;
}

type Finding = { selector: string; width: number; height: number };

/** What the phone check finds wrong on the page that is open. */
async function phoneProblems(page: Page) {
  await page.waitForLoadState("networkidle", { timeout: 5_000 }).catch(() => undefined);
  return page.evaluate((target) => {
    const overflow = document.documentElement.scrollWidth - window.innerWidth;

    const describe = (el: Element) => {
      const name = (el.getAttribute("aria-label") ?? el.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 40);
      const id = el.id ? `#${el.id}` : "";
      const type = el instanceof HTMLInputElement ? `[type=${el.type}]` : "";
      return `${el.tagName.toLowerCase()}${id}${type} "${name}"`;
    };
    const visible = (el: Element) => {
      const rect = el.getBoundingClientRect();
      if (rect.width <= 1 || rect.height <= 1) return false;
      if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) return false;
      // Visually hidden (the skip link until focused, a honeypot field): clipped away, not on screen.
      for (let node: Element | null = el; node && node !== document.body; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (style.clipPath !== "none" || style.clip.startsWith("rect(0")) return false;
      }
      return true;
    };
    /** A link within a sentence: inline, beside words of the same block that are not its own. */
    const inRunningText = (el: Element) => {
      if (el.tagName !== "A" || getComputedStyle(el).display !== "inline") return false;
      const block = el.parentElement;
      if (!block) return false;
      const own = (el.textContent ?? "").trim();
      const all = (block.textContent ?? "").trim();
      return all.length > own.length;
    };
    /** The box a control is hit in: a checkbox or radio by its label too. */
    const hitBox = (el: Element) => {
      if (el instanceof HTMLInputElement && (el.type === "checkbox" || el.type === "radio")) {
        const label = el.closest("label") ?? el.labels?.[0];
        if (label && visible(label)) return label.getBoundingClientRect();
      }
      return el.getBoundingClientRect();
    };

    const controls = [...document.querySelectorAll("a[href], button, input:not([type=hidden]), select, summary")]
      .filter(visible)
      .filter((el) => !inRunningText(el));
    const boxes = controls.map((el) => ({ el, rect: hitBox(el) }));
    const small: Finding[] = [];
    for (const { el, rect } of boxes) {
      if (rect.height >= target - 0.5) continue;
      // The spacing exception: a target-high band centred on the control overlaps no other control.
      const cy = rect.top + rect.height / 2;
      const cx = rect.left + rect.width / 2;
      const half = Math.max(rect.width, target) / 2;
      const band = { top: cy - target / 2, bottom: cy + target / 2, left: cx - half, right: cx + half };
      const crowded = boxes.some(
        (other) =>
          other.el !== el &&
          !other.el.contains(el) &&
          !el.contains(other.el) &&
          other.rect.left < band.right &&
          other.rect.right > band.left &&
          other.rect.top < band.bottom &&
          other.rect.bottom > band.top,
      );
      if (crowded)
        small.push({ selector: describe(el), width: Math.round(rect.width), height: Math.round(rect.height) });
    }

    const banner = document.querySelector("header");
    const centre = (el: Element | null | undefined) => {
      if (!el) return null;
      const rect = el.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    };
    const logo = centre(banner?.querySelector('a[href="/"]'));
    // The storefront's cart; the back office has none: its account/sign-out group instead; the
    // sign-in pages' header has the logo and the language menu only: its last item.
    const cart = centre(
      banner?.querySelector('a[href="/cart"]') ??
        banner?.querySelector("[data-testid=header-end]") ??
        banner?.lastElementChild,
    );
    return { overflow, small, logo, cart };
  }, TARGET);
}

async function expectPhoneFriendly(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.ok(), `${path} answers`).toBe(true);
  const { overflow, small, logo, cart } = await phoneProblems(page);
  const where = `${path} (${await page.evaluate(() => document.documentElement.lang)})`;
  // Soft: every page of the list is checked and reported, not only the first that fails.
  expect.soft(overflow, `${where} scrolls sideways`).toBeLessThanOrEqual(0);
  expect.soft(logo, `${where}: the header's logo`).not.toBeNull();
  expect.soft(cart, `${where}: the header's cart or account`).not.toBeNull();
  if (logo && cart) {
    expect.soft(Math.abs(logo.y - cart.y), `${where}: logo and cart on one row`).toBeLessThanOrEqual(4);
  }
  expect.soft(small, `${where}: controls smaller than ${TARGET}px and crowded`).toEqual([]);
}

for (const locale of LOCALES) {
  test(`storefront pages fit a phone (${locale})`, async ({ page, context, baseURL }) => {
    test.setTimeout(180_000);
    await useLocale(context, baseURL!, locale);
    const product = await productPath(page);
    for (const path of ["/", "/search?q=miel", product, `/shops/${SHOP}`, "/cart", "/sign-in"]) {
      await expectPhoneFriendly(page, path);
    }
  });

  test(`the vendor's dashboard and the admin fit a phone (${locale})`, async ({ page, context, browser, baseURL }) => {
    test.setTimeout(180_000);
    // The demo accounts sign in in French (the helper reads the French labels), then switch.
    await signIn(page, VENDOR.email, VENDOR.password);
    await useLocale(context, baseURL!, locale);
    for (const path of ["/dashboard", "/dashboard/products", "/dashboard/products/new"]) {
      await expectPhoneFriendly(page, path);
    }

    const operatorContext = await browser.newContext({ viewport: PHONE });
    const operator = await operatorContext.newPage();
    await signIn(operator, OPERATOR.email, OPERATOR.password);
    await useLocale(operatorContext, baseURL!, locale);
    await expectPhoneFriendly(operator, "/admin");
    await operatorContext.close();
  });
}
