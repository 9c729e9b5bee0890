import "server-only";
import { serverSecret } from "@/lib/env";
import { drawOptionOrder, type OrderSeat } from "./option-order";

/** The option order for a seat, keyed with this deployment's secret (students cannot predict it). */
export function shownOptionOrder(options: readonly { id: string; pinned?: boolean }[], seat: OrderSeat): string[] {
  return drawOptionOrder(options, seat, serverSecret());
}
