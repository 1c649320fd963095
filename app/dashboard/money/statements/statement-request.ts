import "server-only";
import { appErrorResponse } from "@/lib/app-error-response";
import type { Actor } from "@/lib/auth/actor";
import { getActor } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/catalogues";
import type { Locale } from "@/lib/i18n/config";
import { getLocale } from "@/lib/i18n/server";
import type { Translate } from "@/lib/i18n/translate";
import { getDashboardShop } from "@/lib/shops/get-dashboard-shop";

/**
 * The shop a statements page or download is about: `?shop=` when given (a vendor with several
 * shops, links carry it), else the dashboard's current shop. The domain functions check that it
 * is the actor's own.
 */
export async function statementShopId(actor: Actor, shopParam: string | null | undefined): Promise<string | null> {
  if (shopParam) return shopParam;
  return (await getDashboardShop(actor))?.id ?? null;
}

export function statementHref(periodKey: string, shopId: string, file?: string): string {
  const base = `/dashboard/money/statements/${periodKey}`;
  return `${file ? `${base}/${file}` : base}?shop=${encodeURIComponent(shopId)}`;
}

/**
 * A statement download (PDF or CSV): the owner's only — anyone else, an operator or a signed-out
 * visitor included, gets an empty 404, as for a month or shop that does not exist.
 */
export async function statementDownload(
  request: Request,
  params: Promise<{ period: string }>,
  build: (input: {
    actor: Actor;
    shopId: string;
    period: string;
    locale: Locale;
    t: Translate;
  }) => Promise<{ body: Uint8Array | string; contentType: string; fileName: string }>,
): Promise<Response> {
  const notFound = () => new Response(null, { status: 404, headers: { "Cache-Control": "no-store" } });
  try {
    const actor = await getActor();
    if (!actor || actor.role !== "VENDOR") return notFound();
    const shopId = await statementShopId(actor, new URL(request.url).searchParams.get("shop"));
    if (!shopId) return notFound();
    const locale = await getLocale();
    const { period } = await params;
    const file = await build({ actor, shopId, period, locale, t: getTranslator(locale) });
    return new Response(typeof file.body === "string" ? file.body : new Uint8Array(file.body), {
      headers: {
        "Content-Type": file.contentType,
        "Content-Disposition": `attachment; filename="${file.fileName}"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    const refused = appErrorResponse(error);
    if (refused) return notFound();
    throw error;
  }
}
