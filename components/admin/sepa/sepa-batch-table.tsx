import Link from "next/link";
import { textLink } from "@/components/ui/styles";
import type { Translate } from "@/lib/i18n/translate";
import { formatMoney } from "@/lib/money/format-money";
import type { SepaBatchRow } from "@/lib/payouts/list-sepa-batches";
import { badge, sepaDateFormat, STATUS_TONES } from "./sepa-format";

/** The SEPA files generated, newest first; each opens its page. */
export function SepaBatchTable({
  items,
  total,
  locale,
  t,
}: {
  items: SepaBatchRow[];
  total: number;
  locale: string;
  t: Translate;
}) {
  const header = "px-3 py-2 text-start font-semibold";
  const cell = "px-3 py-3 align-top";
  const date = sepaDateFormat(locale);
  const dateTime = sepaDateFormat(locale, true);
  return (
    <div className="relative overflow-x-auto rounded-xl border border-stone-200 bg-white">
      <table className="w-full min-w-[44rem] text-sm">
        <caption className="sr-only">{t("sepa.batches.caption", { count: total })}</caption>
        <thead className="border-b border-stone-200 bg-stone-50">
          <tr>
            <th scope="col" className={header}>
              {t("sepa.batches.columns.file")}
            </th>
            <th scope="col" className={header}>
              {t("sepa.batches.columns.created")}
            </th>
            <th scope="col" className={header}>
              {t("sepa.batches.columns.execution")}
            </th>
            <th scope="col" className={`${header} text-end`}>
              {t("sepa.batches.columns.transfers")}
            </th>
            <th scope="col" className={`${header} text-end`}>
              {t("sepa.batches.columns.total")}
            </th>
            <th scope="col" className={header}>
              {t("sepa.batches.columns.status")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-200">
          {items.map((batch) => (
            <tr key={batch.id}>
              <th scope="row" className={`${cell} text-start font-normal`}>
                <Link href={`/admin/money/sepa/${batch.id}`} className={`${textLink} font-mono`}>
                  {batch.messageId}
                </Link>
              </th>
              <td className={cell}>{dateTime.format(batch.createdAt)}</td>
              <td className={cell}>{date.format(batch.executionDate)}</td>
              <td className={`${cell} text-end tabular-nums`}>
                {batch.count}
                {batch.rejectedCount > 0 ? (
                  <div className="text-red-800">{t("sepa.batches.rejectedCount", { count: batch.rejectedCount })}</div>
                ) : null}
              </td>
              <td className={`${cell} text-end tabular-nums`}>
                {formatMoney(batch.totalAmount, batch.currency, locale)}
              </td>
              <td className={cell}>
                <span className={`${badge} ${STATUS_TONES[batch.status]}`}>{t(`sepa.status.${batch.status}`)}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
