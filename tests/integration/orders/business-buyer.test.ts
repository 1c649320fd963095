// Business buyers (docs/domain.md, business buyer): the account's "I buy for a company" form
// (saveBusinessBuyer), validated with nothing written on refusal, and the snapshot placeOrder takes
// of it onto the order (a later change of the account leaves placed orders as they were).
import { beforeAll, describe, expect, it } from "vitest";
import { getBusinessBuyer, saveBusinessBuyer } from "@/lib/accounts/save-business-buyer";
import { getDb } from "@/lib/db";
import { placeOrder } from "@/lib/orders/place-order";
import {
  cartWith,
  checkoutForm,
  createUser,
  lyonShop,
  marketplace,
  product,
  refusal,
} from "../checkout/place-order-fixtures";

beforeAll(async () => {
  await marketplace();
});

const userRow = (id: string) =>
  getDb().user.findUniqueOrThrow({ where: { id }, select: { isBusiness: true, companyName: true, vatNumber: true } });

describe("saveBusinessBuyer", () => {
  it("saves the company and a normalized VAT number, then clears both when unticked", async () => {
    const shopper = await createUser("SHOPPER");
    expect(await getBusinessBuyer(shopper)).toEqual({ isBusiness: false, companyName: null, vatNumber: null });
    await saveBusinessBuyer(shopper, {
      isBusiness: "on",
      companyName: "Atelier Dupont",
      vatNumber: "fr 123 456 789 01",
    });
    expect(await userRow(shopper.id)).toEqual({
      isBusiness: true,
      companyName: "Atelier Dupont",
      vatNumber: "FR12345678901",
    });
    await saveBusinessBuyer(shopper, { companyName: "Atelier Dupont", vatNumber: "FR12345678901" });
    expect(await userRow(shopper.id)).toEqual({ isBusiness: false, companyName: null, vatNumber: null });
  });

  it("refuses bad input with field errors and writes nothing", async () => {
    const shopper = await createUser("SHOPPER");
    await saveBusinessBuyer(shopper, { isBusiness: true, companyName: "Avant", vatNumber: "DE123456789" });
    const cases: [Record<string, unknown>, Record<string, string>][] = [
      [
        { isBusiness: "on" },
        {
          companyName: "orders.business.errors.companyNameRequired",
          vatNumber: "orders.business.errors.vatNumberRequired",
        },
      ],
      [
        { isBusiness: "on", companyName: "A", vatNumber: "123" },
        { vatNumber: "orders.business.errors.vatNumberInvalid" },
      ],
      [
        { isBusiness: "on", companyName: "x".repeat(201), vatNumber: "FR12345678901" },
        { companyName: "orders.business.errors.companyNameTooLong" },
      ],
    ];
    for (const [input, fieldErrors] of cases) {
      const error = await refusal(saveBusinessBuyer(shopper, input));
      expect(error.code).toBe("VALIDATION");
      expect(error.fieldErrors).toEqual(fieldErrors);
    }
    expect(await userRow(shopper.id)).toEqual({ isBusiness: true, companyName: "Avant", vatNumber: "DE123456789" });
  });

  it("a signed-out visitor is refused", async () => {
    expect(
      (await refusal(saveBusinessBuyer(null, { isBusiness: "on", companyName: "A", vatNumber: "FR12" }))).code,
    ).toBe("UNAUTHENTICATED");
    expect((await refusal(getBusinessBuyer(null))).code).toBe("UNAUTHENTICATED");
  });
});

describe("placeOrder snapshots the buyer's company", () => {
  async function orderFor(shopper: Awaited<ReturnType<typeof createUser>> | null) {
    const { shop } = await lyonShop();
    const item = await product(shop.id, { priceAmount: 500 });
    const cart = await cartWith(
      {
        lines: [{ productId: item.id, quantity: 1 }],
        choices: [{ shopId: shop.id, deliveryMethod: "CLICK_AND_COLLECT" }],
      },
      shopper?.id,
    );
    const blank = { name: "", line1: "", line2: "", postalCode: "", city: "" };
    const placed = await placeOrder(shopper, {
      ...checkoutForm(500, { address: blank }),
      guestToken: cart.guestToken,
    });
    return getDb().order.findUniqueOrThrow({
      where: { id: placed.orderId },
      select: { buyerIsBusiness: true, buyerCompanyName: true, buyerVatNumber: true },
    });
  }

  it("a business account's order carries its company and VAT number, kept when the account changes", async () => {
    const shopper = await createUser("SHOPPER");
    await saveBusinessBuyer(shopper, { isBusiness: "on", companyName: "Atelier Dupont", vatNumber: "FR12345678901" });
    const order = await orderFor(shopper);
    expect(order).toEqual({
      buyerIsBusiness: true,
      buyerCompanyName: "Atelier Dupont",
      buyerVatNumber: "FR12345678901",
    });
    await saveBusinessBuyer(shopper, {});
    const again = await getDb().order.findFirstOrThrow({
      where: { userId: shopper.id },
      select: { buyerIsBusiness: true, buyerCompanyName: true },
    });
    expect(again).toEqual({ buyerIsBusiness: true, buyerCompanyName: "Atelier Dupont" });
  });

  it("a consumer's or a guest's order is not a business one", async () => {
    const consumer = await createUser("SHOPPER");
    for (const order of [await orderFor(consumer), await orderFor(null)])
      expect(order).toEqual({ buyerIsBusiness: false, buyerCompanyName: null, buyerVatNumber: null });
  });
});
