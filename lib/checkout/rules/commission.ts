// Commission rules live in the one fee engine (lib/fees/compute-fees.ts, docs/business-models.md, fees);
// this module only keeps the old import path working.
export { commissionRateFor, estimatePaymentFee } from "@/lib/fees/compute-fees";
