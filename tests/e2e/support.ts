import { expect, type Page } from "@playwright/test";

// Demo accounts (prisma/seed/accounts.ts) and the sign-in every journey starts with.
export const OPERATOR = { email: "operator@halle.test", password: "demo-operator-2026" };
export const VENDOR = { email: "vendor@halle.test", password: "demo-vendor-2026" };
export const APPLICANT = { email: "applicant@halle.test", password: "demo-applicant-2026" };

export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page).not.toHaveURL(/\/sign-in/, { timeout: 20_000 });
}
