import { listStatementEntries } from "@/lib/statements/monthly-statement";
import { statementEntriesCsv } from "@/lib/statements/statement-csv";
import { statementDownload } from "../../statement-request";

/** GET: the month's ledger entries as CSV (docs/payouts.md, formats). */
export async function GET(request: Request, { params }: { params: Promise<{ period: string }> }) {
  return statementDownload(request, params, async ({ actor, shopId, period, locale, t }) => {
    const month = await listStatementEntries(actor, shopId, period);
    return {
      body: statementEntriesCsv(month.entries, { t, locale, currency: month.currency }),
      contentType: "text/csv; charset=utf-8",
      fileName: `statement-${month.shop.slug}-${month.periodKey}.csv`,
    };
  });
}
