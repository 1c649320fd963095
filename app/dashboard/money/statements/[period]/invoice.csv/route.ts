import { getCommissionInvoice } from "@/lib/statements/get-commission-invoice";
import { invoiceCsv } from "@/lib/statements/statement-csv";
import { statementDownload } from "../../statement-request";

/** GET: the month's commission invoice lines as CSV (docs/payouts.md, formats). */
export async function GET(request: Request, { params }: { params: Promise<{ period: string }> }) {
  return statementDownload(request, params, async ({ actor, shopId, period, locale, t }) => {
    const invoice = await getCommissionInvoice(actor, shopId, period);
    return {
      body: invoiceCsv(invoice, { t, locale, currency: invoice.currency }),
      contentType: "text/csv; charset=utf-8",
      fileName: `invoice-${invoice.number}.csv`,
    };
  });
}
