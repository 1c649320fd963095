import "server-only";
import type { InvoiceParty } from "./invoice-schema";
import { invoiceLineLabel, type DocumentFormat } from "./document-format";
import { CONTENT_WIDTH, heading, paragraph, renderPdf, row, twoBlocks, type Column } from "./pdf-document";
import type { InvoiceLine } from "./statement-arithmetic";

export type InvoiceDocument = {
  number: string;
  kind: "INVOICE" | "CREDIT_NOTE";
  periodStart: Date;
  periodEnd: Date;
  issuedAt: Date;
  lines: InvoiceLine[];
  amountExclVat: number;
  vatRateBps: number;
  vatAmount: number;
  totalAmount: number;
  seller: InvoiceParty;
  buyer: InvoiceParty;
};

/** The party's lines as printed: legal name, trade name when different, address, numbers. */
export function partyLines(party: InvoiceParty, f: DocumentFormat): string[] {
  return [
    party.name,
    party.tradeName !== party.name ? party.tradeName : "",
    ...party.address.split("\n"),
    party.registrationNumber ? f.t("statements.invoice.registration", { value: party.registrationNumber }) : "",
    party.vatNumber ? f.t("statements.invoice.vatNumber", { value: party.vatNumber }) : "",
  ].filter(Boolean);
}

const COLUMNS: Column[] = [
  { width: CONTENT_WIDTH - 3 * 85 },
  { width: 85, align: "right" },
  { width: 85, align: "right" },
  { width: 85, align: "right" },
];

/** A commission invoice (or credit note) as a PDF, in the reader's language (docs/payouts.md, invoices). */
export function renderInvoicePdf(
  invoice: InvoiceDocument,
  f: DocumentFormat,
  options: { compress?: boolean } = {},
): Promise<Buffer> {
  const { t } = f;
  const title =
    invoice.kind === "CREDIT_NOTE"
      ? t("statements.invoice.creditNoteTitle", { number: invoice.number })
      : t("statements.invoice.invoiceTitle", { number: invoice.number });
  return renderPdf(
    { title, author: invoice.seller.name },
    (doc) => {
      heading(doc, title, 18);
      paragraph(doc, t("statements.invoice.issued", { date: f.date(invoice.issuedAt) }));
      paragraph(
        doc,
        t("statements.invoice.period", { start: f.date(invoice.periodStart), end: f.lastDay(invoice.periodEnd) }),
      );
      if (invoice.kind === "CREDIT_NOTE") paragraph(doc, t("statements.invoice.creditNoteHint"));
      doc.moveDown(1);
      twoBlocks(
        doc,
        { title: t("statements.invoice.seller"), lines: partyLines(invoice.seller, f) },
        { title: t("statements.invoice.buyer"), lines: partyLines(invoice.buyer, f) },
      );
      row(
        doc,
        COLUMNS,
        [
          t("statements.invoice.description"),
          t("statements.invoice.amountExclVat"),
          t("statements.invoice.vat"),
          t("statements.invoice.amountInclVat"),
        ],
        { bold: true },
      );
      for (const line of invoice.lines)
        row(doc, COLUMNS, [
          invoiceLineLabel(line, f),
          f.money(line.amountExclVat),
          f.money(line.vatAmount),
          f.money(line.amountExclVat + line.vatAmount),
        ]);
      doc.moveDown(1);
      const totals: Column[] = [{ width: CONTENT_WIDTH - 120 }, { width: 120, align: "right" }];
      row(doc, totals, [t("statements.invoice.totalExclVat"), f.money(invoice.amountExclVat)]);
      row(doc, totals, [
        t("statements.invoice.totalVat", { rate: f.rate(invoice.vatRateBps) }),
        f.money(invoice.vatAmount),
      ]);
      row(doc, totals, [t("statements.invoice.totalInclVat"), f.money(invoice.totalAmount)], { bold: true });
      doc.moveDown(1);
      paragraph(doc, t("statements.invoice.settled"));
    },
    options,
  );
}
