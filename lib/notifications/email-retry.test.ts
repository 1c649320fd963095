import { describe, expect, it } from "vitest";
import { MAX_EMAIL_ATTEMPTS, nextEmailAttemptAt } from "./email-retry";

const now = new Date("2030-01-01T10:00:00Z");
const minutesLater = (attempts: number) => (nextEmailAttemptAt(attempts, now)!.getTime() - now.getTime()) / 60_000;

describe("nextEmailAttemptAt", () => {
  it("backs off after each failure: 1 min, 5 min, 30 min, 2 h", () => {
    expect([1, 2, 3, 4].map(minutesLater)).toEqual([1, 5, 30, 120]);
  });

  it("gives up after the last attempt", () => {
    expect(MAX_EMAIL_ATTEMPTS).toBe(5);
    expect(nextEmailAttemptAt(MAX_EMAIL_ATTEMPTS, now)).toBeNull();
    expect(nextEmailAttemptAt(MAX_EMAIL_ATTEMPTS + 3, now)).toBeNull();
  });
});
