import Link from "next/link";
import type { Translate } from "@/lib/i18n/translate";
import type { ViewerLocation } from "@/lib/location/viewer-location";
import { PinIcon } from "./icons";

/**
 * The header's location chip: where the shopper is (or an invitation to say so), links to
 * /location. The layout reads the location (lib/location) and passes it.
 */
export function LocationLink({ location, t }: { location: ViewerLocation | null; t: Translate }) {
  const label = location ? (location.source === "device" ? t("discovery.location.myPosition") : location.label) : null;
  return (
    <Link
      href="/location"
      aria-label={label ? t("discovery.location.headerChange", { label }) : undefined}
      className="inline-flex min-h-11 max-w-[60%] min-w-0 items-center gap-1 rounded-full border border-stone-300 px-3 hover:bg-stone-100"
    >
      <PinIcon />
      <span className="truncate">{label ?? t("header.location")}</span>
    </Link>
  );
}
