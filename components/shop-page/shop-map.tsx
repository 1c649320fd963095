"use client";

import "leaflet/dist/leaflet.css";
import { useEffect, useRef } from "react";
import { useT } from "@/lib/i18n/client";
import { mapMotionOptions } from "@/components/ui/reduced-motion";
import { MAP_CONTROL_OPTIONS, addMapControls, useMapControls } from "@/components/layout/map-controls";

type ShopMapProps = {
  latitude: number;
  longitude: number;
  /** the shop's name, in the map area's accessible name */
  shopName: string;
};

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c,
  );
}

/**
 * A small OpenStreetMap map with the shop's position. Leaflet is loaded in the browser only;
 * without JavaScript or tiles the area keeps its fallback text, and the page's address and
 * "Open in OpenStreetMap" link remain.
 */
export function ShopMap({ latitude, longitude, shopName }: ShopMapProps) {
  const t = useT();
  const attribution = t("shopPage.address.mapAttribution");
  const { zoomIn, zoomOut, rtl } = useMapControls();
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let cancelled = false;
    let map: import("leaflet").Map | undefined;
    import("leaflet").then(
      (L) => {
        if (cancelled || !container.current) return;
        map = L.map(container.current, {
          scrollWheelZoom: false,
          attributionControl: true,
          ...MAP_CONTROL_OPTIONS,
          ...mapMotionOptions(),
        }).setView([latitude, longitude], 16);
        addMapControls(L, map, { zoomIn, zoomOut, rtl });
        L.tileLayer("https://tile.openstreetmap.org/{z}/{x}/{y}.png", {
          maxZoom: 19,
          attribution: `<a href="https://www.openstreetmap.org/copyright" rel="noopener noreferrer">${escapeHtml(attribution)}</a>`,
        }).addTo(map);
        // A vector marker: no image files to serve for Leaflet's default pin.
        L.circleMarker([latitude, longitude], {
          radius: 9,
          color: "#ffffff",
          weight: 3,
          fillColor: "#b45309",
          fillOpacity: 1,
        }).addTo(map);
      },
      (error: unknown) => console.error("shop map failed to load", error),
    );
    return () => {
      cancelled = true;
      map?.remove();
    };
  }, [latitude, longitude, attribution, zoomIn, zoomOut, rtl]);

  // Leaflet owns the inner element; React only renders the frame and the fallback beneath it.
  return (
    <div
      role="region"
      aria-label={t("shopPage.address.map", { shop: shopName })}
      className="relative isolate h-56 w-full overflow-hidden rounded-lg border border-stone-200 bg-stone-100"
    >
      <p className="absolute inset-0 flex items-center justify-center p-4 text-center text-sm text-stone-600">
        {/* shown until the map loads, and for good without JavaScript */}
        {t("shopPage.address.mapLoading")}
      </p>
      {/* Tiles and their positions stay left to right in a right to left page; the controls follow the page. */}
      <div ref={container} dir="ltr" data-testid="shop-map" className="absolute inset-0" />
    </div>
  );
}
