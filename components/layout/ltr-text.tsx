/**
 * A phone number, an IBAN, a code or an address that keeps its left to right order inside
 * right to left text (docs/i18n.md, "Bidi isolation"): `dir="ltr"` isolates it (unicode-bidi:
 * isolate), so "+33 5 46 99 12 34" does not come out as "34 12 99 46 5 33+" in a Persian page.
 */
export function LtrText({ children, className }: { children: React.ReactNode; className?: string }) {
  return (
    <span dir="ltr" className={`[unicode-bidi:isolate] ${className ?? ""}`.trim()}>
      {children}
    </span>
  );
}
