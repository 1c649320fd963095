import { isTestMode } from "@/lib/config/production-mode";
import { getT } from "@/lib/i18n/server";

/**
 * On every page while the marketplace runs the visible test mode (production with
 * HALLE_TEST_PAYMENTS=1, docs/security.md): payments are simulated and orders marked test.
 */
export async function TestModeBanner() {
  if (!isTestMode(process.env)) return null;
  const { t } = await getT();
  return (
    <p
      role="note"
      className="border-b-2 border-amber-500 bg-amber-100 px-4 py-2 text-center font-semibold text-amber-950"
    >
      {t("security.production.testModeBanner")}
    </p>
  );
}
