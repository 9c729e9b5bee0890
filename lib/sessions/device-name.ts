import Bowser from "bowser";

/**
 * What the account page calls a signed-in browser: "Chrome on Android". Only this summary is
 * stored, never the whole User-Agent header.
 */
export function deviceName(userAgent: string | null | undefined): string {
  if (!userAgent) return "Unknown browser";
  const { browser, os } = Bowser.parse(userAgent.slice(0, 512));
  const name = browser.name || "Unknown browser";
  return (os.name ? `${name} on ${os.name}` : name).slice(0, 80);
}
