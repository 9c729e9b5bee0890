// Types for early-refusals.mjs (plain JavaScript, which the production server runs as is).
export declare function earlyRefusal(request: {
  url?: string;
  headers: Record<string, string | string[] | undefined>;
}): { status: number; message: string } | null;
