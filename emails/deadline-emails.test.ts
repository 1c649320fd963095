import { describe, expect, it } from "vitest";
import { renderEmail } from "./render-email";

describe("deadline e-mails", () => {
  const reminder = {
    shopName: "Fournil",
    orderNumber: "H-000123",
    acceptBy: "2026-03-12T09:00:00.000Z",
    timeZone: "Europe/Paris",
    orderUrl: "https://halle.test/dashboard/orders/so1",
  };

  it("give the deadline in the marketplace's time zone, in the reader's language, with the order's link", () => {
    const fr = renderEmail("order.acceptance-reminder", reminder, "fr");
    expect(fr.text).toContain("jeudi 12 mars 2026");
    expect(fr.text).toContain("10:00");
    expect(fr.text).toContain("H-000123");
    expect(fr.text).toContain("https://halle.test/dashboard/orders/so1");
    const en = renderEmail("order.acceptance-reminder", reminder, "en");
    expect(en.text).toContain("Thursday, March 12, 2026");
    expect(en.text).toContain("10:00");
  });

  it("tell the operators which shop is late, with a link to it", () => {
    const email = renderEmail(
      "order.shipping-late-operator",
      { ...reminder, shipBy: reminder.acceptBy, shopUrl: "https://halle.test/admin/sellers/s1" },
      "fr",
    );
    expect(email.subject).toContain("Fournil");
    expect(email.text).toContain("https://halle.test/admin/sellers/s1");
  });
});
