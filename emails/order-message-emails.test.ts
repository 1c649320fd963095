import { describe, expect, it } from "vitest";
import { renderEmail } from "./render-email";
import { ORDER_MESSAGE_SAMPLES } from "./order-message-emails.samples";

const sample = ORDER_MESSAGE_SAMPLES["order.message"];

describe("the conversation e-mail", () => {
  it("names the author, quotes the excerpt and links to the shopper's order, in French", () => {
    const mail = renderEmail("order.message", sample, "fr");
    expect(mail.subject).toBe("Commande H-000123 : nouveau message de Fournil");
    expect(mail.text).toContain("Bonjour Marc Petit,");
    expect(mail.text).toContain("> Bonjour, il nous manque la farine de seigle");
    expect(mail.text).toContain("Fichiers joints : 1");
    expect(mail.text).toContain("répondez depuis votre commande : https://halle.test/account/orders/o1");
  });

  it("tells a guest to contact the shop from its page, in English", () => {
    const mail = renderEmail(
      "order.message",
      { ...sample, to: "guest", attachmentCount: 0, url: "https://halle.test/shops/fournil" },
      "en",
    );
    expect(mail.subject).toBe("Order H-000123: new message from Fournil");
    expect(mail.text).toContain("contact the shop from its page: https://halle.test/shops/fournil");
    expect(mail.text).not.toContain("Attached files");
  });

  it("names the marketplace's team for an operator and escapes what people wrote", () => {
    const mail = renderEmail(
      "order.message",
      { ...sample, to: "vendor", recipientName: null, author: "OPERATOR", authorName: "", excerpt: "<b>1 < 2</b>" },
      "fr",
    );
    expect(mail.subject).toContain("L'équipe de la place de marché");
    expect(mail.html).toContain("&lt;b&gt;1 &lt; 2&lt;/b&gt;");
    expect(mail.html).not.toContain("<b>1");
  });
});
