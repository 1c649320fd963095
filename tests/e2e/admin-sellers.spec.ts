import { expect, test, type Page } from "@playwright/test";

// Demo data (prisma/seed): "Brûlerie du Quai" is the one PENDING application.
const OPERATOR = { email: "operator@halle.test", password: "demo-operator-2026" };

async function signIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page).not.toHaveURL(/\/sign-in/, { timeout: 20_000 });
}

test("the operator approves the pending application and a signed-out visitor sees the shop", async ({ page, browser }) => {
  const visitor = await browser.newPage();
  expect((await visitor.goto("/shops/brulerie-du-quai"))?.status()).toBe(404);

  await signIn(page, OPERATOR.email, OPERATOR.password);
  await page.goto("/admin/sellers");
  await expect(page.getByRole("link", { name: /En attente/, exact: false })).toHaveAttribute("aria-current", "page");
  await page.getByRole("searchbox", { name: "Rechercher une boutique (nom ou ville)" }).fill("brulerie");
  await page.getByRole("button", { name: "Rechercher" }).click();
  await page.getByRole("link", { name: "Brûlerie du Quai" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Brûlerie du Quai" })).toBeVisible();

  // A rejection needs a reason: submitting without one shows the error beside the field.
  await page.getByText("Refuser la candidature").click();
  await page.getByRole("button", { name: "Confirmer le refus" }).click();
  await expect(page.getByText("Indiquez un motif.")).toBeVisible();
  await expect(page.getByLabel("Motif (envoyé au vendeur)")).toBeFocused();

  await page.getByText("Valider la boutique").click();
  await page.getByRole("button", { name: "Confirmer la validation" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Boutique validée" })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText("Validée", { exact: true }).first()).toBeVisible();
  await expect(page.getByText("Boutique validée", { exact: true })).toBeVisible();

  const response = await visitor.goto("/shops/brulerie-du-quai");
  expect(response?.status()).toBe(200);
  await expect(visitor.getByRole("heading", { level: 1, name: "Brûlerie du Quai" })).toBeVisible();
});
