// The e-mails of docs/security.md (payout details under review, a moderation hold lifted): every
// string from the "security.review.emails" catalogue.
import type { Translate } from "@/lib/i18n/translate";
import type { SecurityEmailTemplates } from "@/lib/notifications/security-templates";
import type { EmailBlock } from "./layout";

type Built = { subject: string; blocks: EmailBlock[] };
type Builders = {
  [T in keyof SecurityEmailTemplates]: (data: SecurityEmailTemplates[T], t: Translate, lang: string) => Built;
};

const p = (text: string): EmailBlock => ({ kind: "paragraph", text });

export const SECURITY_EMAILS: Builders = {
  "payout.change-requested": (d, t) => {
    const names = { shopName: d.shopName, iban: d.maskedIban };
    return {
      subject: t("security.review.emails.changeRequested.subject", names),
      blocks: [
        p(t("emails.greeting", { name: d.vendorName })),
        p(t("security.review.emails.changeRequested.body", names)),
        p(t("security.review.emails.changeRequested.notYou")),
        p(t("security.review.emails.changeRequested.action", { url: d.dashboardUrl })),
      ],
    };
  },
  "payout.change-decided": (d, t) => {
    const names = { shopName: d.shopName, iban: d.maskedIban };
    return {
      subject: t(`security.review.emails.changeDecided.${d.decision}.subject`, names),
      blocks: [
        p(t("emails.greeting", { name: d.vendorName })),
        p(t(`security.review.emails.changeDecided.${d.decision}.body`, names)),
        p(t("security.review.emails.changeRequested.action", { url: d.dashboardUrl })),
      ],
    };
  },
  "product.hold-lifted": (d, t) => {
    const names = { shopName: d.shopName, productTitle: d.productTitle };
    return {
      subject: t("security.review.emails.holdLifted.subject", names),
      blocks: [
        p(t("emails.greeting", { name: d.vendorName })),
        p(t("security.review.emails.holdLifted.body", names)),
        p(t("security.review.emails.holdLifted.action", { url: d.productUrl })),
      ],
    };
  },
};
