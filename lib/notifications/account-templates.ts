// The e-mails of an account (docs/security.md, "Sign-up"): their data. Built in
// emails/account-emails.ts. Every sign-up sends exactly one e-mail to the address typed (the link
// to finish it, or the note to the owner), so the form's answer is the same whether or not the
// address already had an account.

export type AccountEmailTemplates = {
  /** to an address with no account, when it signs up: the link to choose a password (docs/security.md, "Sign-up") */
  "account.confirm-email": { name: string; email: string; confirmUrl: string };
  /** to a new account's address, once it is created (from the confirmation link) */
  "account.welcome": { name: string; email: string; signInUrl: string };
  /** to the owner of an existing account, when someone signs up again with its address */
  "account.sign-up-attempt": { name: string; email: string; signInUrl: string };
  /** to an account's address when its password was changed (every other session ended) */
  "account.password-changed": { name: string; email: string; signInUrl: string };
};
