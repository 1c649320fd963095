// The e-mails of docs/security.md (payout details under review): their data. Built in emails/security-emails.ts.

export type SecurityEmailTemplates = {
  /**
   * to the shop's owner (their account e-mail), when a change of the payout account of an
   * approved shop is asked: whoever asked, the owner sees it (a stolen session cannot hide it)
   */
  "payout.change-requested": {
    vendorName: string;
    shopName: string;
    /** the new account, masked (never the full IBAN in an e-mail) */
    maskedIban: string;
    dashboardUrl: string;
  };
  /** to the shop's owner, when an operator approves or refuses that change */
  "payout.change-decided": {
    vendorName: string;
    shopName: string;
    maskedIban: string;
    decision: "approved" | "refused";
    dashboardUrl: string;
  };
  /** to the vendor, when an operator lifts the moderation hold on one of their products */
  "product.hold-lifted": { vendorName: string; shopName: string; productTitle: string; productUrl: string };
};
