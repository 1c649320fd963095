"use client";

import "leaflet/dist/leaflet.css";
import { useEffect, useRef } from "react";
import { mapMotionOptions } from "@/components/ui/reduced-motion";
import { MAP_CONTROL_OPTIONS, addMapControls, useMapControls } from "@/components/layout/map-controls";
import type { Map as LeafletMap, Marker } from "leaflet";
import { useT } from "@/lib/i18n/client";

type LocationPickerProps = {
  latitude: number | null;
  longitude: number | null;
  onMove: (latitude: number, longitude: number) => void;
};

const FRANCE = { center: [46.6, 2.4] as [number, number], zoom: 5 };
const PLACED_ZOOM = 15;
const round = (value: number) => Math.round(value * 1e6) / 1e6;

// The pin is drawn in SVG (a divIcon), so no image from Leaflet's package has to be served.
const PIN_HTML =
  '<svg viewBox="0 0 24 36" width="30" height="45" aria-hidden="true"><path d="M12 0C5.4 0 0 5.4 0 12c0 9 12 24 12 24s12-15 12-24C24 5.4 18.6 0 12 0z" fill="#15803d" stroke="#fff" stroke-width="2"/><circle cx="12" cy="12" r="4.5" fill="#fff"/></svg>';

/**
 * An OpenStreetMap map with a draggable pin (Leaflet, loaded in the browser only). Dragging the
 * pin or clicking the map reports the new position; the coordinates inputs next to it stay the
 * keyboard and no-JavaScript way, and the page works when tiles cannot load.
 */
export function LocationPicker({ latitude, longitude, onMove }: LocationPickerProps) {
  const t = useT();
  const controls = useMapControls();
  const labels = {
    pin: t("onboarding.location.pinLabel"),
    attribution: t("onboarding.location.mapAttribution"),
    controls,
  };
  const containerRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<LeafletMap | null>(null);
  const markerRef = useRef<Marker | null>(null);
  const onMoveRef = useRef(onMove);
  const placeRef = useRef<(lat: number, lng: number, recenter: boolean) => void>(() => {});
  const latest = useRef({ latitude, longitude, labels });

  useEffect(() => {
    onMoveRef.current = onMove;
    latest.current = { latitude, longitude, labels };
  });

  useEffect(() => {
    let cancelled = false;
    void import("leaflet").then(({ default: L }) => {
      if (cancelled || !containerRef.current) return;
      const { latitude: lat, longitude: lng, labels: text } = latest.current;
      const known = lat !== null && lng !== null;
      const map = L.map(containerRef.current, {
        scrollWheelZoom: false,
        ...MAP_CONTROL_OPTIONS,
        ...mapMotionOptions(),
      }).setView(known ? [lat, lng] : FRANCE.center, known ? PLACED_ZOOM : FRANCE.zoom);
      addMapControls(L, map, text.controls);
      L.tileLayer("https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png", {
        maxZoom: 19,
        attribution: `<a href="https://www.openstreetmap.org/copyright">${text.attribution}</a>`,
      }).addTo(map);
      const icon = L.divIcon({ html: PIN_HTML, className: "", iconSize: [30, 45], iconAnchor: [15, 45] });

      const place = (pinLat: number, pinLng: number, recenter: boolean) => {
        if (!markerRef.current) {
          const marker = L.marker([pinLat, pinLng], {
            draggable: true,
            icon,
            title: text.pin,
            alt: text.pin,
            keyboard: true,
          }).addTo(map);
          marker.on("dragend", () => {
            const point = marker.getLatLng();
            onMoveRef.current(round(point.lat), round(point.lng));
          });
          markerRef.current = marker;
        } else {
          markerRef.current.setLatLng([pinLat, pinLng]);
        }
        if (recenter) map.setView([pinLat, pinLng], Math.max(map.getZoom(), 13));
      };
      if (known) place(lat, lng, false);
      map.on("click", (event) => {
        place(event.latlng.lat, event.latlng.lng, false);
        onMoveRef.current(round(event.latlng.lat), round(event.latlng.lng));
      });
      placeRef.current = place;
      mapRef.current = map;
    });
    return () => {
      cancelled = true;
      mapRef.current?.remove();
      mapRef.current = null;
      markerRef.current = null;
    };
  }, []);

  // Coordinates changed from outside (a town chosen, the inputs edited): move the pin there.
  useEffect(() => {
    if (latitude === null || longitude === null || !mapRef.current) return;
    const current = markerRef.current?.getLatLng();
    if (current && round(current.lat) === latitude && round(current.lng) === longitude) return;
    placeRef.current(latitude, longitude, true);
  }, [latitude, longitude]);

  return (
    <div className="flex flex-col gap-2">
      <div
        ref={containerRef}
        dir="ltr"
        role="region"
        aria-label={t("onboarding.location.mapLabel")}
        className="relative z-0 h-72 w-full overflow-hidden rounded-lg border border-stone-300 bg-stone-100 sm:h-96"
      />
      {latitude === null || longitude === null ? (
        <p className="text-sm text-stone-600">{t("onboarding.location.noPosition")}</p>
      ) : null}
    </div>
  );
}
