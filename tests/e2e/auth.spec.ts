import { type Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { OPERATOR, SHOPPER, VENDOR } from "./support";

// Demo accounts created by the seed (prisma/seed/accounts.ts). The UI is French by default.

function uniqueEmail(label: string): string {
  return `e2e-${label}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
}

async function fillSignIn(page: Page, email: string, password: string) {
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Se connecter" }).click();
}

async function signIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await fillSignIn(page, email, password);
}

async function fillSignUp(page: Page, { name, email, password }: { name: string; email: string; password: string }) {
  await page.getByLabel("Nom", { exact: true }).fill(name);
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Créer mon compte" }).click();
}

test("a shopper signs up and lands signed in", async ({ page }) => {
  const name = `Alex Testeur ${Date.now()}`;
  await page.goto("/sign-up");
  await expect(page.getByRole("heading", { level: 1, name: "Créer un compte" })).toBeVisible();
  await fillSignUp(page, { name, email: uniqueEmail("shopper"), password: "un-mot-de-passe-solide" });

  // Creating the account hashes the password, then signs in: allow it a little longer.
  await expect(page).toHaveURL(/^https?:\/\/[^/]+\/$/, { timeout: 20_000 });
  const header = page.getByRole("banner");
  await expect(header.getByText(name)).toBeVisible();
  await expect(header.getByRole("link", { name: "Se connecter" })).toHaveCount(0);

  // …and signs out from the account menu.
  await header.getByText(name).click();
  await header.getByRole("button", { name: "Se déconnecter" }).click();
  await expect(header.getByRole("link", { name: "Se connecter" })).toBeVisible();
  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
});

test("a too-short password is refused on the field and creates no account", async ({ page }) => {
  const email = uniqueEmail("short");
  await page.goto("/sign-up");
  await fillSignUp(page, { name: "Mot De Passe Court", email, password: "court" });

  const password = page.getByLabel("Mot de passe", { exact: true });
  await expect(page.getByText("Le mot de passe doit contenir au moins 10 caractères.")).toBeVisible();
  await expect(password).toHaveAttribute("aria-invalid", "true");
  await expect(password).toHaveAccessibleDescription(/Le mot de passe doit contenir au moins 10 caractères\./);
  await expect(password).toHaveValue("");
  await expect(page.getByLabel("Adresse e-mail")).toHaveValue(email);
  await expect(page).toHaveURL(/\/sign-up/);

  // Nothing was created: signing in with that e-mail fails with the one generic message.
  await signIn(page, email, "court");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("E-mail ou mot de passe incorrect.");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("too many failed sign-ins are throttled with their own message", async ({ page }) => {
  const email = uniqueEmail("throttle");
  await page.goto("/sign-in");
  const alert = page.getByRole("main").getByRole("alert");
  // The throttle allows 10 failures for one e-mail from one address, then refuses for a while.
  for (let attempt = 1; attempt <= 10; attempt += 1) {
    await fillSignIn(page, email, `wrong-password-${attempt}`);
    await expect(alert).toHaveText("E-mail ou mot de passe incorrect.");
    await expect(page.getByRole("button", { name: "Se connecter" })).toBeEnabled();
  }
  await fillSignIn(page, email, "wrong-password-again");
  // It says when to retry: when the first failure leaves the 15-minute window (docs/security.md).
  await expect(alert).toHaveText(/^Trop de tentatives de connexion\. Réessayez dans 1[45] minutes\.$/);
});

test("a vendor signs in and reaches their dashboard with their two shops", async ({ page }) => {
  await signIn(page, VENDOR.email, VENDOR.password);

  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { level: 1, name: "Vue d'ensemble" })).toBeVisible();
  const shops = page.getByRole("region", { name: "Mes boutiques" });
  await expect(shops.getByRole("heading", { name: "Le Fournil Colbert" })).toBeVisible();
  await expect(shops.getByRole("heading", { name: "Librairie La Corderie" })).toBeVisible();
  await expect(shops.getByRole("listitem")).toHaveCount(2);
  // Another vendor's shop never shows up here.
  await expect(page.getByText("Brûlerie du Quai")).toHaveCount(0);

  await page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "Produits" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Produits" })).toBeVisible();
});

test("a shopper is refused the dashboard and the admin area", async ({ page }) => {
  await signIn(page, SHOPPER.email, SHOPPER.password);
  await expect(page).toHaveURL(/^https?:\/\/[^/]+\/$/);

  for (const path of ["/dashboard", "/admin", "/admin/sellers"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { level: 1, name: "Accès refusé" })).toBeVisible();
  }
});

test("a signed-out visitor to the dashboard is sent to sign in, then back", async ({ page }) => {
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fdashboard$/);
  await expect(page.getByRole("heading", { level: 1, name: "Se connecter" })).toBeVisible();

  await fillSignIn(page, VENDOR.email, VENDOR.password);
  await expect(page).toHaveURL(/\/dashboard$/);
});

test("the operator reaches the admin area and sees the pending application", async ({ page }) => {
  await signIn(page, OPERATOR.email, OPERATOR.password);

  await expect(page).toHaveURL(/\/admin$/);
  const pending = page.getByRole("region", { name: "Candidatures en attente" });
  await expect(pending.getByRole("row", { name: /Brûlerie du Quai/ })).toContainText("En attente de validation");

  await page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "Vendeurs" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Vendeurs" })).toBeVisible();
  // The queue opens on the pending applications.
  await expect(page.getByRole("main").getByRole("row").nth(1)).toContainText("En attente de validation");
});

test("switching the language to English changes the header", async ({ page }) => {
  await page.goto("/");
  const header = page.getByRole("banner");
  await expect(header.getByRole("link", { name: "Se connecter" })).toBeVisible();

  await header.getByRole("button", { name: "English" }).click();

  await expect(header.getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(header.getByRole("link", { name: "Choose my location" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(header.getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "true");
});
