// Validates a SEPA file against the pain.001.001.03 schema (README.md beside it) with libxml2's
// xmllint compiled to WebAssembly: the same check a bank's front end makes (docs/payouts.md, SEPA).
import { readFileSync } from "node:fs";
import path from "node:path";
import { validateXML } from "xmllint-wasm";

const XSD = readFileSync(path.join(import.meta.dirname, "pain.001.001.03.xsd"), "utf8");

export async function validatePain001(xml: string): Promise<{ valid: boolean; errors: string[] }> {
  const result = await validateXML({
    xml: { fileName: "batch.xml", contents: xml },
    schema: { fileName: "pain.001.001.03.xsd", contents: XSD },
  });
  return { valid: result.valid, errors: result.errors.map((error) => error.message) };
}
