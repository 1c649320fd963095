"use client";

import "leaflet/dist/leaflet.css";
import { useEffect, useRef } from "react";
import { useT } from "@/lib/i18n/client";
import { mapMotionOptions } from "@/components/ui/reduced-motion";
import { MAP_CONTROL_OPTIONS, addMapControls, useMapControls } from "@/components/layout/map-controls";

export type MapShop = { slug: string; name: string; latitude: number; longitude: number };

type ShopsMapProps = {
  shops: MapShop[];
  /** the viewer's position, drawn differently */
  viewer: { latitude: number; longitude: number } | null;
};

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c,
  );
}

/**
 * The directory's OpenStreetMap map, one marker per shop of the page (each opens a popup linking to
 * the shop). Leaflet is imported in the browser only, after the page is shown; the list beside it is
 * the accessible, JavaScript-free way to the same shops.
 */
export function ShopsMap({ shops, viewer }: ShopsMapProps) {
  const t = useT();
  const attribution = t("discovery.shops.mapAttribution");
  const openShop = t("discovery.shops.mapOpenShop");
  const { zoomIn, zoomOut, rtl } = useMapControls();
  const container = useRef<HTMLDivElement>(null);
  const key = JSON.stringify([shops, viewer]);

  useEffect(() => {
    const { shops, viewer } = JSON.parse(key) as Pick<ShopsMapProps, "shops" | "viewer">;
    let cancelled = false;
    let map: import("leaflet").Map | undefined;
    import("leaflet").then(
      (L) => {
        if (cancelled || !container.current) return;
        map = L.map(container.current, { scrollWheelZoom: false, ...MAP_CONTROL_OPTIONS, ...mapMotionOptions() });
        addMapControls(L, map, { zoomIn, zoomOut, rtl });
        L.tileLayer("https://tile.openstreetmap.org/{z}/{x}/{y}.png", {
          maxZoom: 19,
          attribution: `<a href="https://www.openstreetmap.org/copyright" rel="noopener noreferrer">${escapeHtml(attribution)}</a>`,
        }).addTo(map);
        const points: [number, number][] = [];
        for (const shop of shops) {
          points.push([shop.latitude, shop.longitude]);
          L.circleMarker([shop.latitude, shop.longitude], {
            radius: 8,
            color: "#ffffff",
            weight: 2,
            fillColor: "#b45309",
            fillOpacity: 1,
          })
            .bindTooltip(`<bdi>${escapeHtml(shop.name)}</bdi>`)
            .bindPopup(
              `<div dir="auto"><strong>${escapeHtml(shop.name)}</strong><br><a href="/shops/${encodeURIComponent(shop.slug)}">${escapeHtml(openShop)}</a></div>`,
            )
            .addTo(map);
        }
        if (viewer) {
          points.push([viewer.latitude, viewer.longitude]);
          L.circleMarker([viewer.latitude, viewer.longitude], {
            radius: 7,
            color: "#ffffff",
            weight: 2,
            fillColor: "#1d4ed8",
            fillOpacity: 1,
          }).addTo(map);
        }
        if (points.length === 0) map.setView([46.6, 2.4], 5);
        else if (points.length === 1) map.setView(points[0], 13);
        else map.fitBounds(L.latLngBounds(points), { padding: [24, 24], maxZoom: 14 });
      },
      (error: unknown) => console.error("shops map failed to load", error),
    );
    return () => {
      cancelled = true;
      map?.remove();
    };
  }, [key, attribution, openShop, zoomIn, zoomOut, rtl]);

  return (
    <div
      role="region"
      aria-label={t("discovery.shops.mapLabel")}
      className="relative isolate h-72 w-full overflow-hidden rounded-xl border border-stone-200 bg-stone-100 lg:h-96"
    >
      <p className="absolute inset-0 flex items-center justify-center p-4 text-center text-sm text-stone-600">
        {t("discovery.shops.mapFallback")}
      </p>
      {/* Tiles and their positions stay left to right in a right to left page; the controls follow the page. */}
      <div ref={container} dir="ltr" data-testid="shops-map" className="absolute inset-0" />
    </div>
  );
}
