import { expect, test } from "@playwright/test";
import { OPERATOR, SHOPPER, VENDOR } from "../e2e/support";
import { signInRequest } from "./auth-request";

// Correctness at the edges (docs/security.md): hostile addresses answer 4xx or a normal page,
// never a 500; unknown rows in the dashboard answer 404; the payment page's way back needs its
// signed token.

test("the addresses that used to answer 500 answer a page or a 404", async ({ request }) => {
  const cases: [string, number][] = [
    ["/search?q=%00", 200],
    ["/search?page=2147483648", 200],
    ["/search?page=99999999999999999999&q=%00miel", 200],
    ["/c/%00", 404],
    ["/c/alimentation%00", 404],
    ["/c/alimentation?page=99999999999999999999", 200],
    ["/shops?page=99999999999999999999", 200],
    ["/files/x%00.png", 404],
    ["/files/demo%00/x.png", 404],
    ["/api/suggest?q=x%00.png", 200],
    // a path that is not valid percent-encoded UTF-8 (Next answered some with 500)
    ["/p/%FF%FE", 400],
    ["/api/auth/%", 400],
    ["/support/attachments/%ED%A0%80", 400],
    // next-auth would answer 500 to a callbackUrl it cannot read
    ["/api/auth/signin?callbackUrl=%00", 400],
    ["/api/auth/signin?callbackUrl=%3Cscript%3E", 400],
  ];
  for (const [url, status] of cases) {
    const response = await request.get(url, { maxRedirects: 0 });
    expect(response.status(), url).toBe(status);
  }
});

test("a search past the last page shows the last page, not an error", async ({ request }) => {
  const response = await request.get("/search?page=2147483648");
  expect(response.status()).toBe(200);
  // the results (their count) and the pagination, as for any page past the end
  const html = await response.text();
  expect(html).toMatch(/<p role="status"[^>]*>\d+ produits<\/p>/);
});

test.describe("unknown rows in the dashboard", () => {
  test("answer 404 to the vendor, not an empty page with 200", async ({ request }) => {
    await signInRequest(request, VENDOR.email, VENDOR.password);
    for (const url of [
      "/dashboard/products/999999999",
      "/dashboard/products/%00",
      "/dashboard/orders/999999999",
      "/dashboard/money/orders/999999999",
      "/dashboard/money/payouts/999999999",
      "/dashboard/money/statements/2026-13",
      "/dashboard/money/statements/x%00",
      "/dashboard/support/999999999",
      "/dashboard/plan/pay/999999999",
      "/dashboard/shops/999999999/setup/profile",
    ]) {
      const response = await request.get(url, { maxRedirects: 0 });
      expect(response.status(), url).toBe(404);
    }
    // known pages still answer 200, and a NUL in their search is dropped
    for (const url of ["/dashboard/products", "/dashboard/products?q=%00", "/dashboard/orders?q=%00%00"])
      expect((await request.get(url, { maxRedirects: 0 })).status(), url).toBe(200);
  });
});

test.describe("unknown rows in the back office", () => {
  test("answer 404 to the operator, not an empty page with 200", async ({ request }) => {
    await signInRequest(request, OPERATOR.email, OPERATOR.password);
    for (const url of [
      "/admin/plans/999999999",
      "/admin/money/sepa/999999999",
      "/admin/money/statements/999999999",
      "/admin/orders/999999999",
      "/admin/support/999999999",
      "/admin/sellers/999999999",
      "/admin/sellers/%00",
      "/admin/orders/%00",
    ]) {
      const response = await request.get(url, { maxRedirects: 0 });
      expect(response.status(), url).toBe(404);
    }
    for (const url of ["/admin/orders", "/admin/sellers"])
      expect((await request.get(url, { maxRedirects: 0 })).status(), url).toBe(200);
  });
});

test.describe("the payment page's way back", () => {
  test("without its signed token, /checkout/cancelled/<order> abandons nothing and says nothing", async ({
    request,
  }) => {
    await signInRequest(request, SHOPPER.email, SHOPPER.password);
    for (const url of [
      "/checkout/cancelled/some-order",
      "/checkout/cancelled/some-order?token=",
      "/checkout/cancelled/some-order?token=forged-token-forged-token-forged-token-xyz",
    ]) {
      const response = await request.get(url, { maxRedirects: 0 });
      expect(response.status(), url).toBe(307);
      // the cart, without the "payment abandoned" notice
      expect(
        new URL(response.headers()["location"], "http://x").pathname +
          new URL(response.headers()["location"], "http://x").search,
        url,
      ).toBe("/cart");
    }
    // A NUL in the path names no order: 404 before any route (docs/security.md, the edges).
    expect((await request.get("/checkout/cancelled/%00?token=%00", { maxRedirects: 0 })).status()).toBe(404);
  });
});
