/**
 * Stands in for next/headers in integration tests, where actions run outside a request: each
 * test may set the client address the rate limits see and the cookies the session check reads.
 */
export const request: { address: string; cookie?: string } = { address: "203.0.113.10" };

export function headersModule() {
  return {
    headers: async () => new Headers({ "x-forwarded-for": request.address, ...(request.cookie ? { cookie: request.cookie } : {}) }),
    cookies: async () => new Map(),
  };
}
