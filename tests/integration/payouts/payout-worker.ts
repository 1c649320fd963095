// A payouts worker as its own process (docs/payouts.md, workers): runs runPayouts at the instant
// given as its argument against DATABASE_URL (and Stripe through STRIPE_SECRET_KEY/STRIPE_API_BASE),
// prints the run's report as one JSON line and exits. The workers test starts two at once, and
// kills one mid-run. Run: `node --conditions=react-server --import tsx payout-worker.ts <ISO instant>`.
import { disconnectDb } from "@/lib/db";
import { runPayouts } from "@/lib/payouts/run-payouts";

async function main(): Promise<void> {
  const now = new Date(process.argv[2] ?? "");
  if (Number.isNaN(now.getTime())) throw new Error(`usage: payout-worker.ts <ISO instant>, got ${process.argv[2]}`);
  const report = await runPayouts(now);
  process.stdout.write(`${JSON.stringify(report)}\n`);
  await disconnectDb();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
