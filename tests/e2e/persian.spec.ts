import fs from "node:fs";
import path from "node:path";
import type { Page, TestInfo } from "@playwright/test";
import { expect, test } from "./fixtures";
import { TEST_CARD, VENDOR, readSignUpLink, signIn } from "./support";

// The storefront and the dashboard in Persian, right to left (docs/i18n.md): a shopper browses,
// searches, adds to the cart, checks out and pays; the demo vendor adds a product. Elements are
// found by their Persian text (lib/i18n/messages/*.fa.json). The demo marketplace offers fr, en
// and fa; the `halle_locale` cookie chooses Persian.

const HONEY = {
  shop: "Le Rucher de Saintonge",
  title: "Miel de châtaignier (500 g)",
};
const PERSIAN_DIGIT = /[۰-۹]/;

async function choosePersian(page: Page, baseURL: string) {
  await page.context().addCookies([{ name: "halle_locale", value: "fa", url: baseURL }]);
}

/** Kept as the test's attachment and as test-results/<name>.png, to look at the mirrored page. */
async function keepScreenshot(page: Page, testInfo: TestInfo, name: string) {
  const body = await page.screenshot({ fullPage: true });
  await testInfo.attach(name, { body, contentType: "image/png" });
  fs.mkdirSync(testInfo.project.outputDir, { recursive: true });
  fs.writeFileSync(path.join(testInfo.project.outputDir, `${name}.png`), body);
}

async function expectRightToLeft(page: Page) {
  await expect(page.locator("html")).toHaveAttribute("lang", "fa");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).direction)).toBe("rtl");
}

test("a shopper browses, searches, adds to the cart and pays in Persian, right to left", async ({
  page,
  baseURL,
}, testInfo) => {
  test.setTimeout(120_000);
  await choosePersian(page, baseURL!);

  // Home: Persian, right to left, the header mirrored (the logo at the right, the cart at its left).
  await page.goto("/");
  await expectRightToLeft(page);
  await expect(page.getByRole("heading", { level: 1, name: "فروشگاه‌های محله‌تان، آنلاین" })).toBeVisible();
  const header = page.getByRole("banner");
  const logo = await header.getByRole("link", { name: /صفحه اصلی/ }).boundingBox();
  const cart = await header.getByRole("link", { name: "سبد خرید" }).boundingBox();
  expect(logo!.x).toBeGreaterThan(cart!.x);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await keepScreenshot(page, testInfo, "rtl-home");

  // A new account, signed up in Persian (its cart starts empty).
  await header.getByRole("link", { name: "ثبت‌نام" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "ثبت‌نام" })).toBeVisible();
  const email = `maryam-${Date.now()}@example.test`;
  await page.getByLabel("نام", { exact: true }).fill("مریم رضایی");
  await page.getByLabel("نشانی ایمیل").fill(email);
  await page.getByRole("button", { name: "ساخت حساب کاربری" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText(`پیوندی برای تکمیل ساخت حسابتان به`, {
    timeout: 20_000,
  });
  // The e-mailed link (docs/security.md, "Sign-up"): the password is chosen there, in Persian.
  await page.goto(await readSignUpLink(email));
  await expect(page.getByRole("heading", { level: 1, name: "تکمیل ساخت حساب" })).toBeVisible();
  await expectRightToLeft(page);
  await page.getByLabel("گذرواژه‌تان را انتخاب کنید").fill("یک-رمز-عبور-محکم-2026");
  await page.getByRole("button", { name: "ساختن حساب من" }).click();
  await expect(page).toHaveURL(/^https?:\/\/[^/]+\/$/, { timeout: 20_000 });

  // Search from the header.
  await page.getByRole("combobox", { name: "جستجوی محصول یا فروشگاه" }).fill("miel");
  await page.getByRole("combobox", { name: "جستجوی محصول یا فروشگاه" }).press("Enter");
  await expect(page).toHaveURL(/\/search\?q=miel/);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await page.getByRole("main").getByRole("link", { name: HONEY.title }).first().click();

  // The product page: the price in Persian digits.
  await expect(page.getByRole("heading", { level: 1, name: HONEY.title })).toBeVisible();
  await expect(page.getByTestId("product-price")).toHaveText(PERSIAN_DIGIT);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await keepScreenshot(page, testInfo, "rtl-product");
  // The quantity typed in Persian digits (a text input: Chromium refuses them in type="number"),
  // read by the server as 2 (docs/i18n.md, digits in forms); the header counts it in Persian.
  await page.getByRole("textbox", { name: "تعداد", exact: true }).fill("۲");
  await page.getByRole("button", { name: "افزودن به سبد خرید" }).click();
  await expect(page.getByRole("status").filter({ hasText: "به سبد خرید شما اضافه شد." })).toBeVisible();
  await expect(header.getByRole("link", { name: "سبد خرید، ۲ کالا" })).toBeVisible();

  // The cart: click & collect at the honey shop.
  await page.goto("/cart");
  await expect(page.getByRole("heading", { level: 1, name: "سبد خرید" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText("۲ کالا");
  // The line's quantity field shows its saved value in Persian digits too.
  await expect(page.getByRole("textbox", { name: /^تعداد / })).toHaveValue("۲");
  // The shop's name is isolated (FSI … PDI) inside the Persian label: matched by a pattern.
  const part = page.getByRole("region", { name: new RegExp(`^سفارش از .*${HONEY.shop}`) });
  await part.getByRole("radio", { name: /^تحویل حضوری/ }).check();
  await expect(part.getByText("روش ارسال ذخیره شد.")).toBeVisible();

  // Checkout and payment with the test card.
  await page.getByRole("link", { name: "تسویه حساب" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "تسویه حساب" })).toBeVisible();
  await expectRightToLeft(page);
  await page.getByLabel("شرایط فروش را خوانده‌ام و می‌پذیرم").check();
  await page.getByRole("button", { name: /^پرداخت / }).click();
  await expect(page).toHaveURL(/\/checkout\/pay\//, { timeout: 20_000 });
  await expect(page.getByText("پرداخت آزمایشی — بدون پول واقعی")).toBeVisible();
  await page.getByLabel("شماره کارت").fill(TEST_CARD);
  await page.getByLabel("تاریخ انقضا (MM/YY)").fill("12/39");
  await page.getByLabel("کد امنیتی (CVC)").fill("123");
  await page.getByRole("button", { name: /^پرداخت / }).click();
  await expect(page.getByRole("heading", { level: 1, name: "از سفارش شما سپاسگزاریم!" })).toBeVisible({
    timeout: 20_000,
  });
  const orderId = new URL(page.url()).pathname.split("/").pop()!;

  // The order's page: dated in the Persian (Solar Hijri) calendar, in Persian digits.
  await page.goto(`/account/orders/${orderId}`);
  await expect(page.getByRole("heading", { level: 1, name: /^سفارش / })).toBeVisible();
  const year = new Intl.DateTimeFormat("fa-IR", { year: "numeric" }).format(new Date());
  expect(year).toMatch(/^[۰-۹]{4}$/);
  await expect(page.getByRole("main")).toContainText(year);
});

test("the demo vendor adds a product from the dashboard in Persian", async ({ page, baseURL }) => {
  // The shared helper signs in with the French labels; Persian is chosen right after.
  await signIn(page, VENDOR.email, VENDOR.password);
  await choosePersian(page, baseURL!);
  const title = `نان سنگک ${Date.now()}`;

  await page.goto("/dashboard/products/new");
  await expectRightToLeft(page);
  await expect(page.getByRole("heading", { level: 1, name: "محصول جدید" })).toBeVisible();
  await page.getByLabel("عنوان", { exact: true }).fill(title);
  await page.getByLabel(/^قیمت \(/).fill("12");
  await page.getByLabel("تعداد موجودی").fill("8");
  await page.getByRole("button", { name: "ساخت محصول" }).click();

  await expect(page).toHaveURL(/\/dashboard\/products\/[^/?]+\?created=1/, { timeout: 30_000 });
  await expect(page.getByText("محصول ذخیره شد.")).toBeVisible();
  await expect(page.getByLabel("عنوان", { exact: true })).toHaveValue(title);
});
