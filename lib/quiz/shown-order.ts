import "server-only";
import { drawOptionOrder, type OrderSeat } from "./option-order";

/** The option order for a seat, keyed with this deployment's secret (students cannot predict it). */
export function shownOptionOrder(options: readonly { id: string; pinned?: boolean }[], seat: OrderSeat): string[] {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set");
  return drawOptionOrder(options, seat, secret);
}
