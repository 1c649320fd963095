// Shared class lists, so every control gets the same sizes. The focus ring is one rule for every
// focusable element in app/globals.css (:focus-visible), not a class repeated on each of them.

export const primaryButton =
  "inline-flex min-h-11 items-center justify-center rounded-lg bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:cursor-not-allowed disabled:opacity-60";

export const secondaryButton =
  "inline-flex min-h-11 items-center justify-center rounded-lg border border-stone-300 bg-white px-4 py-2 font-medium text-stone-900 hover:bg-stone-100";

export const dangerButton =
  "inline-flex min-h-11 items-center justify-center rounded-lg bg-red-700 px-4 py-2 font-medium text-white hover:bg-red-800 disabled:cursor-not-allowed disabled:opacity-60";

export const textLink = "rounded-sm font-medium text-brand-700 underline underline-offset-2 hover:text-brand-800";

export const inputBase =
  "block w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-base text-stone-900 placeholder:text-stone-500 aria-invalid:border-red-700";
