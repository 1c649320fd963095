import Link from "next/link";
import { textLink } from "@/components/ui/styles";
import type { Hold } from "@/lib/payouts/hold";
import type { MoneyFormat } from "./money-format";

export type PendingPartRow = {
  /** the ShopOrder */
  id: string;
  orderNumber: string;
  pendingAmount: number;
  hold: Hold;
  /** the run expected to pay it ("2026-12-10"), null on request or while its date is unknown */
  expectedPayoutDate: string | null;
};

/** When a held part's money becomes available: its date, an estimate, or why it is not known yet. */
export function holdText(f: MoneyFormat, hold: Hold): { when: string; reason: string } {
  const { t } = f;
  const reason = t(`payouts.hold.${hold.reason}`);
  if (hold.endsAt) return { when: t("money.pending.on", { date: f.date(hold.endsAt) }), reason };
  if (hold.expectedAt) return { when: t("money.pending.expected", { date: f.date(hold.expectedAt) }), reason };
  return { when: t("money.pending.unknown"), reason };
}

/** The parts whose money is still held: the order, the amount, when it becomes available and is paid. */
export function PendingPartsTable({
  parts,
  onRequest,
  f,
}: {
  parts: PendingPartRow[];
  onRequest: boolean;
  f: MoneyFormat;
}) {
  const { t } = f;
  return (
    <div className="overflow-x-auto rounded-xl border border-stone-200 bg-white">
      <table className="w-full text-start text-sm">
        <caption className="sr-only">{t("money.pending.caption")}</caption>
        <thead className="bg-stone-50 text-stone-700">
          <tr>
            <th scope="col" className="px-3 py-2 text-start">
              {t("money.pending.order")}
            </th>
            <th scope="col" className="px-3 py-2 text-end">
              {t("money.pending.amount")}
            </th>
            <th scope="col" className="px-3 py-2 text-start">
              {t("money.pending.availableOn")}
            </th>
            <th scope="col" className="px-3 py-2 text-start">
              {t("money.pending.payout")}
            </th>
          </tr>
        </thead>
        <tbody>
          {parts.map((part) => {
            const { when, reason } = holdText(f, part.hold);
            return (
              <tr key={part.id} className="border-t border-stone-200 align-top">
                <td className="px-3 py-2">
                  <Link href={`/dashboard/money/orders/${part.id}`} className={textLink}>
                    {part.orderNumber}
                  </Link>
                </td>
                <td className="px-3 py-2 text-end font-medium whitespace-nowrap tabular-nums">
                  {f.money(part.pendingAmount)}
                </td>
                <td className="px-3 py-2">
                  <span className="block font-medium" data-testid="pending-available-on">
                    {when}
                  </span>
                  <span className="text-stone-600">{reason}</span>
                </td>
                <td className="px-3 py-2">
                  {onRequest
                    ? t("money.pending.onRequest")
                    : part.expectedPayoutDate
                      ? f.runDate(part.expectedPayoutDate)
                      : t("money.pending.unknown")}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
