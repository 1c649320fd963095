import { describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/errors";
import { createTranslator } from "@/lib/i18n/translate";
import { formStateOfError, runFormAction } from "./form-state";

const t = createTranslator({
  forms: {
    saved: "Saved.",
    errors: {
      required: "Required.",
      invalid: "Invalid.",
      generic: "Something went wrong.",
      notFound: "Not found.",
      conflict: "Changed meanwhile.",
      summary: "Fix the fields.",
    },
  },
  auth: { errors: { generic: "Sign-up failed.", emailTaken: "E-mail taken." } },
  cart: { errors: { onlyLeft: "Only {available} left." } },
});

describe("formStateOfError, the one mapper from errors to form state", () => {
  it("puts VALIDATION messages beside their fields, with a summary", () => {
    const error = new AppError("VALIDATION", "bad", { name: "forms.errors.required" });
    expect(formStateOfError(t, "test", error)).toEqual({
      status: "error",
      fieldErrors: { name: "Required." },
      message: "Fix the fields.",
    });
  });

  it("shows an unknown message key, or a field the form does not show, as the generic form error", () => {
    const error = new AppError("VALIDATION", "bad", { name: "no.such.key", isVendor: "forms.errors.required" });
    const state = formStateOfError(t, "test", error, { fields: ["name"], generic: "auth.errors.generic" });
    expect(state.fieldErrors).toEqual({ form: "Sign-up failed." });
  });

  it("uses an expected code's own field message, else the code's message", () => {
    expect(
      formStateOfError(t, "test", new AppError("CONFLICT", "taken", { email: "auth.errors.emailTaken" })).fieldErrors,
    ).toEqual({ email: "E-mail taken." });
    expect(formStateOfError(t, "test", new AppError("NOT_FOUND")).fieldErrors).toEqual({ form: "Not found." });
  });

  it("tries a domain override first and falls back when it declines", () => {
    const overrides = {
      CONFLICT: (error: AppError) =>
        error.message === "stock"
          ? { fieldErrors: { quantity: t("cart.errors.onlyLeft", { available: 2 }) } }
          : undefined,
    };
    expect(formStateOfError(t, "test", new AppError("CONFLICT", "stock"), { overrides })).toEqual({
      status: "error",
      fieldErrors: { quantity: "Only 2 left." },
    });
    expect(formStateOfError(t, "test", new AppError("CONFLICT", "other"), { overrides }).fieldErrors).toEqual({
      form: "Changed meanwhile.",
    });
  });

  it("logs an unexpected error with its context and shows the generic message", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const boom = new Error("boom");
    expect(formStateOfError(t, "saveThing", boom).fieldErrors).toEqual({ form: "Something went wrong." });
    expect(log).toHaveBeenCalledWith("saveThing failed", boom);
    log.mockRestore();
  });
});

describe("runFormAction", () => {
  it("returns the run's message on success, else the saved message", async () => {
    expect(await runFormAction(t, "test", async () => "Done.")).toEqual({
      status: "success",
      fieldErrors: {},
      message: "Done.",
    });
    expect((await runFormAction(t, "test", async () => {})).message).toBe("Saved.");
  });

  it("maps a thrown error through the same mapper, overrides included", async () => {
    const state = await runFormAction(
      t,
      "test",
      async () => {
        throw new AppError("OUT_OF_STOCK");
      },
      { overrides: { OUT_OF_STOCK: () => ({ fieldErrors: { quantity: "Sold out." } }) } },
    );
    expect(state).toEqual({ status: "error", fieldErrors: { quantity: "Sold out." } });
  });
});
