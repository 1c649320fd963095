import type { TopAmbassador } from "@/lib/ambassadors/get-programme-totals";
import type { Translate } from "@/lib/i18n/translate";
import { formatMoney } from "@/lib/money/format-money";

const cell = "px-3 py-2 text-start align-top";
const head = `${cell} font-semibold`;
const end = "text-end tabular-nums";

/** The operator's ranking of ambassadors by net earnings (docs/business-models.md, ambassadors). */
export function TopAmbassadorsTable({
  ambassadors,
  firstRank,
  currency,
  locale,
  t,
}: {
  ambassadors: TopAmbassador[];
  firstRank: number;
  currency: string;
  locale: string;
  t: Translate;
}) {
  const column = (name: "rank" | "ambassador" | "code" | "clicks" | "orders" | "earned" | "net") =>
    t(`ambassadors.admin.columns.${name}`);
  const number = new Intl.NumberFormat(locale);
  return (
    <div
      className="overflow-x-auto rounded-xl border border-stone-200 bg-white"
      tabIndex={0}
      role="region"
      aria-label={t("ambassadors.admin.topLabel")}
    >
      <table className="w-full min-w-2xl text-sm">
        <thead className="bg-stone-50">
          <tr>
            <th scope="col" className={`${head} ${end}`}>
              {column("rank")}
            </th>
            <th scope="col" className={head}>
              {column("ambassador")}
            </th>
            <th scope="col" className={head}>
              {column("code")}
            </th>
            <th scope="col" className={`${head} ${end}`}>
              {column("clicks")}
            </th>
            <th scope="col" className={`${head} ${end}`}>
              {column("orders")}
            </th>
            <th scope="col" className={`${head} ${end}`}>
              {column("earned")}
            </th>
            <th scope="col" className={`${head} ${end}`}>
              {column("net")}
            </th>
          </tr>
        </thead>
        <tbody>
          {ambassadors.map((ambassador, index) => (
            <tr key={ambassador.id} className="border-t border-stone-200">
              <td className={`${cell} ${end}`}>{number.format(firstRank + index)}</td>
              <th scope="row" className={`${cell} font-normal`}>
                <span className="block font-medium">{ambassador.name}</span>
                <span className="block break-all text-stone-600">{ambassador.email}</span>
              </th>
              <td className={`${cell} font-mono`}>{ambassador.code}</td>
              <td className={`${cell} ${end}`}>{number.format(ambassador.clicks)}</td>
              <td className={`${cell} ${end}`}>{number.format(ambassador.orders)}</td>
              <td className={`${cell} ${end}`}>{formatMoney(ambassador.earned, currency, locale)}</td>
              <td className={`${cell} ${end} font-semibold`}>{formatMoney(ambassador.net, currency, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
