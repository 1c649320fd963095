import { expect, test } from "./fixtures";
import { OPERATOR, VENDOR, signIn } from "./support";

// The back office's feedback while a section loads (components/back-office/back-office-nav.tsx):
// it has no route-level loading screens (a page must be able to answer 404; docs/security.md,
// "Correctness at the edges"), so the link clicked shows a spinner and says "Chargement…" to
// screen readers until the section arrives. The section's answer is held back here to see it.

async function holdSection(page: import("@playwright/test").Page, path: string) {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(
    (url) => url.pathname === path,
    async (route) => {
      if (route.request().headers()["rsc"] !== "1") return route.continue();
      await released;
      await route.continue();
    },
  );
  return release;
}

test("a dashboard section still loading shows on the link clicked, then goes", async ({ page }) => {
  await signIn(page, VENDOR.email, VENDOR.password);
  await page.goto("/dashboard");
  const nav = page.getByRole("navigation", { name: "Sections" });
  const release = await holdSection(page, "/dashboard/reviews");
  await nav.getByRole("link", { name: /^Avis/ }).click();
  await expect(nav.getByRole("status")).toHaveText("Chargement…");
  release();
  await expect(page).toHaveURL(/\/dashboard\/reviews$/);
  await expect(nav.getByRole("link", { name: /^Avis/ })).toHaveAttribute("aria-current", "page");
  await expect(nav.getByRole("status")).toHaveCount(0);
});

test("the operator's back office shows the same", async ({ page }) => {
  await signIn(page, OPERATOR.email, OPERATOR.password);
  await page.goto("/admin");
  const nav = page.getByRole("navigation", { name: "Sections" });
  const release = await holdSection(page, "/admin/reviews");
  await nav.getByRole("link", { name: /^Avis/ }).click();
  await expect(nav.getByRole("status")).toHaveText("Chargement…");
  release();
  await expect(page).toHaveURL(/\/admin\/reviews$/);
  await expect(nav.getByRole("status")).toHaveCount(0);
});
