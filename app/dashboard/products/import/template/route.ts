import { catalogTemplateCsv, csvLocaleOf } from "@/lib/catalog/csv/csv-text";
import { getLocale } from "@/lib/i18n/server";

/** GET: an example catalogue file (every column, two rows) in the viewer's language. Nothing private in it. */
export async function GET(): Promise<Response> {
  const locale = csvLocaleOf(await getLocale());
  return new Response(catalogTemplateCsv(locale), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${locale === "fr" ? "modele-catalogue" : "catalogue-template"}.csv"`,
    },
  });
}
