// Shared class lists, so every control gets the same visible focus ring and sizes.
export const focusRing =
  "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700";

export const primaryButton =
  `inline-flex min-h-11 items-center justify-center rounded-lg bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:cursor-not-allowed disabled:opacity-60 ${focusRing}`;

export const secondaryButton =
  `inline-flex min-h-11 items-center justify-center rounded-lg border border-stone-300 bg-white px-4 py-2 font-medium text-stone-900 hover:bg-stone-100 ${focusRing}`;

export const dangerButton =
  `inline-flex min-h-11 items-center justify-center rounded-lg bg-red-700 px-4 py-2 font-medium text-white hover:bg-red-800 disabled:cursor-not-allowed disabled:opacity-60 ${focusRing}`;

export const textLink = `font-medium text-brand-700 underline underline-offset-2 hover:text-brand-800 ${focusRing} rounded-sm`;

export const inputBase =
  `block w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-base text-stone-900 placeholder:text-stone-500 aria-invalid:border-red-700 ${focusRing}`;
