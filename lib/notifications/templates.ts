// Every e-mail Halle sends, with the data its template needs. Templates live in emails/.
export type EmailTemplates = {
  /** to the vendor, when they submit their shop for review */
  "seller.application-received": { vendorName: string; shopName: string };
  /** to each operator, when a shop is submitted (or resubmitted) for review */
  "seller.application-submitted": { shopName: string; vendorName: string; city: string; reviewUrl: string };
  /** to each operator, when an approved shop changes its identity or payout account */
  "seller.review-requested": { shopName: string; reviewUrl: string };
  "seller.approved": { vendorName: string; shopName: string; shopUrl: string };
  /** to the vendor, when the operator accepts identity or payout changes of a live shop */
  "seller.changes-approved": { vendorName: string; shopName: string; dashboardUrl: string };
  "seller.rejected": { vendorName: string; shopName: string; reason: string; dashboardUrl: string };
  "seller.changes-requested": { vendorName: string; shopName: string; message: string; dashboardUrl: string };
  "seller.suspended": { vendorName: string; shopName: string; reason: string };
  "seller.reinstated": { vendorName: string; shopName: string; shopUrl: string };
  /** to the vendor, when an operator takes one of their products offline (moderation) */
  "product.unpublished": { vendorName: string; shopName: string; productTitle: string; reason: string; productUrl: string };
  /** to the shop (its public e-mail, else its owner), from the "contact the shop" form */
  "shop.contact-message": { shopName: string; senderName: string; senderEmail: string; message: string };
};

export type EmailTemplateName = keyof EmailTemplates;
