import { type Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { OPERATOR, signIn } from "./support";

// Demo data (prisma/seed): "Brûlerie du Quai" is the one PENDING application (other specs rely on
// it staying pending: this spec does not decide it). "Terre & Sel" is an approved shop that no
// other spec uses; it is suspended here and reinstated at the end.

async function openShopInQueue(page: Page, filter: RegExp, status: string, query: string, name: string) {
  await page.goto("/admin/sellers");
  await page.getByRole("link", { name: filter }).first().click();
  await expect(page).toHaveURL(new RegExp(`status=${status}`));
  await page.getByRole("searchbox", { name: "Rechercher une boutique (nom ou ville)" }).fill(query);
  await page.getByRole("button", { name: "Rechercher" }).click();
  await page.getByRole("link", { name }).first().click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

test("the operator finds the pending application, reads everything submitted and opens the identity document", async ({
  page,
}) => {
  await signIn(page, OPERATOR.email, OPERATOR.password);
  await page.goto("/admin/sellers");
  await expect(page.getByRole("link", { name: /En attente/ }).first()).toHaveAttribute("aria-current", "page");
  await page.getByRole("searchbox", { name: "Rechercher une boutique (nom ou ville)" }).fill("brulerie");
  await page.getByRole("button", { name: "Rechercher" }).click();
  await page.getByRole("link", { name: "Brûlerie du Quai" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Brûlerie du Quai" })).toBeVisible();
  await expect(page.getByText(/FR\d\d •••• /)).toBeVisible(); // the IBAN, masked

  const documentLink = page.getByRole("link", { name: "Ouvrir le document" });
  const href = await documentLink.getAttribute("href");
  expect(href).toBeTruthy();
  const document = await page.request.get(href!);
  expect(document.status()).toBe(200);
  expect(document.headers()["content-type"]).toContain("application/pdf");
  expect((await document.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");

  // A rejection needs a reason: submitting without one shows the error beside the field.
  await page.getByText("Refuser la candidature").click();
  await page.getByRole("button", { name: "Confirmer le refus" }).click();
  await expect(page.getByText("Indiquez un motif.")).toBeVisible();
  await expect(page.getByLabel("Motif (envoyé au vendeur)")).toBeFocused();

  // Another role cannot open the document, nor a signed-out visitor.
  const anonymous = await page.context().browser()!.newContext();
  const refused = await anonymous.request.get(new URL(href!, page.url()).toString(), { maxRedirects: 0 });
  expect([303, 401, 403, 307]).toContain(refused.status());
  await anonymous.close();
});

test("a suspended shop disappears from public view, and comes back when reinstated", async ({ page, browser }) => {
  const visitor = await browser.newPage();
  expect((await visitor.goto("/shops/terre-et-sel-ceramique"))?.status()).toBe(200);
  await visitor.goto("/");
  await expect(visitor.getByRole("link", { name: /Terre & Sel/ }).first()).toBeVisible();

  await signIn(page, OPERATOR.email, OPERATOR.password);
  await openShopInQueue(page, /^Validées/, "approved", "terre", "Terre & Sel");
  await page.getByText("Suspendre la boutique").click();
  await page
    .getByLabel("Motif (envoyé au vendeur)")
    .fill("Plusieurs commandes non honorées, en cours de vérification.");
  await page.getByRole("button", { name: "Confirmer la suspension" }).click();
  await expect(page.getByText(/Boutique suspendue/).first()).toBeVisible({ timeout: 20_000 });

  expect((await visitor.goto("/shops/terre-et-sel-ceramique"))?.status()).toBe(404);
  await visitor.goto("/");
  await expect(visitor.getByRole("link", { name: /Terre & Sel/ })).toHaveCount(0);

  await page.getByText("Rétablir la boutique").click();
  await page.getByRole("button", { name: "Confirmer le rétablissement" }).click();
  await expect(page.getByText(/Boutique rétablie/).first()).toBeVisible({ timeout: 20_000 });
  expect((await visitor.goto("/shops/terre-et-sel-ceramique"))?.status()).toBe(200);
});
