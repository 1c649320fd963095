import "server-only";
import PDFDocument from "pdfkit";

// Shared drawing of the statement and invoice PDFs (docs/payouts.md, formats): A4, the standard
// Helvetica fonts (no font file to ship), text in WinAnsi — which has "€" and accents but not the
// narrow no-break space Intl puts in French amounts, so that one becomes a no-break space.

export type Pdf = InstanceType<typeof PDFDocument>;
export type Column = { width: number; align?: "left" | "right" };

const MARGIN = 50;
export const CONTENT_WIDTH = 595.28 - 2 * MARGIN;

/** Text as the standard fonts can write it. */
export function pdfText(text: string): string {
  return text.replace(/[\u202F\u2009]/g, "\u00A0").replace(/[\u2018\u2019]/g, "'");
}

/** Draws a document and returns its bytes. `compress: false` leaves the content streams readable (tests). */
export function renderPdf(
  info: { title: string; author: string },
  draw: (doc: Pdf) => void,
  options: { compress?: boolean } = {},
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: "A4",
      margin: MARGIN,
      compress: options.compress ?? true,
      info: { Title: pdfText(info.title), Author: pdfText(info.author) },
    });
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
    try {
      doc.font("Helvetica");
      draw(doc);
      doc.end();
    } catch (error) {
      reject(error);
    }
  });
}

export function heading(doc: Pdf, text: string, size = 16) {
  doc.font("Helvetica-Bold").fontSize(size).text(pdfText(text), MARGIN, doc.y, { width: CONTENT_WIDTH });
  doc.font("Helvetica").fontSize(10).moveDown(0.5);
}

export function paragraph(doc: Pdf, text: string) {
  doc.font("Helvetica").fontSize(10).text(pdfText(text), MARGIN, doc.y, { width: CONTENT_WIDTH });
}

/** Two blocks of lines side by side (seller and buyer, shop and marketplace). */
export function twoBlocks(
  doc: Pdf,
  left: { title: string; lines: string[] },
  right: { title: string; lines: string[] },
) {
  const top = doc.y;
  const width = CONTENT_WIDTH / 2 - 10;
  const block = (x: number, { title, lines }: { title: string; lines: string[] }) => {
    doc.font("Helvetica-Bold").fontSize(10).text(pdfText(title), x, top, { width });
    doc.font("Helvetica").fontSize(10);
    for (const line of lines.filter(Boolean)) doc.text(pdfText(line), x, doc.y, { width });
    return doc.y;
  };
  const bottom = Math.max(block(MARGIN, left), block(MARGIN + CONTENT_WIDTH / 2 + 10, right));
  doc.x = MARGIN;
  doc.y = bottom;
  doc.moveDown(1);
}

/** A table row; a new page when the row would not fit. */
export function row(doc: Pdf, columns: readonly Column[], cells: readonly string[], options: { bold?: boolean } = {}) {
  doc.font(options.bold ? "Helvetica-Bold" : "Helvetica").fontSize(10);
  const heights = cells.map((cell, i) => doc.heightOfString(pdfText(cell), { width: columns[i].width - 6 }));
  const height = Math.max(...heights, 12) + 6;
  if (doc.y + height > doc.page.height - MARGIN) doc.addPage();
  const top = doc.y;
  let x = MARGIN;
  cells.forEach((cell, i) => {
    doc.text(pdfText(cell), x, top + 3, { width: columns[i].width - 6, align: columns[i].align ?? "left" });
    x += columns[i].width;
  });
  doc
    .moveTo(MARGIN, top + height)
    .lineTo(MARGIN + CONTENT_WIDTH, top + height)
    .lineWidth(0.5)
    .strokeColor("#cccccc")
    .stroke();
  doc.x = MARGIN;
  doc.y = top + height;
}
