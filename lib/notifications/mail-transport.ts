import "server-only";
import nodemailer, { type Transporter } from "nodemailer";

export const DEFAULT_MAIL_FROM = "Halle <no-reply@halle.test>";

/**
 * How long one SMTP exchange may take, in milliseconds: to connect, to get the server's greeting,
 * and of silence on the socket. A server that stalls fails the message after these instead of
 * holding the delivery run (docs/security.md, the outbox). SMTP_TIMEOUT_MS overrides them all.
 */
export type SmtpTimeouts = { connectionTimeout: number; greetingTimeout: number; socketTimeout: number };

export const DEFAULT_SMTP_TIMEOUTS: SmtpTimeouts = {
  connectionTimeout: 10_000,
  greetingTimeout: 10_000,
  socketTimeout: 30_000,
};

/** The SMTP server to send through (smtp://user:pass@host:port), or null: the dev mailbox. */
export function smtpUrl(): string | null {
  const url = process.env.SMTP_URL?.trim();
  return url ? url : null;
}

export function mailFrom(): string {
  return process.env.MAIL_FROM?.trim() || DEFAULT_MAIL_FROM;
}

/** The timeouts in force: SMTP_TIMEOUT_MS (a positive integer) for all three, else the defaults. */
export function smtpTimeouts(): SmtpTimeouts {
  const value = Number(process.env.SMTP_TIMEOUT_MS);
  if (!Number.isInteger(value) || value <= 0) return DEFAULT_SMTP_TIMEOUTS;
  return { connectionTimeout: value, greetingTimeout: value, socketTimeout: value };
}

/**
 * A nodemailer transport for SMTP_URL, with timeouts; null when SMTP_URL is unset (e-mails stay in
 * the dev mailbox). Not pooled: each message has its own connection, so one stalled exchange
 * never delays another.
 */
export function createMailTransport(timeouts: SmtpTimeouts = smtpTimeouts()): Transporter | null {
  const url = smtpUrl();
  if (!url) return null;
  return nodemailer.createTransport({ url, ...timeouts });
}
