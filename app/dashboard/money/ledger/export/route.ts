import { appErrorResponse } from "@/lib/app-error-response";
import { getActor } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { getLocale } from "@/lib/i18n/server";
import { exportLedgerCsv } from "@/lib/payouts/ledger-csv";
import { getDashboardShop } from "@/lib/shops/get-dashboard-shop";

/**
 * GET: the current shop's ledger as a CSV download, with the ledger page's filters (the query
 * string). The domain function checks who asks (401, 403, 404 as appErrorResponse says); filters
 * that are not valid answer 400. The rows are streamed.
 */
export async function GET(request: Request): Promise<Response> {
  try {
    const actor = await getActor();
    const shop = await getDashboardShop(actor);
    if (!shop) return new Response(null, { status: 404, headers: { "Cache-Control": "no-store" } });
    const query = new URL(request.url).searchParams;
    const filters = Object.fromEntries(["type", "state", "from", "to"].map((name) => [name, query.get(name) ?? ""]));
    const { fileName, stream } = await exportLedgerCsv(actor, shop.id, { filters, locale: await getLocale() });
    return new Response(stream, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${fileName}"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (isAppError(error, "VALIDATION"))
      return new Response(null, { status: 400, headers: { "Cache-Control": "no-store" } });
    const refused = appErrorResponse(error);
    if (refused) return refused;
    throw error;
  }
}
