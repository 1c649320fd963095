import type { Metadata } from "next";
import Link from "next/link";
import { ClientMessages } from "@/components/i18n/client-messages";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { primaryButton, secondaryButton, textLink } from "@/components/ui/styles";
import { requireRole } from "@/lib/auth/session";
import { CSV_COLUMNS, REQUIRED_COLUMNS } from "@/lib/catalog/csv/columns";
import { getT } from "@/lib/i18n/server";
import { getDashboardShop } from "@/lib/shops/get-dashboard-shop";
import { ImportForm } from "./import-form";
import { PhotosForm } from "./photos-form";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("catalogImport.title") };
}

export default async function CatalogImportPage() {
  const actor = await requireRole("/dashboard/products/import", "VENDOR");
  const { locale, t } = await getT();
  const shop = await getDashboardShop(actor);
  if (!shop) {
    return (
      <>
        <PageHeader title={t("catalogImport.title")} />
        <EmptyState title={t("catalogImport.noShopTitle")} text={t("catalogImport.noShopText")}>
          <Link href="/dashboard/shops/new" className={primaryButton}>
            {t("dashboard.overview.createShop")}
          </Link>
        </EmptyState>
      </>
    );
  }
  return (
    <>
      <PageHeader title={t("catalogImport.title")} description={t("catalogImport.intro")} />
      <p className="mb-8">
        <Link href="/dashboard/products" className={textLink}>
          {t("catalogImport.backToProducts")}
        </Link>
      </p>
      <div className="flex flex-col gap-10">
        <Section id="catalogue-export" title={t("catalogImport.export.title")}>
          <p className="mb-3 max-w-2xl">{t("catalogImport.export.text")}</p>
          {/* A download, not a page: a plain link so the browser saves the file. */}
          <a href="/dashboard/products/export" download className={secondaryButton}>
            {t("catalogImport.export.button")}
          </a>
        </Section>

        <Section id="catalogue-import" title={t("catalogImport.upload.title")}>
          <p className="mb-2 max-w-2xl">{t("catalogImport.upload.text")}</p>
          <p className="mb-4 flex flex-wrap gap-4">
            <a href="/dashboard/products/import/template" download className={textLink}>
              {t("catalogImport.upload.template")}
            </a>
            <a href="#catalogue-columns" className={textLink}>
              {t("catalogImport.columns.title")}
            </a>
          </p>
          <ClientMessages locale={locale} namespaces={["catalogImport.upload", "catalogImport.preview"]}>
            <ImportForm />
          </ClientMessages>
        </Section>

        <Section id="catalogue-photos" title={t("catalogImport.photos.title")}>
          <p className="mb-4 max-w-2xl">{t("catalogImport.photos.text")}</p>
          <ClientMessages locale={locale} namespaces={["catalogImport.photos"]}>
            <PhotosForm />
          </ClientMessages>
        </Section>

        <Section id="catalogue-columns" title={t("catalogImport.columns.title")}>
          <p className="mb-4 max-w-2xl">{t("catalogImport.columns.intro")}</p>
          <div className="overflow-x-auto rounded-lg border border-stone-200">
            <table className="w-full min-w-[36rem] border-collapse bg-white text-sm">
              <thead className="bg-stone-100">
                <tr>
                  <th scope="col" className="px-3 py-2 text-start font-semibold">
                    {t("catalogImport.columns.name")}
                  </th>
                  <th scope="col" className="px-3 py-2 text-start font-semibold">
                    {t("catalogImport.columns.meaning")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {CSV_COLUMNS.map((column) => (
                  <tr key={column.key} className="border-t border-stone-200 align-top">
                    <th scope="row" className="px-3 py-2 text-start font-normal">
                      <code className="font-mono font-semibold">{column.header}</code>
                      {column.aliases.length > 0 ? (
                        <span className="block text-stone-700">
                          {t("catalogImport.columns.alsoAccepted")}{" "}
                          <code className="font-mono">{column.aliases[0]}</code>
                        </span>
                      ) : null}
                      {REQUIRED_COLUMNS.includes(column.key) ? (
                        <span className="block text-stone-700">({t("catalogImport.columns.required")})</span>
                      ) : null}
                    </th>
                    <td className="px-3 py-2">{t(`catalogImport.columns.help.${column.key}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Section>
      </div>
    </>
  );
}
