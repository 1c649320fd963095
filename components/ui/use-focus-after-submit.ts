import { useEffect, type RefObject } from "react";

/**
 * Where focus goes once a form's state comes back: the first field in error (else the message at
 * the top of the form) after an error, the confirm step's heading when the form asks to confirm.
 */
export function useFocusAfterSubmit(
  formRef: RefObject<HTMLFormElement | null>,
  state: { status: "idle" | "success" | "error"; confirming?: boolean },
): void {
  useEffect(() => {
    const form = formRef.current;
    if (state.status === "error") {
      (
        form?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form?.querySelector<HTMLElement>('[role="alert"]')
      )?.focus();
    } else if (state.confirming) {
      form?.querySelector<HTMLElement>("[data-confirm-heading]")?.focus();
    }
  }, [formRef, state]);
}
