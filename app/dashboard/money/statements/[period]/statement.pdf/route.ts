import { pdfDocumentFormat } from "@/lib/statements/document-format";
import { getMonthlyStatement } from "@/lib/statements/monthly-statement";
import { renderStatementPdf } from "@/lib/statements/statement-pdf";
import { statementDownload } from "../../statement-request";

/** GET: the month's statement as a PDF (docs/payouts.md, formats). */
export async function GET(request: Request, { params }: { params: Promise<{ period: string }> }) {
  return statementDownload(request, params, async ({ actor, shopId, period, locale }) => {
    const statement = await getMonthlyStatement(actor, shopId, period);
    return {
      body: await renderStatementPdf(statement, pdfDocumentFormat(locale, statement.currency)),
      contentType: "application/pdf",
      fileName: `statement-${statement.periodKey}.pdf`,
    };
  });
}
