import { type Locator, type Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { signIn, SHOPPER, switchShop, VENDOR } from "./support";

// Every action reachable and visible with the keyboard alone (docs/i18n.md, "Accessibility"):
// the skip link, the account menu, quick edit, the bulk delete dialog and the shops' map, driven
// with Tab, Enter, Space and Escape; and motion turned off for those who ask.

/** Presses Tab until `target` holds the focus (at most `limit` times). */
async function tabTo(page: Page, target: Locator, limit = 60) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${target}`);
}

/** The focused element's outline: the app's one focus ring (app/globals.css). */
function focusRing(page: Page) {
  return page.evaluate(() => {
    const style = getComputedStyle(document.activeElement as Element);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
}

async function expectRing(page: Page) {
  const ring = await focusRing(page);
  expect(ring.style).toBe("solid");
  expect(ring.width).toBeGreaterThanOrEqual(2);
}

test("the skip link comes first and jumps to the content; the account menu opens, is walked and closes with keys", async ({
  page,
}) => {
  await signIn(page, SHOPPER.email, SHOPPER.password);
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Aller au contenu" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.locator("#main")).toBeFocused();

  // The account menu (a disclosure): Enter opens it, Tab walks its links, Escape closes it and
  // gives the focus back to its button.
  await page.goto("/");
  const menu = page
    .getByRole("banner")
    .locator("details")
    .filter({ has: page.locator("summary") })
    .last();
  const summary = menu.locator(":scope > summary");
  await tabTo(page, summary);
  await expectRing(page);
  await page.keyboard.press("Enter");
  await expect(menu).toHaveAttribute("open", "");
  const account = menu.getByRole("link", { name: "Mon compte" });
  await page.keyboard.press("Tab");
  await expect(account).toBeFocused();
  await expectRing(page);
  await page.keyboard.press("Escape");
  await expect(menu).not.toHaveAttribute("open", "");
  await expect(summary).toBeFocused();
  // Space opens it again, and Enter on a link follows it.
  await page.keyboard.press("Space");
  await expect(account).toBeVisible();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/account$/);
});

test("a vendor quick-edits a product and answers the bulk delete dialog with the keyboard only", async ({ page }) => {
  await signIn(page, VENDOR.email, VENDOR.password);
  await page.goto("/dashboard/products");
  await switchShop(page, "Le Fournil Colbert", "/dashboard/products?q=croissant");
  const title = "Croissant pur beurre";

  // Quick edit: a disclosure in the row; Enter opens it, Tab reaches its fields, Escape closes it.
  const quickEdit = page.locator("details").filter({ has: page.getByText(`Modification rapide : ${title}`) });
  const toggle = quickEdit.locator(":scope > summary");
  await toggle.focus();
  await expectRing(page);
  await page.keyboard.press("Enter");
  const form = page.getByRole("form", { name: `Modification rapide : ${title}` });
  await expect(form).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(form.getByLabel("Prix")).toBeFocused();
  await expectRing(page);
  await tabTo(page, form.getByRole("button", { name: "Enregistrer" }), 6);
  await page.keyboard.press("Escape");
  await expect(form).toBeHidden();
  await expect(toggle).toBeFocused();

  // Bulk delete: the dialog takes the focus, keeps it inside, and Escape gives it back unchanged.
  const row = page.getByRole("checkbox", { name: `Sélectionner « ${title} »` });
  await row.focus();
  await page.keyboard.press("Space");
  await expect(row).toBeChecked();
  await page.getByLabel("Action sur la sélection").selectOption({ label: "Supprimer" });
  const apply = page.getByRole("button", { name: "Appliquer", exact: true }).last();
  await apply.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Supprimer les produits sélectionnés ?" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Annuler" })).toBeFocused();
  // The page behind is inert: Tab cycles through the dialog (and the browser's own controls), never the page.
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press("Tab");
    const outside = await page.evaluate(() => {
      const active = document.activeElement;
      return active !== null && active !== document.body && !active.closest("dialog[open]");
    });
    expect(outside).toBe(false);
  }
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(apply).toBeFocused();
  await expect(page.getByRole("link", { name: title })).toBeVisible();
});

test("the photo manager reorders photos with the keyboard, the focus following the moved photo", async ({ page }) => {
  await signIn(page, VENDOR.email, VENDOR.password);
  await page.goto("/dashboard/products");
  await switchShop(page, "Le Fournil Colbert", "/dashboard/products?q=pain+au+chocolat");
  await page.getByRole("link", { name: "Pain au chocolat", exact: true }).click();
  const first = page.getByLabel("Texte alternatif de la photo 1");
  const second = page.getByLabel("Texte alternatif de la photo 2");
  await expect(first).toHaveValue("Pain au chocolat");
  await expect(second).toHaveValue("Pain au chocolat, autre vue");

  await page.getByRole("button", { name: "Descendre la photo 1" }).focus();
  await page.keyboard.press("Enter");
  await expect(second).toHaveValue("Pain au chocolat");
  await expect(page.getByRole("button", { name: "Monter la photo 2" })).toBeFocused();
  await expectRing(page);
  // And back, so the demo keeps its order.
  await page.keyboard.press("Enter");
  await expect(first).toHaveValue("Pain au chocolat");
  await expect(page.getByRole("button", { name: "Descendre la photo 1" })).toBeFocused();
});

test("the shops' map: its zoom buttons are reached with Tab, and every shop on it is a link in the list", async ({
  page,
}) => {
  await page.goto("/shops");
  const map = page.getByRole("region", { name: "Carte des boutiques" });
  await expect(map.locator(".leaflet-container")).toBeVisible();
  const zoomIn = map.locator(".leaflet-control-zoom-in");
  await tabTo(page, zoomIn);
  await expectRing(page);
  const before = await map.locator(".leaflet-container").evaluate((element) => element.className);
  expect(before).toContain("leaflet-fade-anim");
  // The markers are not focusable: the list beside the map links to the same shops.
  await expect(
    page
      .getByRole("main")
      .getByRole("link", { name: /Le Fournil Colbert/ })
      .first(),
  ).toBeVisible();
});

test("with reduced motion asked for, transitions end at once and the map does not animate", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await signIn(page, SHOPPER.email, SHOPPER.password);
  await page.goto("/");
  const chevron = page.getByRole("banner").locator("summary svg").last();
  const duration = await chevron.evaluate((element) => parseFloat(getComputedStyle(element).transitionDuration));
  expect(duration).toBeLessThan(0.001);
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe("auto");

  await page.goto("/shops");
  const map = page.getByRole("region", { name: "Carte des boutiques" }).locator(".leaflet-container");
  await expect(map).toBeVisible();
  // Leaflet marks an animated map with these classes; none when motion is reduced.
  await expect(map).not.toHaveClass(/leaflet-fade-anim/);
  await expect(map).not.toHaveClass(/leaflet-zoom-anim/);
  await expect(page.locator(".leaflet-zoom-animated")).toHaveCount(0);
});
