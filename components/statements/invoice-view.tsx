import type { CommissionInvoiceView } from "@/lib/statements/get-commission-invoice";
import { invoiceLineLabel, type DocumentFormat } from "@/lib/statements/document-format";
import type { InvoiceParty } from "@/lib/statements/invoice-schema";

function Party({ title, party, f }: { title: string; party: InvoiceParty; f: DocumentFormat }) {
  return (
    <div>
      <h4 className="font-semibold">{title}</h4>
      <p className="whitespace-pre-line">
        {[party.name, party.tradeName !== party.name ? party.tradeName : "", party.address].filter(Boolean).join("\n")}
      </p>
      {party.registrationNumber ? (
        <p>{f.t("statements.invoice.registration", { value: party.registrationNumber })}</p>
      ) : null}
      {party.vatNumber ? <p>{f.t("statements.invoice.vatNumber", { value: party.vatNumber })}</p> : null}
    </div>
  );
}

/** A commission invoice or credit note as issued (docs/payouts.md, invoices): parties, lines, totals. */
export function InvoiceView({ invoice, f }: { invoice: CommissionInvoiceView; f: DocumentFormat }) {
  const { t } = f;
  const title =
    invoice.kind === "CREDIT_NOTE"
      ? t("statements.invoice.creditNoteTitle", { number: invoice.number })
      : t("statements.invoice.invoiceTitle", { number: invoice.number });
  return (
    <article
      aria-labelledby="invoice-title"
      className="grid gap-4 rounded-xl border border-stone-200 bg-white p-4 print:break-before-page print:border-0 print:p-0"
    >
      <header>
        <h3 id="invoice-title" className="text-lg font-semibold">
          {title}
        </h3>
        <p className="text-stone-600">{t("statements.invoice.issued", { date: f.date(invoice.issuedAt) })}</p>
        <p className="text-stone-600">
          {t("statements.invoice.period", { start: f.date(invoice.periodStart), end: f.lastDay(invoice.periodEnd) })}
        </p>
        {invoice.kind === "CREDIT_NOTE" ? <p className="mt-1">{t("statements.invoice.creditNoteHint")}</p> : null}
      </header>
      <div className="grid gap-4 sm:grid-cols-2">
        <Party title={t("statements.invoice.seller")} party={invoice.seller} f={f} />
        <Party title={t("statements.invoice.buyer")} party={invoice.buyer} f={f} />
      </div>
      <ul className="grid gap-2" aria-label={t("statements.invoice.description")}>
        {invoice.lines.map((line, index) => (
          <li key={index} className="border-t border-stone-200 pt-2">
            <p>{invoiceLineLabel(line, f)}</p>
            <p className="flex flex-wrap justify-end gap-x-4 text-sm tabular-nums">
              <span>
                {t("statements.invoice.amountExclVat")} {f.money(line.amountExclVat)}
              </span>
              <span>
                {t("statements.invoice.vat")} {f.money(line.vatAmount)}
              </span>
              <span className="font-medium">
                {t("statements.invoice.amountInclVat")} {f.money(line.amountExclVat + line.vatAmount)}
              </span>
            </p>
          </li>
        ))}
      </ul>
      <dl className="grid gap-1 border-t border-stone-300 pt-2">
        <div className="flex justify-between gap-4">
          <dt>{t("statements.invoice.totalExclVat")}</dt>
          <dd className="tabular-nums">{f.money(invoice.amountExclVat)}</dd>
        </div>
        <div className="flex justify-between gap-4">
          <dt>{t("statements.invoice.totalVat", { rate: f.rate(invoice.vatRateBps) })}</dt>
          <dd className="tabular-nums">{f.money(invoice.vatAmount)}</dd>
        </div>
        <div className="flex justify-between gap-4 text-lg font-bold">
          <dt>{t("statements.invoice.totalInclVat")}</dt>
          <dd className="tabular-nums" data-testid="invoice-total">
            {f.money(invoice.totalAmount)}
          </dd>
        </div>
      </dl>
      <p className="text-sm text-stone-600">{t("statements.invoice.settled")}</p>
    </article>
  );
}
