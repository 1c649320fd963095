import { describe, expect, it } from "vitest";
import { BILLING_EMAIL_SAMPLES } from "./billing-emails.samples";
import { renderEmail } from "./render-email";

describe("renewal reminders", () => {
  const reminder = BILLING_EMAIL_SAMPLES["billing.renewal-reminder"];

  it("give the term's end in the marketplace's time zone, the plan and the link to renew, in the reader's language", () => {
    const fr = renderEmail("billing.renewal-reminder", reminder, "fr");
    expect(fr.subject).toContain("Fournil");
    expect(fr.subject).toContain("7 jours");
    expect(fr.text).toContain("mardi 16 mars 2027");
    expect(fr.text).toContain("09:00");
    expect(fr.text).toContain("Location 3 mois");
    expect(fr.text).toContain("https://halle.test/dashboard/plan");
    const en = renderEmail("billing.renewal-reminder", reminder, "en");
    expect(en.subject).toContain("7 days");
    expect(en.text).toContain("Tuesday, March 16, 2027");
    expect(en.html).toContain("https://halle.test/dashboard/plan");
  });

  it("say tomorrow the day before", () => {
    const fr = renderEmail("billing.renewal-reminder", { ...reminder, daysLeft: 1 }, "fr");
    expect(fr.subject).toContain("demain");
    const en = renderEmail("billing.renewal-reminder", { ...reminder, daysLeft: 1 }, "en");
    expect(en.subject).toContain("tomorrow");
  });
});
