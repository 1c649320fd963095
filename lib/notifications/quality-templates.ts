// The e-mails of docs/trust.md (quality): their data. Built in emails/quality-emails.ts.

export type QualityEmailTemplates = {
  /** to the shop's owner, when its quality indicators cross a threshold (with the figures) */
  "quality.warning": { recipientName: string; shopName: string; url: string };
};
