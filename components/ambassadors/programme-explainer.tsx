import type { Translate } from "@/lib/i18n/translate";

/** How the programme works, with the marketplace's real figures (docs/business-models.md, ambassadors). */
export function ProgrammeExplainer({
  share,
  days,
  schedule,
  minimum,
  t,
}: {
  share: string;
  days: number;
  /** when payouts are made, in words ("on the 10th and the 25th of each month") */
  schedule: string;
  /** the smallest payout, formatted; absent when there is none */
  minimum?: string;
  t: Translate;
}) {
  return (
    <ul className="flex max-w-prose list-disc flex-col gap-2 ps-5 text-stone-800">
      <li>{t("ambassadors.page.howShare", { share })}</li>
      <li>{t("ambassadors.page.howCarved")}</li>
      <li>{t("ambassadors.page.howCap")}</li>
      <li>{t("ambassadors.page.howOwnPurchases")}</li>
      <li>{t("ambassadors.page.howLastClick", { days })}</li>
      <li>{t("ambassadors.page.howPending")}</li>
      <li>
        {minimum
          ? t("ambassadors.page.howPaidMinimum", { schedule, minimum })
          : t("ambassadors.page.howPaid", { schedule })}
      </li>
    </ul>
  );
}
