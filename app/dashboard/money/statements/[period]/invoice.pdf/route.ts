import { pdfDocumentFormat } from "@/lib/statements/document-format";
import { getCommissionInvoice } from "@/lib/statements/get-commission-invoice";
import { renderInvoicePdf } from "@/lib/statements/invoice-pdf";
import { statementDownload } from "../../statement-request";

/** GET: the month's commission invoice (or credit note) as a PDF (docs/payouts.md, formats). */
export async function GET(request: Request, { params }: { params: Promise<{ period: string }> }) {
  return statementDownload(request, params, async ({ actor, shopId, period, locale }) => {
    const invoice = await getCommissionInvoice(actor, shopId, period);
    return {
      body: await renderInvoicePdf(invoice, pdfDocumentFormat(locale, invoice.currency)),
      contentType: "application/pdf",
      fileName: `invoice-${invoice.number}.pdf`,
    };
  });
}
