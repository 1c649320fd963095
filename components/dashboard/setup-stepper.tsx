"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useT } from "@/lib/i18n/client";
import type { OnboardingStep } from "@/lib/onboarding/steps";

export type SetupStepLink = { href: string; step: OnboardingStep; number: number; done: boolean };

/**
 * The onboarding steps as an ordered list of links: any step can be opened (the wizard can be
 * left and resumed); the current one is aria-current="step", completed ones say so in words.
 */
export function SetupStepper({ steps }: { steps: SetupStepLink[] }) {
  const t = useT();
  const pathname = usePathname();
  return (
    <nav aria-label={t("onboarding.stepsLabel")} className="mb-6">
      <ol className="flex gap-2 overflow-x-auto pb-2 lg:flex-wrap">
        {steps.map((step) => {
          const current = pathname === step.href;
          return (
            <li key={step.href} className="shrink-0">
              <Link
                href={step.href}
                aria-current={current ? "step" : undefined}
                className={`relative flex min-h-11 items-center gap-2 rounded-lg border px-3 py-2 text-sm font-medium ${
                  current
                    ? "border-brand-700 bg-brand-50 text-brand-800"
                    : "border-stone-300 bg-white text-stone-700 hover:bg-stone-100"
                }`}
              >
                <span
                  aria-hidden="true"
                  className={`flex size-6 items-center justify-center rounded-full text-xs ${step.done ? "bg-brand-700 text-white" : "bg-stone-200 text-stone-800"}`}
                >
                  {step.done ? "✓" : step.number}
                </span>
                <span>{t(`onboarding.steps.${step.step}`)}</span>
                {step.done ? <span className="sr-only">({t("onboarding.stepDone")})</span> : null}
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
