// The e-mails of docs/trust.md (reviews): their data. Built in emails/review-emails.ts.

export type ReviewEmailTemplates = {
  /** to the shop's inbox, when a shopper reviews one of its parts */
  "review.received": {
    shopName: string;
    authorName: string;
    orderNumber: string;
    rating: number;
    comment: string;
    url: string;
  };
  /** to the shopper, when the shop replies to their review */
  "review.replied": { recipientName: string; shopName: string; reply: string; url: string };
  /** to the shopper and to the shop, when an operator hides a review (with the reason) */
  "review.hidden": {
    to: "shopper" | "shop";
    recipientName: string | null;
    shopName: string;
    reason: string;
    url: string;
  };
};
