// The layer rules of eslint.config.mjs (docs/architecture.md), proved active: each case lints a
// one-line file placed in a layer and expects the boundary rule to refuse it, or to let it be.
import path from "node:path";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

const RULE = "@typescript-eslint/no-restricted-imports";
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: path.resolve(import.meta.dirname, "../..") });
});

/** The boundary errors of `code` if it were the file at `filePath`. */
async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\n\nexport const used = imported;\n`, { filePath });
  expect(result.messages.filter((message) => message.fatal)).toEqual([]);
  return result.messages.filter((message) => message.ruleId === RULE).map((message) => message.message);
}

describe("layer rules", { timeout: 60_000 }, () => {
  it.each([
    ["lib/example.ts", 'import { imported } from "@/app/(storefront)/cart/actions";', /never import app\//],
    ["lib/cart/example.ts", 'import { imported } from "../../app/(storefront)/cart/actions";', /never import app\//],
    ["lib/example.ts", 'import { imported } from "@/components/cart/add-to-cart-form";', /never import components\//],
    ["lib/cart/example.ts", 'import { imported } from "../../components/ui/styles";', /never import components\//],
    [
      "components/cart/example.tsx",
      'import { imported } from "@/app/(storefront)/cart/actions";',
      /never import app\//,
    ],
    [
      "components/cart/example.tsx",
      'import { imported } from "../../app/(auth)/sign-out/actions";',
      /never import app\//,
    ],
    ["components/cart/example.tsx", 'import { cookies as imported } from "next/headers";', /cookies or headers/],
    ["components/cart/example.tsx", 'import { db as imported } from "@/lib/db";', /No Prisma/],
    ["components/cart/example.tsx", 'import { Prisma as imported } from "@prisma/client";', /No Prisma/],
    ["components/cart/example.tsx", 'import { getActor as imported } from "@/lib/auth/session";', /server-only/],
    [
      "components/cart/example.tsx",
      'import { getViewerLocation as imported } from "@/lib/location/get-viewer-location";',
      /server-only/,
    ],
    ["components/cart/example.tsx", 'import { imported } from "../../lib/auth/session";', /through "@\/lib/],
    ["app/example/page.tsx", 'import { db as imported } from "@/lib/db";', /No Prisma/],
    ["emails/example.ts", 'import { imported } from "@/app/(storefront)/cart/actions";', /never import app\//],
  ])("refuses in %s: %s", async (filePath, code, reason) => {
    expect(await boundaryErrors(filePath, code)).toContainEqual(expect.stringMatching(reason));
  });

  it.each([
    ["components/cart/example.tsx", 'import { formatMoney as imported } from "@/lib/money/format-money";'],
    ["components/cart/example.tsx", 'import type { CartShopGroup as imported } from "@/lib/cart/load-cart";'],
    ["components/cart/example.tsx", 'import { imported } from "@/components/ui/styles";'],
    ["app/(storefront)/cart/page.tsx", 'import { CartLineItem as imported } from "@/components/cart/cart-line-item";'],
    ["app/(storefront)/cart/page.tsx", 'import { imported } from "@/app/(storefront)/cart/actions";'],
    ["app/(storefront)/cart/page.tsx", 'import { getActor as imported } from "@/lib/auth/session";'],
    ["lib/cart/example.ts", 'import { db as imported } from "@/lib/db";'],
    ["lib/cart/example.ts", 'import { imported } from "../errors";'],
  ])("allows in %s: %s", async (filePath, code) => {
    expect(await boundaryErrors(filePath, code)).toEqual([]);
  });
});
