import { EscapeClosesMenus } from "./escape-closes-menus";

/**
 * First focusable element of each shell: jumps over the header to the page's content. Every shell
 * renders it once, so it also brings the shell's keyboard habits (Escape closes a menu).
 */
export function SkipLink({ label, target = "main" }: { label: string; target?: string }) {
  return (
    <>
      <a
        href={`#${target}`}
        className="sr-only rounded-md bg-white px-3 py-2 font-medium focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:outline-2 focus:outline-brand-700"
      >
        {label}
      </a>
      <EscapeClosesMenus />
    </>
  );
}
