import { appErrorResponse } from "@/lib/app-error-response";
import { getActor } from "@/lib/auth/session";
import { csvLocaleOf } from "@/lib/catalog/csv/csv-text";
import { exportCatalogCsv } from "@/lib/catalog/csv/export-catalog";
import { getLocale } from "@/lib/i18n/server";
import { getDashboardShop } from "@/lib/shops/get-dashboard-shop";

/** GET: the current shop's catalogue as a CSV download (the domain function checks who asks). */
export async function GET(): Promise<Response> {
  try {
    const actor = await getActor();
    const shop = await getDashboardShop(actor);
    if (!shop) return new Response(null, { status: 404 });
    const { fileName, text } = await exportCatalogCsv(actor, {
      shopId: shop.id,
      locale: csvLocaleOf(await getLocale()),
    });
    return new Response(text, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${fileName}"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    const refused = appErrorResponse(error);
    if (refused) return refused;
    throw error;
  }
}
