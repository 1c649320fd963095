import type { Translate } from "@/lib/i18n/translate";

/** How the programme works, with the marketplace's real figures (docs/business-models.md, ambassadors). */
export function ProgrammeExplainer({ share, days, t }: { share: string; days: number; t: Translate }) {
  return (
    <ul className="flex max-w-prose list-disc flex-col gap-2 ps-5 text-stone-800">
      <li>{t("ambassadors.page.howShare", { share })}</li>
      <li>{t("ambassadors.page.howCarved")}</li>
      <li>{t("ambassadors.page.howCap")}</li>
      <li>{t("ambassadors.page.howOwnPurchases")}</li>
      <li>{t("ambassadors.page.howLastClick", { days })}</li>
      <li>{t("ambassadors.page.howPending")}</li>
    </ul>
  );
}
