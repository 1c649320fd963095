import { describe, expect, it } from "vitest";
import { checkConfiguration, reportConfiguration } from "./check-configuration";

const good = {
  NODE_ENV: "production",
  APP_URL: "https://halle.example",
  NEXTAUTH_URL: "https://halle.example",
  STRIPE_SECRET_KEY: "sk_live_x",
  STRIPE_WEBHOOK_SECRET: "whsec_x",
  SMTP_URL: "smtp://user:pass@smtp.example:587",
  MAIL_FROM: "Halle <no-reply@halle.example>",
};
const codes = (env: Record<string, string | undefined>) => checkConfiguration(env).map((p) => p.code);

describe("checkConfiguration (docs/security.md, production mode)", () => {
  it("finds nothing in a complete production configuration", () => {
    expect(checkConfiguration(good)).toEqual([]);
  });

  it("finds nothing on a developer's machine with nothing set (the embedded defaults)", () => {
    expect(checkConfiguration({})).toEqual([]);
    expect(checkConfiguration({ NODE_ENV: "production", NEXTAUTH_URL: "http://localhost:3100" })).toEqual([]);
  });

  it.each([
    ["a Stripe key without webhook secret", { STRIPE_WEBHOOK_SECRET: undefined }, ["STRIPE_WEBHOOK_SECRET_MISSING"]],
    ["no Stripe key (the test provider)", { STRIPE_SECRET_KEY: undefined }, ["PAYMENTS_TEST_PROVIDER"]],
    ["a Stripe test double", { STRIPE_API_BASE: "http://127.0.0.1:12111" }, ["STRIPE_API_BASE_SET"]],
    ["no SMTP", { SMTP_URL: undefined }, ["SMTP_MISSING"]],
    ["no sender", { MAIL_FROM: "" }, ["MAIL_FROM_MISSING"]],
    ["an http APP_URL", { APP_URL: "http://halle.example" }, ["PUBLIC_URL_NOT_HTTPS"]],
    [
      "http for both",
      { APP_URL: "http://halle.example", NEXTAUTH_URL: "http://halle.example" },
      ["PUBLIC_URL_NOT_HTTPS", "PUBLIC_URL_NOT_HTTPS"],
    ],
    ["a local https NEXTAUTH_URL", { NEXTAUTH_URL: "https://localhost:3000" }, ["PUBLIC_URL_LOCAL"]],
  ])("reports %s", (_label, over, expected) => {
    expect(codes({ ...good, ...over })).toEqual(expected);
  });

  it("accepts the visible test mode instead of Stripe", () => {
    expect(
      codes({ ...good, STRIPE_SECRET_KEY: undefined, STRIPE_WEBHOOK_SECRET: undefined, HALLE_TEST_PAYMENTS: "1" }),
    ).toEqual([]);
  });

  it("reports every problem of a forced production mode on a bare machine, one each", () => {
    expect(codes({ HALLE_MODE: "production" })).toEqual([
      "PAYMENTS_TEST_PROVIDER",
      "SMTP_MISSING",
      "MAIL_FROM_MISSING",
      "PUBLIC_URL_MISSING",
    ]);
  });

  it("outside production only reports what breaks in any mode", () => {
    expect(codes({ STRIPE_SECRET_KEY: "sk_test_x" })).toEqual(["STRIPE_WEBHOOK_SECRET_MISSING"]);
    expect(codes({ HALLE_MODE: "development", APP_URL: "http://halle.example" })).toEqual([]);
  });

  it("reports an unknown HALLE_MODE and treats it as production", () => {
    expect(codes({ ...good, HALLE_MODE: "prod" })).toEqual(["HALLE_MODE_UNKNOWN"]);
  });

  describe("file storage (docs/architecture.md, files)", () => {
    const s3 = {
      HALLE_STORAGE: "s3",
      S3_REGION: "fr-par",
      S3_BUCKET: "halle-files",
      S3_ACCESS_KEY_ID: "key",
      S3_SECRET_ACCESS_KEY: "secret",
    };

    it("accepts the local folders (unset or local) and complete S3 settings", () => {
      expect(codes({ ...good, HALLE_STORAGE: "local" })).toEqual([]);
      expect(codes({ ...good, ...s3 })).toEqual([]);
      expect(codes({ ...good, ...s3, S3_ENDPOINT: "https://s3.fr-par.scw.cloud", S3_FORCE_PATH_STYLE: "1" })).toEqual(
        [],
      );
    });

    it("refuses S3 in production without its bucket or credentials, in one line naming what is missing", () => {
      const problems = checkConfiguration({ ...good, HALLE_STORAGE: "s3", S3_REGION: "fr-par" });
      expect(problems.map((p) => p.code)).toEqual(["STORAGE_S3_INCOMPLETE"]);
      expect(problems[0].message).toContain("S3_BUCKET, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY");
      expect(problems[0].message).not.toContain("\n");
      expect(codes({ ...good, ...s3, S3_SECRET_ACCESS_KEY: " " })).toEqual(["STORAGE_S3_INCOMPLETE"]);
      expect(reportConfiguration({ ...good, ...s3, S3_BUCKET: undefined }, () => {}).refuse).toBe(true);
    });

    it("reports an unknown driver and incomplete S3 in any mode (a warning outside production)", () => {
      expect(codes({ HALLE_STORAGE: "nfs" })).toEqual(["STORAGE_UNKNOWN"]);
      const lines: string[] = [];
      expect(reportConfiguration({ HALLE_STORAGE: "s3" }, (line) => lines.push(line)).refuse).toBe(false);
      expect(lines).toEqual([expect.stringMatching(/^configuration warning STORAGE_S3_INCOMPLETE: /)]);
    });
  });

  it("gives each problem one line", () => {
    for (const { message } of checkConfiguration({ HALLE_MODE: "production", STRIPE_SECRET_KEY: "sk" }))
      expect(message).not.toContain("\n");
  });
});

describe("reportConfiguration", () => {
  it("refuses in production, one line per problem and a last line", () => {
    const lines: string[] = [];
    const result = reportConfiguration({ ...good, SMTP_URL: undefined, APP_URL: "http://halle.example" }, (line) =>
      lines.push(line),
    );
    expect(result.refuse).toBe(true);
    expect(lines.filter((line) => line.startsWith("configuration error"))).toEqual([
      expect.stringContaining("SMTP_MISSING"),
      expect.stringContaining("PUBLIC_URL_NOT_HTTPS"),
    ]);
    expect(lines.at(-1)).toContain("refusing to start");
  });

  it("only warns outside production", () => {
    const lines: string[] = [];
    const result = reportConfiguration({ STRIPE_SECRET_KEY: "sk_test_x" }, (line) => lines.push(line));
    expect(result.refuse).toBe(false);
    expect(lines).toEqual([expect.stringMatching(/^configuration warning STRIPE_WEBHOOK_SECRET_MISSING: /)]);
  });

  it("says nothing when all is well", () => {
    const lines: string[] = [];
    expect(reportConfiguration(good, (line) => lines.push(line)).refuse).toBe(false);
    expect(lines).toEqual([]);
  });
});
