import "server-only";
import nodemailer, { type Transporter } from "nodemailer";

export const DEFAULT_MAIL_FROM = "Halle <no-reply@halle.test>";

/** The SMTP server to send through (smtp://user:pass@host:port), or null: the dev mailbox. */
export function smtpUrl(): string | null {
  const url = process.env.SMTP_URL?.trim();
  return url ? url : null;
}

export function mailFrom(): string {
  return process.env.MAIL_FROM?.trim() || DEFAULT_MAIL_FROM;
}

/** A nodemailer transport for SMTP_URL; null when SMTP_URL is unset (e-mails stay in the dev mailbox). */
export function createMailTransport(): Transporter | null {
  const url = smtpUrl();
  if (!url) return null;
  return nodemailer.createTransport(url);
}
