import { handleStripeWebhook } from "@/lib/payments/handle-stripe-webhook";

// Stripe's events: the signature is computed on the exact bytes sent, so the body is read raw.
export async function POST(request: Request): Promise<Response> {
  const body = await request.text();
  const { status, body: answer } = await handleStripeWebhook(body, request.headers.get("stripe-signature"));
  return Response.json(answer, { status });
}
