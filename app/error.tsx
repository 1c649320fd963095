"use client";

import Link from "next/link";
import { useEffect } from "react";
import { useErrorMessages } from "@/components/errors/error-messages";
import { primaryButton, secondaryButton } from "@/components/ui/styles";

// The generic message for anything unexpected; details stay in the server's logs (error.digest).
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const messages = useErrorMessages();
  useEffect(() => {
    console.error(error);
  }, [error]);
  if (!messages) return null;
  return (
    <main id="main" className="mx-auto flex max-w-xl flex-col items-center px-4 py-16 text-center">
      <h1 className="text-3xl font-bold">{messages.title}</h1>
      <p className="mt-3 text-stone-600">{messages.text}</p>
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        <button type="button" onClick={reset} className={primaryButton}>
          {messages.retry}
        </button>
        <Link href="/" className={secondaryButton}>
          {messages.home}
        </Link>
      </div>
    </main>
  );
}
