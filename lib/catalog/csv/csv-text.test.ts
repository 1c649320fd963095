import { describe, expect, it } from "vitest";
import { matchHeaders } from "./columns";
import { catalogTemplateCsv } from "./csv-text";
import { decodeCsv } from "./decode-csv";
import { validateRows } from "./validate-rows";

describe("catalogTemplateCsv", () => {
  it.each(["fr", "en"] as const)("is a valid import file in %s", (locale) => {
    const decoded = decodeCsv(new TextEncoder().encode(catalogTemplateCsv(locale)));
    if (!decoded.ok) throw new Error("template unreadable");
    const headers = matchHeaders(decoded.headers);
    if (!headers.ok) throw new Error("template headers refused");
    const context = {
      existing: new Map(),
      categories: new Map(),
      categorySlugById: new Map(),
      shippingClasses: new Map(),
      shippingClassNameById: new Map(),
    };
    const result = validateRows(headers.columns, decoded.rows, context, decoded.headers.length);
    expect(result.errors).toEqual([]);
    expect(result.planned.map((row) => row.data.priceAmount)).toEqual([450, 2890]);
  });
});
