/** Whether the viewer asked their system for less motion (prefers-reduced-motion). Browser only. */
export function prefersReducedMotion(): boolean {
  return typeof window !== "undefined" && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
}

/**
 * Leaflet's animation options for a map: zooming, panning and fading jump straight to their end
 * when the viewer prefers reduced motion (the CSS rule in app/globals.css stops the rest).
 */
export function mapMotionOptions() {
  const animate = !prefersReducedMotion();
  return { zoomAnimation: animate, fadeAnimation: animate, markerZoomAnimation: animate, inertia: animate };
}
