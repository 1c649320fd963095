// The e-mails of docs/trust.md (review): their data. Built in emails/review-emails.ts.

export type ReviewEmailTemplates = {
  /** to the shopper and to the shop, when an operator hides a review (with the reason) */
  "review.hidden": { recipientName: string; shopName: string; url: string };
};
