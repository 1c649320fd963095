"use client";

import { useRef, useState, useSyncExternalStore } from "react";
import { inputBase, secondaryButton } from "@/components/ui/styles";
import { useT } from "@/lib/i18n/client";

const noSubscription = () => () => {};

/**
 * A link to share, in a read-only field that selects itself on focus, with a Copy button once
 * JavaScript runs (without it, the hint says to select the link and copy it). Give it a `key` of
 * its value so a new link starts without the last one's "copied".
 */
export function CopyField({ id, label, value }: { id: string; label: string; value: string }) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<"idle" | "copied" | "failed">("idle");
  // The button only works with JavaScript: it appears once the component has hydrated.
  const scripted = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setOutcome("copied");
    } catch (error) {
      // No clipboard permission (an insecure origin, a refusal): the link is selected instead.
      console.warn("copy failed", error);
      input.current?.select();
      setOutcome("failed");
    }
  }

  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      <div className="flex flex-col gap-2 sm:flex-row">
        <input
          ref={input}
          id={id}
          type="text"
          readOnly
          value={value}
          aria-describedby={`${id}-hint`}
          onFocus={(event) => event.currentTarget.select()}
          className={`${inputBase} min-w-0 flex-1 font-mono text-sm`}
        />
        {scripted ? (
          <button type="button" onClick={copy} className={secondaryButton}>
            {t("ambassadors.copy.button")}
          </button>
        ) : null}
      </div>
      <p id={`${id}-hint`} role="status" className="text-sm text-stone-600">
        {outcome === "copied"
          ? t("ambassadors.copy.copied")
          : outcome === "failed"
            ? t("ambassadors.copy.failed")
            : scripted
              ? ""
              : t("ambassadors.copy.fallback")}
      </p>
    </div>
  );
}
