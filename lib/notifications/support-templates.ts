// The e-mails of docs/trust.md (vendor support): their data. Built in emails/support-emails.ts.

/** What every support e-mail names: the request, its shop and subject, and where to read it. */
type SupportRequestEmail = {
  /** "S-2026-000042" */
  number: string;
  shopName: string;
  subject: string;
  url: string;
};

export type SupportEmailTemplates = {
  /** to each operator, when a vendor opens a request */
  "support.opened": SupportRequestEmail & { excerpt: string; attachmentCount: number };
  /** to the other side, when someone writes: the operators when the vendor writes, the shop's owner when an operator does */
  "support.message": SupportRequestEmail & {
    to: "vendor" | "operator";
    recipientName: string | null;
    excerpt: string;
    attachmentCount: number;
  };
  /** to the shop's owner, when an operator closes the request */
  "support.closed": SupportRequestEmail & { recipientName: string | null };
};
