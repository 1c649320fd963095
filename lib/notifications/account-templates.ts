// The e-mails of sign-up (docs/security.md, "Throttles and client addresses"): their data. Built in
// emails/account-emails.ts. Every sign-up sends exactly one of them to the address typed, so the
// form's answer is the same whether or not the address already had an account.

export type AccountEmailTemplates = {
  /** to a new account's address, once it is created */
  "account.welcome": { name: string; email: string; signInUrl: string };
  /** to the owner of an existing account, when someone signs up again with its address */
  "account.sign-up-attempt": { name: string; email: string; signInUrl: string };
  /** to an account's address when its password was changed (every other session ended) */
  "account.password-changed": { name: string; email: string; signInUrl: string };
};
