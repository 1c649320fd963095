"use client";

import type * as Leaflet from "leaflet";
import { textDirection } from "@/lib/i18n/config";
import { useLocale, useT } from "@/lib/i18n/client";
import "./map-controls.css";

/** What a map's own controls need from the page: their labels, and the side they sit on. */
export type MapControls = { zoomIn: string; zoomOut: string; rtl: boolean };

/** The options every Leaflet map of Halle is created with: its controls are added by addMapControls. */
export const MAP_CONTROL_OPTIONS = { zoomControl: false } as const;

/**
 * The labels of a map's controls in the page's language, and its direction (docs/i18n.md,
 * "Right to left"). Plain strings, so an effect can list them as dependencies.
 */
export function useMapControls(): MapControls {
  const t = useT();
  const locale = useLocale();
  return { zoomIn: t("common.map.zoomIn"), zoomOut: t("common.map.zoomOut"), rtl: textDirection(locale) === "rtl" };
}

/**
 * Adds the zoom buttons at the reading start (top left, top right in a right to left page) with
 * the page's words, and moves the attribution to the reading end. The map's tiles stay left to
 * right: the container it is drawn in carries dir="ltr".
 */
export function addMapControls(L: typeof Leaflet, map: Leaflet.Map, { zoomIn, zoomOut, rtl }: MapControls) {
  L.control.zoom({ position: rtl ? "topright" : "topleft", zoomInTitle: zoomIn, zoomOutTitle: zoomOut }).addTo(map);
  map.attributionControl?.setPosition(rtl ? "bottomleft" : "bottomright");
}
