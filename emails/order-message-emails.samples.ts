import type { OrderMessageEmail } from "@/lib/notifications/templates";

/** The conversation e-mail as render-email.test.ts renders every template. */
export const ORDER_MESSAGE_SAMPLES: { "order.message": OrderMessageEmail } = {
  "order.message": {
    to: "shopper",
    recipientName: "Marc Petit",
    orderNumber: "H-000123",
    shopName: "Fournil",
    author: "VENDOR",
    authorName: "Fournil",
    excerpt: "Bonjour, il nous manque la farine de seigle : un pain de campagne vous irait-il ?",
    attachmentCount: 1,
    url: "https://halle.test/account/orders/o1",
  },
};
