/**
 * A report's (or the class page's) address as a report links to it: reports rendered by the server for a browser
 * without JavaScript (`?plain`) link to such pages, not to the prerendered ones, which would only
 * offer the same link again.
 */
export function reportHref(path: string, plain: boolean): string {
  return plain ? `${path}?plain` : path;
}
