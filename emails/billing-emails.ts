// Billing's e-mails (docs/business-models.md, subscriptions and billing): the reminders that a fixed term (rent)
// ends, 7 days and 1 day before, sent once each by the billing job.
import type { Translate } from "@/lib/i18n/translate";
import type { EmailTemplates } from "@/lib/notifications/templates";
import type { EmailBlock } from "./layout";

type Built = { subject: string; blocks: EmailBlock[] };

const p = (text: string): EmailBlock => ({ kind: "paragraph", text });

export function renewalReminderEmail(d: EmailTemplates["billing.renewal-reminder"], t: Translate, lang: string): Built {
  const endsAt = new Intl.DateTimeFormat(lang, { dateStyle: "full", timeStyle: "short", timeZone: d.timeZone }).format(
    new Date(d.endsAt),
  );
  const values = { shopName: d.shopName, planName: d.planName, endsAt };
  return {
    subject:
      d.daysLeft === 1
        ? t("billing.emails.reminder.subjectTomorrow", values)
        : t("billing.emails.reminder.subjectWeek", values),
    blocks: [
      p(t("emails.greeting", { name: d.vendorName })),
      p(t("billing.emails.reminder.body", values)),
      p(t("billing.emails.reminder.consequence", values)),
      p(t("billing.emails.reminder.action", { url: d.renewUrl })),
    ],
  };
}
