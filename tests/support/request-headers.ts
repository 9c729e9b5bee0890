/**
 * Stands in for next/headers in integration tests, where actions run outside a request: each
 * test may set the client address the rate limits see and the cookies the session check reads.
 */
export const request: { address: string; cookie?: string; jar?: Map<string, unknown> } = { address: "203.0.113.10" };

/** `request.jar`, when a test sets one, keeps what the code under test set with cookies(). */
export function headersModule() {
  return {
    headers: async () =>
      new Headers({ "x-forwarded-for": request.address, ...(request.cookie ? { cookie: request.cookie } : {}) }),
    cookies: async () => request.jar ?? new Map(),
  };
}
