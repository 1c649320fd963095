// The e-mails of docs/trust.md (support): their data. Built in emails/support-emails.ts.

export type SupportEmailTemplates = {
  /** to the other side of a support request, when someone writes in it */
  "support.message": { recipientName: string; shopName: string; url: string };
};
