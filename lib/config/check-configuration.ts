// The configuration check run at start (scripts/start.ts, scripts/dev.ts, instrumentation.ts):
// docs/security.md, "Production mode and configuration". Pure: an environment in, the problems
// out, each a code and one line for the operator's console (English: operator logs, not UI).
import {
  HALLE_MODES,
  TEST_PAYMENTS_OPT_IN,
  configuredUrls,
  isLocalUrl,
  isProductionMode,
  paymentMode,
  type ConfigEnv,
} from "./production-mode";
import { missingS3Settings, storageDriverName } from "../files/storage-settings";

export type ProblemCode =
  | "HALLE_MODE_UNKNOWN"
  | "STRIPE_WEBHOOK_SECRET_MISSING"
  | "PAYMENTS_TEST_PROVIDER"
  | "STRIPE_API_BASE_SET"
  | "SMTP_MISSING"
  | "MAIL_FROM_MISSING"
  | "PUBLIC_URL_MISSING"
  | "PUBLIC_URL_NOT_HTTPS"
  | "PUBLIC_URL_LOCAL"
  | "STORAGE_UNKNOWN"
  | "STORAGE_S3_INCOMPLETE";

export type Problem = { code: ProblemCode; message: string };

const problem = (code: ProblemCode, message: string): Problem => ({ code, message });

/**
 * Every problem of the configuration `env`. Outside production only what breaks in any mode
 * (a Stripe key without its webhook secret, an unknown HALLE_MODE, a file storage that cannot work); in production also what
 * would take orders without collecting money, send no mail, or drop cookies' `Secure`.
 */
export function checkConfiguration(env: ConfigEnv): Problem[] {
  const problems: Problem[] = [];
  const mode = env.HALLE_MODE?.trim().toLowerCase();
  if (mode && !(HALLE_MODES as readonly string[]).includes(mode))
    problems.push(
      problem(
        "HALLE_MODE_UNKNOWN",
        `HALLE_MODE=${env.HALLE_MODE} is neither production nor development (taken as production).`,
      ),
    );
  if (env.STRIPE_SECRET_KEY?.trim() && !env.STRIPE_WEBHOOK_SECRET?.trim())
    problems.push(
      problem(
        "STRIPE_WEBHOOK_SECRET_MISSING",
        "STRIPE_SECRET_KEY is set without STRIPE_WEBHOOK_SECRET: no payment would be confirmed (the webhook answers 404) and paid orders would be released unrefunded.",
      ),
    );
  problems.push(...storageProblems(env));
  if (!isProductionMode(env)) return problems;

  if (paymentMode(env) === "refused")
    problems.push(
      problem(
        "PAYMENTS_TEST_PROVIDER",
        `No STRIPE_SECRET_KEY: only the built-in test payments are available, which collect no money. Set STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET, or ${TEST_PAYMENTS_OPT_IN}=1 for a visible test mode.`,
      ),
    );
  if (env.STRIPE_SECRET_KEY?.trim() && env.STRIPE_API_BASE?.trim())
    problems.push(
      problem("STRIPE_API_BASE_SET", "STRIPE_API_BASE is set: payments would go to a test double, not to Stripe."),
    );
  if (!env.SMTP_URL?.trim())
    problems.push(
      problem("SMTP_MISSING", "SMTP_URL is not set: e-mails would be marked sent but stay in the development mailbox."),
    );
  if (!env.MAIL_FROM?.trim())
    problems.push(problem("MAIL_FROM_MISSING", "MAIL_FROM is not set: e-mails would come from no-reply@halle.test."));

  const urls = configuredUrls(env);
  if (urls.length === 0)
    problems.push(
      problem(
        "PUBLIC_URL_MISSING",
        "Neither APP_URL nor NEXTAUTH_URL is set: links in e-mails would point at http://localhost:3000.",
      ),
    );
  for (const [name, value] of [
    ["APP_URL", env.APP_URL],
    ["NEXTAUTH_URL", env.NEXTAUTH_URL],
  ] as const) {
    const url = value?.trim();
    if (!url) continue;
    if (!url.toLowerCase().startsWith("https://"))
      problems.push(
        problem(
          "PUBLIC_URL_NOT_HTTPS",
          `${name}=${url} is not https: session cookies would lose Secure and links in e-mails would be insecure.`,
        ),
      );
    else if (isLocalUrl(url))
      problems.push(problem("PUBLIC_URL_LOCAL", `${name}=${url} names this machine: links in e-mails would not work.`));
  }
  return problems;
}

/** The file storage (docs/architecture.md, files): a driver we know, and S3 with what it needs. */
function storageProblems(env: ConfigEnv): Problem[] {
  const driver = storageDriverName(env);
  if (driver === null)
    return [
      problem(
        "STORAGE_UNKNOWN",
        `HALLE_STORAGE=${env.HALLE_STORAGE} is neither local nor s3: no file could be stored or read.`,
      ),
    ];
  const missing = driver === "s3" ? missingS3Settings(env) : [];
  if (missing.length === 0) return [];
  return [
    problem(
      "STORAGE_S3_INCOMPLETE",
      `HALLE_STORAGE=s3 without ${missing.join(", ")}: no photo or document could be stored or read.`,
    ),
  ];
}

/** What the start scripts print: the problems, and whether they may go on (never with one in production). */
export function reportConfiguration(
  env: ConfigEnv,
  print: (line: string) => void,
): { production: boolean; problems: Problem[]; refuse: boolean } {
  const production = isProductionMode(env);
  const problems = checkConfiguration(env);
  const label = production ? "configuration error" : "configuration warning";
  for (const { code, message } of problems) print(`${label} ${code}: ${message}`);
  const refuse = production && problems.length > 0;
  if (refuse) print(`refusing to start in production mode: ${problems.length} problem(s) above (docs/security.md).`);
  return { production, problems, refuse };
}
