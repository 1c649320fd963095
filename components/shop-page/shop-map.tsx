"use client";

import "leaflet/dist/leaflet.css";
import { useEffect, useRef } from "react";

type ShopMapProps = {
  latitude: number;
  longitude: number;
  /** accessible name of the map area */
  label: string;
  /** shown until the map loads, and for good without JavaScript */
  fallback: string;
  attribution: string;
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
export function ShopMap({ latitude, longitude, label, fallback, attribution }: ShopMapProps) {
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let cancelled = false;
    let map: import("leaflet").Map | undefined;
    import("leaflet").then(
      (L) => {
        if (cancelled || !container.current) return;
        map = L.map(container.current, { scrollWheelZoom: false, attributionControl: true }).setView(
          [latitude, longitude],
          16,
        );
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
  }, [latitude, longitude, attribution]);

  // Leaflet owns the inner element; React only renders the frame and the fallback beneath it.
  return (
    <div
      role="region"
      aria-label={label}
      className="relative isolate h-56 w-full overflow-hidden rounded-lg border border-stone-200 bg-stone-100"
    >
      <p className="absolute inset-0 flex items-center justify-center p-4 text-center text-sm text-stone-600">
        {fallback}
      </p>
      <div ref={container} data-testid="shop-map" className="absolute inset-0" />
    </div>
  );
}
