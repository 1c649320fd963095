// Identity (KYC) and payout details of the demo shops, so the operator's review pages have
// something real to show: a legal name, a SIRET-like number, a valid IBAN (checksum computed
// here) and, for each shop, a small identity document (a one-page PDF) in the private folder.
import { hashString, seedStore, type SeedFiles } from "./images";

/** A French IBAN with correct ISO 13616 check digits, derived from a seed string. */
export function demoIban(seed: string): string {
  const digits = String(hashString(seed)).padStart(10, "0") + String(hashString(`${seed}/account`)).padStart(10, "0");
  const bban = `30006${digits.slice(0, 5)}${digits.slice(5, 16)}${digits.slice(16, 18).padEnd(2, "7")}`; // bank, branch, account, key
  const numeric = `${bban}FR00`.replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));
  let remainder = 0;
  for (let i = 0; i < numeric.length; i += 7) remainder = Number(String(remainder) + numeric.slice(i, i + 7)) % 97;
  return `FR${String(98 - remainder).padStart(2, "0")}${bban}`;
}

export function demoRegistrationNumber(seed: string): string {
  return (
    String(hashString(`${seed}/siret`))
      .padStart(10, "0")
      .slice(0, 9) + "00017"
  );
}

/** A minimal valid one-page PDF saying whose document it is (demo data, not a real ID). */
export function demoIdentityPdf(holder: string): Buffer {
  const text = `Piece d'identite de demonstration - ${holder.normalize("NFD").replace(/[^\x20-\x7e]/g, "")}`.replace(
    /[()\\]/g,
    "",
  );
  const stream = `BT /F1 14 Tf 40 760 Td (${text}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}

export function identityDocumentKey(slug: string): string {
  return `kyc/demo/${slug}.pdf`;
}

export async function writeIdentityDocument(privateFiles: SeedFiles, slug: string, holder: string): Promise<void> {
  await seedStore(privateFiles, "private").put(identityDocumentKey(slug), demoIdentityPdf(holder), "application/pdf");
}
