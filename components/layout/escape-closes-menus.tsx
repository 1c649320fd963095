"use client";

import { useEffect } from "react";

/**
 * Escape closes the open disclosure (<details>: the account menu, quick edit, a confirmation) that
 * holds the focus, and puts the focus back on its summary, as a menu does (WAI-ARIA APG,
 * "Disclosure" and "Menu button"). Native <dialog> elements close on Escape by themselves.
 */
export function EscapeClosesMenus() {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || event.defaultPrevented) return;
      const active = document.activeElement;
      const details = active instanceof Element ? active.closest("details[open]") : null;
      if (!(details instanceof HTMLDetailsElement)) return;
      details.open = false;
      details.querySelector<HTMLElement>(":scope > summary")?.focus();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);
  return null;
}
