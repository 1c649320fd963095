import "server-only";
import { partyLines } from "./invoice-pdf";
import type { DocumentFormat } from "./document-format";
import type { MonthlyStatement } from "./monthly-statement";
import { CONTENT_WIDTH, heading, paragraph, renderPdf, row, twoBlocks, type Column } from "./pdf-document";
import { STATEMENT_GROUP_ORDER } from "./statement-arithmetic";

const SUMMARY: Column[] = [{ width: CONTENT_WIDTH - 140 }, { width: 140, align: "right" }];
const PAYOUTS: Column[] = [
  { width: 110 },
  { width: CONTENT_WIDTH - 110 - 120 - 110 },
  { width: 110 },
  { width: 120, align: "right" },
];

/** A shop's monthly statement as a PDF (docs/payouts.md, statements). */
export function renderStatementPdf(
  statement: MonthlyStatement,
  f: DocumentFormat,
  options: { compress?: boolean; now?: Date } = {},
): Promise<Buffer> {
  const { t } = f;
  const title = t("statements.statement.heading", { month: f.month(statement.periodKey) });
  return renderPdf(
    { title, author: statement.marketplace.name },
    (doc) => {
      heading(doc, `${t("statements.pdf.statementTitle")} — ${statement.shop.name}`, 12);
      heading(doc, title, 18);
      paragraph(
        doc,
        t("statements.statement.period", {
          start: f.date(statement.periodStart),
          end: f.lastDay(statement.periodEnd),
        }),
      );
      doc.moveDown(1);
      twoBlocks(
        doc,
        { title: statement.shop.name, lines: partyLines(statement.shop.party, f) },
        { title: statement.marketplace.tradeName, lines: partyLines(statement.marketplace, f) },
      );
      heading(doc, t("statements.statement.summary"), 13);
      row(doc, SUMMARY, [t("statements.statement.openingBalance"), f.money(statement.openingBalance)], { bold: true });
      for (const group of STATEMENT_GROUP_ORDER)
        row(doc, SUMMARY, [t(`statements.statement.groups.${group}`), f.money(statement.movements[group])]);
      row(doc, SUMMARY, [t("statements.statement.net"), f.money(statement.net)]);
      row(doc, SUMMARY, [t("statements.statement.closingBalance"), f.money(statement.closingBalance)], { bold: true });
      doc.moveDown(0.5);
      paragraph(doc, t("statements.statement.entryCount", { count: statement.entryCount }));
      doc.moveDown(1);
      heading(doc, t("statements.statement.payoutsHeading"), 13);
      if (statement.payouts.length === 0) paragraph(doc, t("statements.statement.payoutsEmpty"));
      else {
        row(
          doc,
          PAYOUTS,
          [
            t("statements.statement.payoutDate"),
            t("statements.statement.payoutStatus"),
            t("statements.statement.payoutMethod"),
            t("statements.statement.payoutAmount"),
          ],
          { bold: true },
        );
        for (const payout of statement.payouts)
          row(doc, PAYOUTS, [
            f.date(payout.createdAt),
            t(`statements.statement.payoutStatuses.${payout.status}`, {
              date: f.date(payout.paidAt ?? payout.scheduledFor),
            }),
            t(`statements.statement.payoutMethods.${payout.method}`),
            f.money(payout.amount),
          ]);
      }
      doc.moveDown(1);
      paragraph(doc, t("statements.pdf.generated", { date: f.date(options.now ?? new Date()) }));
    },
    options,
  );
}
