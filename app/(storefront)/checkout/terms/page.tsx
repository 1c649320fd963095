import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("checkout.terms.pageTitle") };
}

/** The terms of sale the shopper accepts at checkout (a short text until the legal one exists). */
export default async function TermsPage() {
  const { t } = await getT();
  return (
    <article className="max-w-2xl">
      <PageHeader title={t("checkout.terms.pageTitle")} />
      <div className="flex flex-col gap-4 text-stone-800">
        <p>{t("checkout.terms.intro")}</p>
        <p>{t("checkout.terms.payment")}</p>
        <p>{t("checkout.terms.withdrawal")}</p>
        <p>{t("checkout.terms.contact")}</p>
      </div>
    </article>
  );
}
