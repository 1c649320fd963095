import { afterAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { requestEmailDelivery, startJobRunner, type JobRunner } from "@/lib/jobs/job-runner";
import { queueEmail } from "@/lib/notifications/queue-email";
import { waitFor } from "../../support/wait-for";

let runner: JobRunner | undefined;

afterAll(async () => {
  await runner?.stop();
});

describe("job runner", () => {
  it("delivers queued e-mails through the durable email-delivery job", async () => {
    delete process.env.SMTP_URL;
    const { id } = await queueEmail(getDb(), {
      to: "vendor@example.fr",
      template: "seller.approved",
      data: { vendorName: "Léa", shopName: "Le Fournil", shopUrl: "http://localhost:3000/shops/le-fournil" },
    });
    runner = await startJobRunner(process.env.DATABASE_URL!, { pollingIntervalSeconds: 0.5 });
    await requestEmailDelivery(runner);
    const delivered = await waitFor(
      async () => (await getDb().emailMessage.findUniqueOrThrow({ where: { id } })).status === "SENT",
    );
    expect(delivered).toBe(true);
    // The schedule is stored in the database, so it survives a restart of the process.
    const schedules = await getDb().$queryRaw<{ name: string }[]>`SELECT name FROM pgboss.schedule`;
    expect(schedules.map((row) => row.name)).toContain("email-delivery");
  });
});
